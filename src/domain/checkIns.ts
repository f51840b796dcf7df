// Follow-up during the year (issue 18): check-ins per goal and the board's contract dialogues.
// Stable status codes with Danish labels (stored as the CheckIns list's Status choice), and the
// pure rules the views use: timeline order, latest check-in, its age.
import type { ISODate, ISODateTime, PersonRef } from './types';
import { isISODate } from './validationResult';

export type CheckInStatus = 'onTrack' | 'challenged' | 'behind' | 'achieved' | 'paused';

export interface CheckInStatusOption {
  code: CheckInStatus;
  label: string;
}

/** In the order the check-in form offers them. */
export const CHECK_IN_STATUSES: readonly CheckInStatusOption[] = [
  { code: 'onTrack', label: 'På rette vej' },
  { code: 'challenged', label: 'Udfordret' },
  { code: 'behind', label: 'Bagud' },
  { code: 'achieved', label: 'Nået' },
  { code: 'paused', label: 'Sat på pause' }
];

export interface NewCheckIn {
  goalId: number;
  /** The goal's department: the check-in lives in that department's folder (who may write). */
  departmentId: number;
  year: number;
  status: CheckInStatus;
  note?: string;
  /** The target's measured value; only for a goal with a target. */
  measuredValue?: number;
  /** When the value was measured (yyyy-mm-dd); required with a value. */
  measuredAt?: ISODate;
  clientId?: string;
}

export interface CheckIn extends NewCheckIn {
  id: number;
  /** When SharePoint stored it (Created). */
  createdAt: ISODateTime;
  author?: PersonRef;
  misfiled?: 'otherFolder' | 'outsideFolders';
}

export interface NewDialogue {
  agreementId: number;
  departmentId: number;
  year: number;
  title: string;
  date: ISODate;
  /** One participant per entry ("Direktør Anne Sørensen"). */
  participants: string[];
  notes?: string;
  /** What the board and the holder agreed. */
  agreed?: string;
  /** Follow-up points, one per entry. */
  followUps: string[];
  clientId?: string;
}

export interface Dialogue extends NewDialogue {
  id: number;
  misfiled?: 'otherFolder' | 'outsideFolders';
}

export type CheckInProblem = 'valueWithoutTarget' | 'valueWithoutDate' | 'dateWithoutValue' | 'badDate' | 'dateInFuture';

/**
 * What is wrong with a check-in, as codes (the form turns them into Danish at the field). A
 * measured value belongs to a goal with a target and always has its measuring date.
 */
export function checkInProblems(checkIn: Pick<NewCheckIn, 'measuredValue' | 'measuredAt'>, goalHasTarget: boolean, today: ISODate): CheckInProblem[] {
  const problems: CheckInProblem[] = [];
  const { measuredValue, measuredAt } = checkIn;
  if (measuredValue !== undefined && !goalHasTarget) problems.push('valueWithoutTarget');
  if (measuredValue !== undefined && measuredAt === undefined) problems.push('valueWithoutDate');
  if (measuredValue === undefined && measuredAt !== undefined) problems.push('dateWithoutValue');
  if (measuredAt !== undefined && !isISODate(measuredAt)) problems.push('badDate');
  else if (measuredAt !== undefined && measuredAt > today) problems.push('dateInFuture');
  return problems;
}

/** Newest first: by creation time, then by id (SharePoint hands ids out in order). */
export function timeline<C extends Pick<CheckIn, 'id' | 'createdAt'>>(checkIns: readonly C[]): C[] {
  return [...checkIns].sort((a, b) => (a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1));
}

/** The latest check-in per goal id. */
export function latestByGoal<C extends Pick<CheckIn, 'id' | 'createdAt' | 'goalId'>>(checkIns: readonly C[]): Map<number, C> {
  const out = new Map<number, C>();
  for (const c of timeline(checkIns)) if (!out.has(c.goalId)) out.set(c.goalId, c);
  return out;
}

/** A target's measured values in time order (oldest first), for the chart and its text. */
export function measurements<C extends Pick<CheckIn, 'measuredValue' | 'measuredAt' | 'id'>>(checkIns: readonly C[]): Array<{ date: ISODate; value: number }> {
  return checkIns
    .filter((c): c is C & { measuredValue: number; measuredAt: ISODate } => c.measuredValue !== undefined && c.measuredAt !== undefined)
    .sort((a, b) => (a.measuredAt === b.measuredAt ? a.id - b.id : a.measuredAt < b.measuredAt ? -1 : 1))
    .map((c) => ({ date: c.measuredAt, value: c.measuredValue }));
}

/** Whole days from `from` (a timestamp or date) to `today` (yyyy-mm-dd); never negative. */
export function daysSince(from: ISODateTime | ISODate, today: ISODate): number {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const end = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  return Math.max(0, Math.round((end - start) / 86400000));
}

/** Why a user may not record a check-in now. */
export type CheckInLock = 'notApproved' | 'noPermission';

/**
 * Check-ins are recorded while the agreement is approved (and through its follow-up), by the
 * department's leader and editors. Who may write is SharePoint's (the department folder); this is
 * what the form offers.
 */
export function checkInLock(stageKind: string | undefined, canEditDepartment: boolean): CheckInLock | undefined {
  if (stageKind !== 'approved' && stageKind !== 'followUp') return 'notApproved';
  return canEditDepartment ? undefined : 'noPermission';
}

export type DateParse = { ok: true; value: ISODate | undefined } | { ok: false };

/**
 * A date as Danes type it: "31.01.2023", "31-1-2023", "31/1 2023", or ISO "2023-01-31". Empty
 * means no date. A day that does not exist (30.02.2023) is refused, never rolled over.
 */
export function parseDanishDate(input: string): DateParse {
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const danish = /^(\d{1,2})[.\-/](\d{1,2})[.\-/ ](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : undefined;
  if (parts === undefined) return { ok: false };
  const [year, month, day] = parts;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isISODate(value) ? { ok: true, value } : { ok: false };
}

export type CheckInCountKey = CheckInStatus | 'none';

export interface FollowedGoal {
  id: number;
  departmentId: number;
  title: string;
  number?: number;
}

export interface DepartmentCheckIns {
  departmentId: number;
  /** Goals by their latest check-in's status; 'none' for goals without a check-in. */
  counts: Record<CheckInCountKey, number>;
}

export interface StaleGoal {
  goal: FollowedGoal;
  /** Days since the latest check-in; undefined when the goal has none. */
  days: number | undefined;
}

export interface CheckInOverview {
  departments: DepartmentCheckIns[];
  /** Goals with no check-in for at least `staleDays` days (or none at all), oldest first. */
  stale: StaleGoal[];
}

const emptyCounts = (): Record<CheckInCountKey, number> => ({ onTrack: 0, challenged: 0, behind: 0, achieved: 0, paused: 0, none: 0 });

/**
 * Overblik's follow-up during the year: per department the status distribution of its followed
 * goals (those of approved agreements) by their latest check-in, and the goals that have had no
 * check-in for `staleDays` days. A goal marked "Nået" is done and never stale.
 */
export function checkInOverview(
  goals: readonly FollowedGoal[],
  checkIns: ReadonlyArray<Pick<CheckIn, 'id' | 'goalId' | 'createdAt' | 'status'>>,
  today: ISODate,
  staleDays: number
): CheckInOverview {
  const latest = latestByGoal(checkIns);
  const byDepartment = new Map<number, Record<CheckInCountKey, number>>();
  const stale: StaleGoal[] = [];
  for (const goal of goals) {
    const c = latest.get(goal.id);
    const counts = byDepartment.get(goal.departmentId) ?? emptyCounts();
    counts[c ? c.status : 'none'] += 1;
    byDepartment.set(goal.departmentId, counts);
    const days = c ? daysSince(c.createdAt, today) : undefined;
    if (c?.status !== 'achieved' && (days === undefined || days >= staleDays)) stale.push({ goal, days });
  }
  stale.sort((a, b) => (b.days ?? Number.MAX_SAFE_INTEGER) - (a.days ?? Number.MAX_SAFE_INTEGER) || a.goal.id - b.goal.id);
  return { departments: [...byDepartment].map(([departmentId, counts]) => ({ departmentId, counts })), stale };
}
