// What users type, kept in the browser until the server has it: the goal editor, the follow-up and
// the DUS form offer it back after a reload, a crash or a failed save. localStorage, because
// sessionStorage dies with the tab. Storage that is blocked (privacy settings, some Teams clients)
// or full only removes the safety net: the form itself still holds the text.

const PREFIX = 'udviklingsaftaler:';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored draft under `key`, if it parses and `isDraft` accepts its shape (a draft written
 * by another version of the app is ignored). */
export function readDraft<T>(key: string, isDraft: (value: unknown) => value is T): T | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isDraft(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, draft: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Quota exceeded: see above.
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Whether a draft is kept under `key` (for tests and diagnostics). */
export function hasDraft(key: string): boolean {
  return !!storage()?.getItem(PREFIX + key);
}
