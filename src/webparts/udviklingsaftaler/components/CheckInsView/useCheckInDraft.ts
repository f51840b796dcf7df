import * as React from 'react';
import { CHECK_IN_STATUSES, type CheckInStatus } from '../../../../domain';
import { readDraft, removeDraft, writeDraft } from '../common/browserDrafts';

/** The check-in form as typed (value and date stay text until saved). */
export interface CheckInDraft {
  status: CheckInStatus;
  note: string;
  value: string;
  date: string;
}

const EMPTY: CheckInDraft = { status: 'onTrack', note: '', value: '', date: '' };

interface Stored {
  draft: CheckInDraft;
  clientId: string;
}

function newClientId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(Math.random() * 16).toString(16));
}

function isStored(value: unknown): value is Stored {
  const v = value as Partial<Stored> | null;
  const d = v?.draft;
  return (
    !!d &&
    typeof v.clientId === 'string' &&
    typeof d.note === 'string' &&
    typeof d.value === 'string' &&
    typeof d.date === 'string' &&
    CHECK_IN_STATUSES.some((o) => o.code === d.status)
  );
}

const isEmpty = (d: CheckInDraft): boolean => d.note === '' && d.value === '' && d.date === '' && d.status === EMPTY.status;

/**
 * The check-in form's state, kept in localStorage on every keystroke (per data site, user and
 * goal, like the goal editor's drafts) and put back on the next visit, with its ClientId: a save
 * that reached the server just before the page went away is then not recorded twice. `reset`
 * after a save (or a discard) starts a fresh check-in.
 */
export function useCheckInDraft(
  scope: string,
  goalId: number
): {
  draft: CheckInDraft;
  setDraft: React.Dispatch<React.SetStateAction<CheckInDraft>>;
  clientId: string;
  /** True when the form was filled from a draft left on an earlier visit. */
  restored: boolean;
  reset(): void;
} {
  const key = `checkin-draft:${scope}:${goalId}`;
  const [initial] = React.useState(() => readDraft(key, isStored));
  const [draft, setDraft] = React.useState<CheckInDraft>(initial?.draft ?? EMPTY);
  const [clientId, setClientId] = React.useState<string>(initial?.clientId ?? newClientId);
  const [restored, setRestored] = React.useState(initial !== undefined && !isEmpty(initial.draft));

  React.useEffect(() => {
    if (isEmpty(draft)) removeDraft(key);
    else writeDraft(key, { draft, clientId });
  }, [key, draft, clientId]);

  return {
    draft,
    setDraft,
    clientId,
    restored,
    reset() {
      removeDraft(key);
      setDraft(EMPTY);
      setClientId(newClientId());
      setRestored(false);
    }
  };
}
