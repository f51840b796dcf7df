// Year-end outcome rules: an outcome is recorded only in the follow-up, "Videreføres" needs the
// next year's goal that continues this one, and carrying a goal over builds that next draft.
import type { Goal, NewGoal, OutcomeCode, StageConfiguration } from './types';
import { findStage } from './stageMachine';
import { type FieldProblem, problem } from './validationResult';

export type OutcomeField = 'outcome' | 'outcomeNote';

export type OutcomeProblem = FieldProblem<OutcomeField>;

/** An outcome may be set while the goal is in a followUp stage (year end), and stays readable in
 * a closed one; before that the year is not over. */
export function canRecordOutcome(config: StageConfiguration, goal: Pick<Goal, 'stage'>): boolean {
  const stage = findStage(config, goal.stage);
  return stage !== undefined && stage.kind === 'followUp';
}

/**
 * Problems with a goal's outcome, per field.
 * @param nextYearGoals goals of later agreements; "Videreføres" is valid when one of them has
 *   `continuesFromId` equal to this goal's id.
 * @param options requireSuccessor false while outcomes are being recorded (before the carry-over).
 */
export function outcomeProblems(
  config: StageConfiguration,
  goal: Pick<Goal, 'id' | 'stage' | 'outcome' | 'outcomeNote'>,
  nextYearGoals: ReadonlyArray<Pick<Goal, 'continuesFromId'>>,
  options: { requireSuccessor: boolean } = { requireSuccessor: true }
): OutcomeProblem[] {
  const problems: OutcomeProblem[] = [];
  if (goal.outcome === undefined) {
    return problems;
  }
  const stage = findStage(config, goal.stage);
  if (!stage || (stage.kind !== 'followUp' && stage.kind !== 'closed')) {
    // The stage's label is the configuration's own word (data), shown as it is.
    problems.push(problem('outcome', 'outcomeTooEarly', { stage: stage ? stage.label : goal.stage }));
  }
  // While the leader records outcomes the successor may not exist yet (it is created by carrying
  // the goal over after "Videreføres" is saved); closing the follow-up requires it.
  if (options.requireSuccessor && goal.outcome === 'continued' && !nextYearGoals.some((g) => g.continuesFromId === goal.id)) {
    problems.push(problem('outcome', 'continuedWithoutSuccessor', { outcome: 'continued' }));
  }
  problems.push(...outcomeNoteProblems(goal.outcome, goal.outcomeNote));
  return problems;
}

/** A goal that was not simply met needs a word on why; "Nået" stands on its own. The follow-up
 * form checks this at the field as the leader types. */
export function outcomeNoteProblems(outcome: OutcomeCode | undefined, note: string | undefined): OutcomeProblem[] {
  if (outcome === undefined || outcome === 'achieved' || (note !== undefined && note.trim().length > 0)) return [];
  return [problem('outcomeNote', 'outcomeNoteRequired', { outcome })];
}

/**
 * Next year's draft of a goal carried over ("Videreføres"): the content is copied, the outcome and
 * evidence delivery are reset, tracks and requirements are cleared (next year's DUS has its own),
 * and `continuesFromId` links back. The caller supplies the next
 * agreement and a fresh client id.
 */
export function carryOverGoal(goal: Goal, next: { agreementId: number; year: number; initialStage: string; clientId: string }): NewGoal {
  return {
    agreementId: next.agreementId,
    departmentId: goal.departmentId,
    year: next.year,
    number: goal.number,
    title: goal.title,
    purpose: goal.purpose,
    goalStatement: goal.goalStatement,
    activities: goal.activities,
    involved: goal.involved,
    sharedWithDepartmentIds: [...goal.sharedWithDepartmentIds],
    followUpMethod: goal.followUpMethod,
    citizenImpact: goal.citizenImpact,
    horizon: goal.horizon,
    trackIds: [],
    policies: [...goal.policies],
    requirementIds: [],
    target: goal.target ? { ...goal.target, actual: undefined } : undefined,
    continuesFromId: goal.id,
    stage: next.initialStage,
    evidence: goal.evidence.map((e) => ({ text: e.text, delivered: false })),
    climate: goal.climate ? { ...goal.climate, sdgs: [...goal.climate.sdgs] } : undefined,
    clientId: next.clientId
  };
}
