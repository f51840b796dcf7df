// The goal editor's draft: what the user typed, with the version it started from, kept in the
// browser (common/browserDrafts) until the server has it.
import type { NewGoal } from '../../../../domain';
import { readDraft } from '../common/browserDrafts';
import type { GoalFormState } from './formState';

export { removeDraft, writeDraft } from '../common/browserDrafts';

export interface GoalDraft {
  /** When it was last typed (ISO). */
  savedAt: string;
  /** The ETag of the version the typing started from; undefined for a new goal. */
  baseEtag: string | undefined;
  /** The goal as it was when the typing started, for the merge when the server has moved on. */
  base?: NewGoal;
  state: GoalFormState;
}

export function draftKey(scope: string, target: { goalId: number } | { agreementId: number }): string {
  return `draft:${scope}:${'goalId' in target ? `goal-${target.goalId}` : `new-${target.agreementId}`}`;
}

function isGoalDraft(value: unknown): value is GoalDraft {
  const draft = value as Partial<GoalDraft> | null;
  return !!draft && typeof draft.savedAt === 'string' && !!draft.state && !!draft.state.goal;
}

export function readGoalDraft(key: string): GoalDraft | undefined {
  return readDraft(key, isGoalDraft);
}
