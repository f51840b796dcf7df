// Year-end use cases: the follow-up of an agreement (outcome per goal), carrying "Videreføres"
// goals into next year, a goal's lineage across years, outcome summaries and reminders.
import type { SPFI } from '@pnp/sp';
import type {
  Agreement,
  Department,
  EvidenceItem,
  Goal,
  OrganisationOutcomeSummary,
  OutcomeCode,
  OutcomeSummary,
  ReminderResult,
  StageConfiguration
} from '../../domain';
import { findStage, goalLineage, missingLineageId, outcomeProblems, problemCodes, summarizeOrganisation, summarizeOutcomes } from '../../domain';
import { DataError, isDataError } from '../../data/errors/DataError';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import { CheckInRepository } from '../../data/repositories/followUpRepositories';
import { yearEndStart, type YearEndStart } from '../../domain/yearEndStart';
import type { EditableGoal, UserPermissions } from '../AppServices';
import { CarryOver, nextYearOf, type CarryOverResult } from './carryOver';
import { sendReminders, type SendRemindersOptions } from './reminders';
import { sendStatusRoundReminders } from './statusRoundReminders';
import type { MailSender } from '../mail/mailSender';

export type { CarryOverResult } from './carryOver';
export type { SendRemindersOptions } from './reminders';

/** Why the follow-up is read-only for this user now. */
export type FollowUpLock = 'notFollowUpStage' | 'noPermission';

export interface FollowUpGoal extends EditableGoal {
  /** Next year's goal that continues this one, once it has been carried over. */
  successor?: Goal;
  /** Where the form starts from the latest check-in (outcome and last measured value), when
   * nothing is saved yet. */
  start?: YearEndStart;
}

export interface FollowUpData {
  agreement: Agreement;
  department: Department;
  /** The agreement's own goals, by number. */
  goals: FollowUpGoal[];
  /** Undefined when the user may record outcomes now. */
  lock: FollowUpLock | undefined;
  /** The year "Videreføres" goals go to. */
  nextYear: number;
  summary: OutcomeSummary;
}

/** What the leader records for one goal. */
export interface OutcomeInput {
  outcome: OutcomeCode | undefined;
  outcomeNote: string | undefined;
  evidence: EvidenceItem[];
  /** The measured value, for a goal with a target; undefined clears it. */
  targetActual: number | undefined;
}

export interface LineageEntry {
  goalId: number;
  year: number;
  title: string;
}

export interface DepartmentSummary {
  department: Department | undefined;
  departmentId: number;
  summary: OutcomeSummary;
}

export interface YearOutcomeSummaries {
  year: number;
  organisation: OutcomeSummary;
  departments: DepartmentSummary[];
}

export interface YearEndServices {
  loadFollowUp(agreementId: number): Promise<FollowUpData>;
  /** Saves one goal's outcome with the goal's ETag; a concurrent edit of the same fields throws a
   * DataError 'conflict' (non-conflicting fields are merged), as every save of the data layer. */
  saveOutcome(agreement: Pick<Agreement, 'stage'>, current: EditableGoal, input: OutcomeInput): Promise<EditableGoal>;
  /** Creates next year's drafts of "Videreføres" goals (and the agreement when missing). */
  carryOver(agreementId: number, goalIds: number[]): Promise<CarryOverResult>;
  /** The goals this goal continues, nearest year first. */
  loadLineage(goalId: number): Promise<LineageEntry[]>;
  loadOutcomeSummaries(year: number): Promise<YearOutcomeSummaries>;
  sendReminders(year: number, options: SendRemindersOptions): Promise<ReminderResult>;
  /** Reminds the leaders whose goals have had no check-in since the previous status round. */
  sendStatusRoundReminders(year: number, options: SendRemindersOptions): Promise<ReminderResult>;
}

export interface YearEndDeps {
  permissions(): Promise<UserPermissions>;
  departments(): Promise<Department[]>;
  mail: MailSender;
}

/** Lineage walks at most this many years back (a guard on bad data beyond the cycle check). */
const MAX_LINEAGE_STEPS = 30;

export function createYearEndServices(sp: SPFI, config: StageConfiguration, deps: YearEndDeps): YearEndServices {
  const agreements = new AgreementRepository(sp, config);
  const goals = new GoalRepository(sp, config);
  const departments = new DepartmentRepository(sp);
  const strategies = new StrategyRepository(sp);
  const carryOver = new CarryOver(config, agreements, goals);
  const checkIns = new CheckInRepository(sp);

  // The year's check-ins of the department (one read on the Department index). A site provisioned
  // before the CheckIns list existed answers 404: the follow-up then starts blank, as before.
  const checkInsOf = (departmentId: number, year: number): ReturnType<CheckInRepository['forDepartmentYear']> =>
    checkIns.forDepartmentYear(departmentId, year).catch((e: unknown) => {
      if (isDataError(e) && e.kind === 'notFound') return [];
      throw e;
    });

  const departmentOf = async (id: number): Promise<Department> => {
    const all = await deps.departments();
    return all.find((d) => d.id === id) ?? (await departments.getById(id));
  };

  return {
    async loadFollowUp(agreementId) {
      const agreement = await agreements.getById(agreementId);
      const nextYear = nextYearOf(agreement);
      const [own, next, department, permissions, yearCheckIns] = await Promise.all([
        goals.forAgreement(agreementId),
        goals.forDepartmentYear(agreement.departmentId, nextYear),
        departmentOf(agreement.departmentId),
        deps.permissions(),
        checkInsOf(agreement.departmentId, agreement.year)
      ]);
      const stage = findStage(config, agreement.stage);
      const lock: FollowUpLock | undefined =
        stage?.kind !== 'followUp' ? 'notFollowUpStage' : !permissions.canEditDepartment(agreement.departmentId) ? 'noPermission' : undefined;
      const sorted = [...own].sort((a, b) => (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) || a.id - b.id);
      return {
        agreement,
        department,
        lock,
        nextYear,
        summary: summarizeOutcomes(sorted),
        goals: sorted.map(({ etag, ...goal }) => ({
          goal,
          etag,
          successor: next.find((n) => n.continuesFromId === goal.id),
          // Check-ins held outside the department's folder are nobody's word (filing.ts).
          start: yearEndStart(
            goal,
            yearCheckIns.filter((c) => c.misfiled === undefined)
          )
        }))
      };
    },

    async saveOutcome(agreement, current, input) {
      const goal = current.goal;
      // The follow-up stage is the agreement's; the goal's outcome follows it.
      const problems = outcomeProblems(config, { id: goal.id, stage: agreement.stage, outcome: input.outcome, outcomeNote: input.outcomeNote }, [], {
        requireSuccessor: false
      });
      if (problems.length > 0) throw new DataError('validation', { detail: problemCodes(problems), problems });
      if (input.targetActual !== undefined && goal.target === undefined) {
        throw new DataError('validation', { detail: `Goal ${goal.id} has no target to measure` });
      }
      const changes = {
        outcome: input.outcome,
        outcomeNote: input.outcomeNote,
        evidence: input.evidence,
        ...(goal.target ? { target: { ...goal.target, actual: input.targetActual } } : {})
      };
      const saved = await goals.update({ ...goal, etag: current.etag }, changes);
      const { etag, ...rest } = saved;
      return { goal: rest, etag };
    },

    carryOver: (agreementId, goalIds) => carryOver.run(agreementId, goalIds),

    async loadLineage(goalId) {
      const goal = await goals.getById(goalId);
      if (goal.continuesFromId === undefined) return [];
      // One read of the department's goals over all years usually holds the whole chain; a goal
      // carried over from another department (renamed staff) is fetched by id.
      const own = await goals.forDepartment(goal.departmentId);
      const byId = new Map<number, Goal>(own.map((g) => [g.id, g]));
      for (let step = 0; step < MAX_LINEAGE_STEPS; step++) {
        const missing = missingLineageId(goal, byId);
        if (missing === undefined) break;
        try {
          byId.set(missing, await goals.getById(missing));
        } catch (e) {
          // A deleted or unreadable ancestor ends the chain where it is.
          if (isDataError(e) && (e.kind === 'notFound' || e.kind === 'forbidden')) break;
          throw e;
        }
      }
      return goalLineage(goal, byId).map((g) => ({ goalId: g.id, year: g.year, title: g.title }));
    },

    async loadOutcomeSummaries(year) {
      const [all, known] = await Promise.all([goals.forYear(year), deps.departments()]);
      const summary: OrganisationOutcomeSummary = summarizeOrganisation(all);
      return {
        year,
        organisation: summary.organisation,
        departments: summary.departments.map((d) => ({ ...d, department: known.find((k) => k.id === d.departmentId) }))
      };
    },

    sendReminders: (year, options) => sendReminders({ sp, mail: deps.mail, config, strategies, departments, agreements }, year, options),
    sendStatusRoundReminders: (year, options) =>
      sendStatusRoundReminders({ sp, mail: deps.mail, config, strategies, departments, agreements, goals }, year, options)
  };
}
