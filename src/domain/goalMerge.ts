// Three-way merge of a goal at the level the user sees (fields with labels), for the conflict
// dialog: what I loaded (base), what I typed (mine) and what is saved now (theirs). The data layer
// has already applied my non-conflicting changes; this tells the editor which fields need a choice
// and what the form should hold meanwhile.
import type { NewGoal } from './types';

export type GoalKey = Exclude<keyof NewGoal, 'clientId' | 'agreementId' | 'departmentId' | 'year'>;

/** Every key of NewGoal says whether the conflict merge compares it, so a new goal field does not
 * compile until someone decides (a field left out would silently lose a user's edit in a conflict).
 * The order is the conflict dialog's. Bookkeeping keys are never the user's edits. */
const MERGED: Readonly<Record<keyof NewGoal, boolean>> = {
  number: true,
  title: true,
  purpose: true,
  goalStatement: true,
  activities: true,
  involved: true,
  sharedWithDepartmentIds: true,
  followUpMethod: true,
  citizenImpact: true,
  horizon: true,
  trackIds: true,
  policies: true,
  requirementIds: true,
  target: true,
  continuesFromId: true,
  stage: true,
  outcome: true,
  outcomeNote: true,
  evidence: true,
  climate: true,
  clientId: false,
  agreementId: false,
  departmentId: false,
  year: false
};

export const MERGEABLE_GOAL_KEYS: readonly GoalKey[] = (Object.keys(MERGED) as (keyof NewGoal)[]).filter((k): k is GoalKey => MERGED[k]);

export interface GoalFieldConflict {
  key: GoalKey;
  mine: unknown;
  theirs: unknown;
}

export interface GoalMerge {
  /** Theirs with my changes applied where they did not touch the field; conflicting fields hold theirs. */
  merged: NewGoal;
  conflicts: GoalFieldConflict[];
}

/** One value as the user sees it: '', absent and [] are one, object keys in one order. */
export function normalise(value: unknown): unknown {
  if (value === '' || value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normalise);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const entries = Object.keys(o)
      .sort()
      .map((k) => [k, normalise(o[k])] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

export function sameGoalValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

export function mergeGoal(base: NewGoal, mine: NewGoal, theirs: NewGoal): GoalMerge {
  const merged: NewGoal = { ...theirs };
  const conflicts: GoalFieldConflict[] = [];
  for (const key of MERGEABLE_GOAL_KEYS) {
    if (sameGoalValue(mine[key], base[key]) || sameGoalValue(mine[key], theirs[key])) continue;
    if (sameGoalValue(theirs[key], base[key])) {
      (merged as unknown as Record<string, unknown>)[key] = mine[key];
    } else {
      conflicts.push({ key, mine: mine[key], theirs: theirs[key] });
    }
  }
  return { merged, conflicts };
}

/** The form's values after the user chose, per conflicting field, to keep theirs or mine. */
export function resolveGoal(merge: GoalMerge, keepMine: ReadonlySet<GoalKey>): NewGoal {
  const resolved: NewGoal = { ...merge.merged };
  for (const c of merge.conflicts) {
    if (keepMine.has(c.key)) (resolved as unknown as Record<string, unknown>)[c.key] = c.mine;
  }
  return resolved;
}
