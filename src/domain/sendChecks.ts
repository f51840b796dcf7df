// Checks before an agreement is sent on (issue #17.4): the year's requirements no goal covers,
// goals missing the year's minimum content (formål, aktiviteter, opfølgning på virkning …), and
// goals still returned (left in the draft while the agreement goes on). Codes, never text; the
// stage configuration says per move whether they block or only warn (StageTransition.checks).
import type { Goal, GoalContentField, Requirement, StageConfiguration, StageTransition } from './types';
import { requirementCoverage } from './coverage';
import { hasContent } from './goalFields';

export type SendCheckCode = 'requirementUncovered' | 'goalMissingContent' | 'goalReturned';

export interface SendProblem {
  code: SendCheckCode;
  /** requirement: "3. Lokale mål …"; goal: the goal's title; fields: the missing minimum content. */
  params: { requirement?: string; goal?: string; fields?: GoalContentField[] };
}

export type CheckedGoal = Pick<Goal, 'id' | 'title' | 'number' | 'requirementIds' | 'horizon'> & Partial<Pick<Goal, GoalContentField>>;

export function sendProblems(input: {
  requirements: Requirement[];
  /** The agreement's own goals. */
  goals: CheckedGoal[];
  minimumGoalContent: readonly GoalContentField[];
  /** Goals whose latest valid decision is a return and that do not go along with the move. */
  returnedGoalIds: ReadonlySet<number>;
}): SendProblem[] {
  const problems: SendProblem[] = [];
  for (const r of requirementCoverage(input.requirements, input.goals).missing) {
    problems.push({ code: 'requirementUncovered', params: { requirement: `${r.number}. ${r.title}` } });
  }
  for (const g of input.goals) {
    const fields = input.minimumGoalContent.filter((f) => (f === 'horizon' ? g.horizon === undefined : !hasContent(g as Pick<Goal, GoalContentField>, f)));
    if (fields.length > 0) problems.push({ code: 'goalMissingContent', params: { goal: g.title, fields } });
  }
  for (const g of input.goals.filter((x) => input.returnedGoalIds.has(x.id))) {
    problems.push({ code: 'goalReturned', params: { goal: g.title } });
  }
  return problems;
}

/** Whether a move checks, and how: its own setting, or for a resubmission ("Send igen") the
 * setting of the configured move into the same stage. */
export function checksOf(config: StageConfiguration, transition: Pick<StageTransition, 'to' | 'checks'>): 'block' | 'warn' | undefined {
  return transition.checks ?? config.transitions.find((t) => t.to === transition.to && t.checks !== undefined)?.checks;
}
