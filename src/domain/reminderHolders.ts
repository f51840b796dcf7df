// Who a reminder goes to (issue #17.7), for every kind of reminder (the year's deadlines here;
// status rounds and others reuse it): only agreement holders (GLOSSARY "Kontraktholder": a stab,
// fagsekretariat, afdeling or institution) that are actually behind, each to its leader. A team
// works inside its unit's agreement and is never reminded itself; an inactive unit is gone. Every
// unit that is behind but not reminded is returned with why, so the secretariat can act.
import type { Department } from './types';
import { holdsAgreement } from './overview';

/** notHolder: a team inside its unit's agreement; noLeader: no leader named; noLeaderAddress: the
 * leader has no e-mail address. The sender adds alreadyRemindedToday and mailFailed. */
export type ReminderSkipReason = 'notHolder' | 'noLeader' | 'noLeaderAddress' | 'alreadyRemindedToday' | 'mailFailed';

export interface HolderDue<T> {
  department: Department;
  /** The leader's e-mail address, lower case. */
  recipient: string;
  /** What the reminder is about (the deadlines, the status round …). */
  detail: T;
}

export interface ReminderSkip {
  department: Department;
  reason: ReminderSkipReason;
}

export interface HolderSelection<T> {
  due: Array<HolderDue<T>>;
  skipped: ReminderSkip[];
}

/** `behind` says what a unit is behind on, or undefined when it is not behind. */
export function selectReminderHolders<T>(departments: readonly Department[], behind: (department: Department) => T | undefined): HolderSelection<T> {
  const selection: HolderSelection<T> = { due: [], skipped: [] };
  for (const department of departments) {
    if (!department.active) continue;
    const detail = behind(department);
    if (detail === undefined) continue;
    if (!holdsAgreement(department)) {
      selection.skipped.push({ department, reason: 'notHolder' });
      continue;
    }
    const email = department.leader?.email?.trim() ?? '';
    if (department.leader === undefined) selection.skipped.push({ department, reason: 'noLeader' });
    else if (email === '') selection.skipped.push({ department, reason: 'noLeaderAddress' });
    else selection.due.push({ department, recipient: email.toLowerCase(), detail });
  }
  return selection;
}
