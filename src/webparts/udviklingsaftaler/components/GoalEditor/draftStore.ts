// What the user typed, kept in the browser until the server has it: after a reload, a crash or a
// failed save the editor offers it back. localStorage, because sessionStorage dies with the tab.
import type { NewGoal } from '../../../../domain';
import type { GoalFormState } from './formState';

export interface GoalDraft {
  /** When it was last typed (ISO). */
  savedAt: string;
  /** The ETag of the version the typing started from; undefined for a new goal. */
  baseEtag: string | undefined;
  /** The goal as it was when the typing started, for the merge when the server has moved on. */
  base?: NewGoal;
  state: GoalFormState;
}

const PREFIX = 'udviklingsaftaler:draft:';

export function draftKey(scope: string, target: { goalId: number } | { agreementId: number }): string {
  return `${PREFIX}${scope}:${'goalId' in target ? `goal-${target.goalId}` : `new-${target.agreementId}`}`;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (privacy settings, some Teams clients): drafts are then not kept
  }
}

export function readDraft(key: string): GoalDraft | undefined {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    const draft = JSON.parse(raw) as GoalDraft;
    return draft && typeof draft.savedAt === 'string' && draft.state && draft.state.goal ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, draft: GoalDraft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota exceeded: the form still holds the text; only the reload safety net is missing.
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(key);
}
