// What the three views read. Entities carry their ETag (Versioned) so an edit started from a view
// saves against the version the user saw.
import type { Agreement, CheckIn, Department, Goal } from '../../domain';
import type { StrategyWithParts, Versioned } from '../../data/repositories';

export interface DepartmentView {
  departmentId: number;
  year: number;
  /** Undefined when the department has not started an agreement for the year. */
  agreement: Versioned<Agreement> | undefined;
  /** The department's own goals and the shared goals (fællesmål) of other departments, by number. */
  goals: Array<Versioned<Goal>>;
  /** Undefined when the secretariat has not defined the year's strategy yet. */
  strategy: StrategyWithParts | undefined;
  /** The check-ins of the year on the department's own goals (issue 18), only the columns of a
   * goal's latest status. Which of them count is for the approval log to say (checkInAuthority). */
  checkIns: CheckIn[];
}

/** The goal fields the overview needs (coverage, stages, outcomes), without the long texts. */
export type GoalSummary = Pick<
  Goal,
  | 'id'
  | 'agreementId'
  | 'departmentId'
  | 'year'
  | 'number'
  | 'title'
  | 'trackIds'
  | 'requirementIds'
  | 'sharedWithDepartmentIds'
  | 'stage'
  | 'outcome'
  | 'damage'
>;

export interface OrganisationOverview {
  year: number;
  departments: Array<Versioned<Department>>;
  agreements: Array<Versioned<Agreement>>;
  goals: GoalSummary[];
  strategy: StrategyWithParts | undefined;
  /** The year's check-ins (issue 18), only the columns of a goal's latest status; which of them
   * count is for the approval log to say (overviewServices). */
  checkIns: CheckIn[];
  /** The agreements the board has held a contract dialogue on in the year (issue 18). */
  dialogueAgreementIds: number[];
}

export interface ApprovalQueue {
  /** The stage codes whose items wait for a decision by the given groups. */
  stages: string[];
  agreements: Array<Versioned<Agreement>>;
  goals: Array<Versioned<Goal>>;
}
