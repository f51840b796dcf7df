import * as React from 'react';
import type { OutcomeCode } from '../../../../domain';
import { readDraft, removeDraft, writeDraft } from '../common/browserDrafts';

/** What the leader has typed for one goal, as typed (the actual value stays text until saved). */
export interface OutcomeDraft {
  outcome: OutcomeCode | undefined;
  note: string;
  delivered: boolean[];
  actual: string;
}

export function sameDraft(a: OutcomeDraft, b: OutcomeDraft): boolean {
  return a.outcome === b.outcome && a.note === b.note && a.actual === b.actual && a.delivered.join() === b.delivered.join();
}

function isOutcomeDraft(value: unknown): value is OutcomeDraft {
  const d = value as Partial<OutcomeDraft> | null;
  return !!d && typeof d.note === 'string' && typeof d.actual === 'string' && Array.isArray(d.delivered);
}

function read(key: string): OutcomeDraft | undefined {
  const d = readDraft(key, isOutcomeDraft);
  return d && { outcome: d.outcome, note: d.note, actual: d.actual, delivered: d.delivered.map(Boolean) };
}

/**
 * The form state of one goal's follow-up, kept in localStorage on every keystroke so that nothing
 * typed is lost (a closed tab, a conflict, a lost connection). An unsaved draft that differs from
 * what is saved is offered back on the next visit; `saved()` clears it.
 */
export function useOutcomeDraft(
  scope: string,
  goalId: number,
  saved: OutcomeDraft
): {
  value: OutcomeDraft;
  change(next: OutcomeDraft): void;
  pendingDraft: OutcomeDraft | undefined;
  restore(): void;
  discard(): void;
  markSaved(next: OutcomeDraft): void;
} {
  // Kept apart per data site and user, like the goal editor's drafts.
  const key = `followup-draft:${scope}:${goalId}`;
  const [value, setValue] = React.useState<OutcomeDraft>(saved);
  const [pendingDraft, setPending] = React.useState<OutcomeDraft | undefined>(() => {
    const d = read(key);
    return d && !sameDraft(d, saved) ? d : undefined;
  });
  return {
    value,
    pendingDraft,
    change(next) {
      setValue(next);
      // Typing over an offered draft means the user chose to start again.
      setPending(undefined);
      writeDraft(key, next);
    },
    restore() {
      if (pendingDraft) setValue(pendingDraft);
      setPending(undefined);
    },
    discard() {
      removeDraft(key);
      setPending(undefined);
    },
    markSaved(next) {
      removeDraft(key);
      setValue(next);
    }
  };
}
