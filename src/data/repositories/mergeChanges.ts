// The three-way merge behind "nothing a user typed is lost". When a save meets 412 (someone else
// saved first), we compare, field by field, what I read (base), what I want (mine) and what is
// there now (theirs). Fields only I changed are applied; fields both changed to different values
// become conflicts that carry both values, for the user to decide.
import type { FieldConflict } from '../errors/DataError';

export type FieldValues = Record<string, unknown>;

export interface MergeResult {
  /** My changes that can be applied on top of theirs without overwriting anything they did. */
  apply: FieldValues;
  conflicts: FieldConflict[];
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return Object.keys(o)
      .sort()
      .reduce<Record<string, unknown>>((acc, k) => {
        acc[k] = canonical(o[k]);
        return acc;
      }, {});
  }
  return v;
}

/** Equality of list field values: empty forms (null, undefined, '') are one value. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (isEmpty(a) || isEmpty(b)) return false;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export function mergeChanges(base: FieldValues, mine: FieldValues, theirs: FieldValues): MergeResult {
  const apply: FieldValues = {};
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(mine)) {
    const myValue = mine[field];
    if (sameValue(myValue, base[field])) continue; // not my change
    if (sameValue(theirs[field], myValue)) continue; // already what I want
    if (sameValue(theirs[field], base[field])) {
      apply[field] = myValue; // they did not touch it
    } else {
      conflicts.push({ field, base: base[field], mine: myValue, theirs: theirs[field] });
    }
  }
  return { apply, conflicts };
}
