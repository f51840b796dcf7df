import * as React from 'react';
import type { OutcomeCode } from '../../../../domain';

/** What the leader has typed for one goal, as typed (the actual value stays text until saved). */
export interface OutcomeDraft {
  outcome: OutcomeCode | undefined;
  note: string;
  delivered: boolean[];
  actual: string;
}

const KEY_PREFIX = 'udviklingsaftaler.followUp.draft.';

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    // Storage can be switched off by policy (and throws then): drafts are a safety net, not a must.
    return undefined;
  }
}

export function sameDraft(a: OutcomeDraft, b: OutcomeDraft): boolean {
  return a.outcome === b.outcome && a.note === b.note && a.actual === b.actual && a.delivered.join() === b.delivered.join();
}

function read(goalId: number): OutcomeDraft | undefined {
  const raw = storage()?.getItem(`${KEY_PREFIX}${goalId}`);
  if (!raw) return undefined;
  try {
    const d = JSON.parse(raw) as Partial<OutcomeDraft>;
    if (typeof d.note !== 'string' || typeof d.actual !== 'string' || !Array.isArray(d.delivered)) return undefined;
    return { outcome: d.outcome, note: d.note, actual: d.actual, delivered: d.delivered.map(Boolean) };
  } catch {
    // A draft written by another version of the app that no longer parses is ignored.
    return undefined;
  }
}

/**
 * The form state of one goal's follow-up, kept in localStorage on every keystroke so that nothing
 * typed is lost (a closed tab, a conflict, a lost connection). An unsaved draft that differs from
 * what is saved is offered back on the next visit; `saved()` clears it.
 */
export function useOutcomeDraft(goalId: number, saved: OutcomeDraft): {
  value: OutcomeDraft;
  change(next: OutcomeDraft): void;
  pendingDraft: OutcomeDraft | undefined;
  restore(): void;
  discard(): void;
  markSaved(next: OutcomeDraft): void;
} {
  const [value, setValue] = React.useState<OutcomeDraft>(saved);
  const [pendingDraft, setPending] = React.useState<OutcomeDraft | undefined>(() => {
    const d = read(goalId);
    return d && !sameDraft(d, saved) ? d : undefined;
  });
  const key = `${KEY_PREFIX}${goalId}`;
  return {
    value,
    pendingDraft,
    change(next) {
      setValue(next);
      // Typing over an offered draft means the user chose to start again.
      setPending(undefined);
      storage()?.setItem(key, JSON.stringify(next));
    },
    restore() {
      if (pendingDraft) setValue(pendingDraft);
      setPending(undefined);
    },
    discard() {
      storage()?.removeItem(key);
      setPending(undefined);
    },
    markSaved(next) {
      storage()?.removeItem(key);
      setValue(next);
    }
  };
}
