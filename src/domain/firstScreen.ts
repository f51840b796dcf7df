// The first screen when the page is opened without a route: each user lands on their own work.
// A pure decision from facts the first-screen service gathers (services/firstScreen); a deep link
// always wins, so none of this runs when the URL names a view.
import type { Department, GroupKey } from './types';
import { coveredYears, type YearSpan } from './yearSpan';

export interface FirstScreenFacts {
  /** Departments whose leader or one of whose editors the user is (the Departments list). */
  ownDepartmentIds: readonly number[];
  /** The user's groups (direct and through Entra ID groups). */
  groups: readonly GroupKey[];
  /** Agreements and goals waiting for a decision by the user's groups; undefined when not read. */
  waitingTasks: number | undefined;
  /** The department the user profile's Department names (matchProfileDepartment), if any. */
  profileDepartmentId: number | undefined;
  /** The department this user last viewed on this site (kept in the browser). */
  lastViewedDepartmentId: number | undefined;
  /** The web part's configured department. */
  configuredDepartmentId: number | undefined;
  /** The departments that exist (ids of active and inactive units alike). */
  departmentIds: readonly number[];
}

export type FirstScreenReason = 'own' | 'tasks' | 'secretariat' | 'profile' | 'lastViewed' | 'configured' | 'chooser';

export type FirstScreen =
  | { view: 'afdeling'; departmentId: number; reason: FirstScreenReason }
  | { view: 'opgaver'; reason: 'tasks' }
  | { view: 'overblik'; reason: 'secretariat' }
  | { view: 'chooser'; reason: 'chooser' };

/** Groups whose members decide on agreements (leader group, LMU, board): Mine opgaver is their work. */
export const APPROVING_GROUPS: readonly GroupKey[] = ['leaders', 'approvers'];

/** Whether the user's first screen may be Mine opgaver, so the waiting tasks are worth reading. */
export function mayLandOnTasks(facts: Pick<FirstScreenFacts, 'ownDepartmentIds' | 'groups'>): boolean {
  return facts.ownDepartmentIds.length === 0 && facts.groups.some((g) => APPROVING_GROUPS.includes(g));
}

/** Whether the user profile is worth reading: nothing before it in the order decides. */
export function needsProfile(facts: Pick<FirstScreenFacts, 'ownDepartmentIds' | 'groups' | 'waitingTasks'>): boolean {
  return facts.ownDepartmentIds.length === 0 && !(facts.waitingTasks !== undefined && facts.waitingTasks > 0) && !facts.groups.includes('secretariat');
}

/**
 * Leaders and editors: their department. Approvers with something waiting: Mine opgaver. The
 * secretariat: Overblik. Everyone else: the department of their user profile, else the one they
 * viewed last, else the web part's configured one, else a short chooser.
 */
export function decideFirstScreen(facts: FirstScreenFacts): FirstScreen {
  const exists = (id: number | undefined): id is number => id !== undefined && facts.departmentIds.includes(id);
  const own = facts.ownDepartmentIds.find(exists);
  if (own !== undefined) return { view: 'afdeling', departmentId: own, reason: 'own' };
  if (mayLandOnTasks(facts) && (facts.waitingTasks ?? 0) > 0) return { view: 'opgaver', reason: 'tasks' };
  if (facts.groups.includes('secretariat')) return { view: 'overblik', reason: 'secretariat' };
  if (exists(facts.profileDepartmentId)) return { view: 'afdeling', departmentId: facts.profileDepartmentId, reason: 'profile' };
  if (exists(facts.lastViewedDepartmentId)) return { view: 'afdeling', departmentId: facts.lastViewedDepartmentId, reason: 'lastViewed' };
  if (exists(facts.configuredDepartmentId)) return { view: 'afdeling', departmentId: facts.configuredDepartmentId, reason: 'configured' };
  return { view: 'chooser', reason: 'chooser' };
}

/** Names compared as people write them: case, surrounding and repeated spaces, "&" for "og". */
function comparable(name: string): string {
  return name.toLocaleLowerCase('da').replace(/&/g, ' og ').replace(/\s+/g, ' ').trim();
}

/**
 * The department a user profile's Department names: by the department's own name or one of the
 * aliases the secretariat wrote. Active units before inactive ones; no match, or a name two active
 * units share, gives undefined (never a guess).
 */
export function matchProfileDepartment(
  profileDepartment: string | undefined,
  departments: ReadonlyArray<Pick<Department, 'id' | 'title' | 'aliases' | 'active'>>
): number | undefined {
  if (profileDepartment === undefined || profileDepartment.trim() === '') return undefined;
  const wanted = comparable(profileDepartment);
  const matches = departments.filter((d) => [d.title, ...(d.aliases ?? [])].some((n) => comparable(n) === wanted));
  const active = matches.filter((d) => d.active);
  const pool = active.length > 0 ? active : matches;
  return pool.length === 1 ? pool[0].id : undefined;
}

/** The year to open a department on: the newest year one of its agreements covers, else the current year. */
export function firstScreenYear(agreements: readonly YearSpan[], currentYear: number): number {
  const years = agreements.flatMap(coveredYears);
  return years.length === 0 ? currentYear : Math.max(...years);
}
