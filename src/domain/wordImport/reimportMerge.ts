// Re-importing a corrected file (issue 19, decision 0011): a three-way merge per field of what the
// earlier import wrote (base), what the corrected file says (mine) and what is stored now
// (theirs). The base is kept as one fingerprint per field, written with every import in the
// item's ImportBase column: enough to tell "changed since the import" from "not changed" on
// either side, without keeping a second copy of every text. Pure: the service reads and writes.
import { normalise } from '../goalMerge';

/** Field key -> fingerprint of the value the file gave it when it was last imported. */
export type ImportBase = Readonly<Record<string, string>>;

/** The user's answer for one field both sides changed: the file's value or the app's. */
export type MergeChoice = 'mine' | 'theirs';

/** A 53-bit string hash (cyrb53, public domain) of the value as the user sees it ('' = absent = []). */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(normalise(value)) ?? 'null';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface FieldConflictOf<K extends string> {
  key: K;
  mine: unknown;
  theirs: unknown;
}

export interface ThreeWayResult<K extends string> {
  /** Fields to write: changed only in the file, or both changed and the user chose the file. */
  apply: Partial<Record<K, unknown>>;
  /** Both changed to different values and no choice yet: the stored value stays until the user picks. */
  conflicts: Array<FieldConflictOf<K>>;
  /** The base to store with the write: the file's fingerprint where the file's value was taken or
   * answered, the old one where a conflict waits (so the next import still sees it). */
  base: Record<string, string>;
}

const EMPTY = fingerprint(undefined);

/**
 * Per key: the same on both sides: nothing to do. Only the file changed: the file's value. Only
 * the app changed: the app's value. Both changed: a conflict, or the user's choice when given.
 * Without a base (an item the import never wrote, or one written before ImportBase existed) an
 * empty side never wins over a filled one and two different filled values are a conflict:
 * nothing is lost either way.
 */
export function threeWayMerge<K extends string>(
  keys: readonly K[],
  base: ImportBase | undefined,
  mine: Readonly<Partial<Record<K, unknown>>>,
  theirs: Readonly<Partial<Record<K, unknown>>>,
  choices: Readonly<Record<string, MergeChoice>> = {},
  choiceKey: (key: K) => string = (key) => key
): ThreeWayResult<K> {
  const result: ThreeWayResult<K> = { apply: {}, conflicts: [], base: {} };
  for (const key of keys) {
    const fm = fingerprint(mine[key]);
    const ft = fingerprint(theirs[key]);
    const fb = base === undefined ? undefined : (base[key] ?? EMPTY);
    result.base[key] = fm;
    if (fm === ft) continue;
    // Without a base: an empty side counts as unchanged, two filled values as both changed.
    const fileChanged = fb === undefined ? fm !== EMPTY : fb !== fm;
    const appChanged = fb === undefined ? ft !== EMPTY : fb !== ft;
    if (fileChanged && !appChanged) {
      result.apply[key] = mine[key];
    } else if (appChanged && !fileChanged) {
      // The file still says what it said: the app's edit stands and the base stays the file's.
    } else {
      const choice = choices[choiceKey(key)];
      if (choice === 'mine') result.apply[key] = mine[key];
      else if (choice === undefined) {
        result.conflicts.push({ key, mine: mine[key], theirs: theirs[key] });
        if (fb !== undefined) result.base[key] = fb;
        else delete result.base[key];
      }
    }
  }
  return result;
}

/** Sections are merged one by one, by heading: "section:<heading>" keys of the base. */
export const sectionKey = (heading: string): string => `section:${heading.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim()}`;

export interface SectionMerge {
  /** The sections to store: the stored order, the file's changes applied, the file's new ones last. */
  sections: Array<{ heading: string; body: string }>;
  changed: boolean;
  /** Keyed by sectionKey, with the section's heading as the user knows it. */
  conflicts: Array<FieldConflictOf<string> & { heading: string }>;
  base: Record<string, string>;
}

export function mergeSections(
  base: ImportBase | undefined,
  mine: ReadonlyArray<{ heading: string; body: string }>,
  theirs: ReadonlyArray<{ heading: string; body: string }>,
  choices: Readonly<Record<string, MergeChoice>> = {}
): SectionMerge {
  const byKey = (list: ReadonlyArray<{ heading: string; body: string }>): Map<string, { heading: string; body: string }> =>
    new Map(list.map((s) => [sectionKey(s.heading), s]));
  const m = byKey(mine);
  const t = byKey(theirs);
  const keys = [...new Set([...t.keys(), ...m.keys()])];
  const bodies = (map: Map<string, { body: string }>): Record<string, string | undefined> => Object.fromEntries(keys.map((k) => [k, map.get(k)?.body]));
  const merged = threeWayMerge(keys, base, bodies(m), bodies(t), choices);
  const sections: Array<{ heading: string; body: string }> = [];
  for (const key of keys) {
    const body = key in merged.apply ? (merged.apply[key] as string | undefined) : t.get(key)?.body;
    if (body === undefined || body.trim() === '') continue;
    sections.push({ heading: (key in merged.apply ? m.get(key) : t.get(key))?.heading ?? '', body });
  }
  return {
    sections,
    changed: Object.keys(merged.apply).length > 0,
    conflicts: merged.conflicts.map((c) => ({ ...c, heading: t.get(c.key)?.heading ?? m.get(c.key)?.heading ?? c.key })),
    base: merged.base
  };
}

/** The base of a newly written item: every key's fingerprint. */
export function baseOf<K extends string>(keys: readonly K[], values: Readonly<Partial<Record<K, unknown>>>): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, fingerprint(values[k])]));
}

/** The stored column read back; anything that is not a map of strings counts as no base. */
export function parseImportBase(text: string | undefined): ImportBase | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return Object.values(value).every((v) => typeof v === 'string') ? (value as ImportBase) : undefined;
  } catch {
    return undefined;
  }
}
