// Reading and writing SharePoint field values. List items arrive as loosely typed JSON; these
// helpers turn them into domain values (and back) in one place, tolerating both OData flavours
// (plain arrays, or verbose {results: [...]}) and SharePoint's null for "empty".
import { DataError } from '../../errors/DataError';
import type { FieldDamage, MaybeDamaged, PersonRef } from '../../../domain';
import { MISSING_ID } from '../../../domain/damage';
import { buildQuery, codeOf, listDef, SCHEMA, type ListDef, type ListKey } from '../../schema';
import type { RawItem } from '../paging';

function collection(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null && Array.isArray((v as { results?: unknown }).results)) {
    return (v as { results: unknown[] }).results;
  }
  return [];
}

export function text(raw: RawItem, name: string): string | undefined {
  const v = raw[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function requiredText(raw: RawItem, name: string): string {
  return text(raw, name) ?? '';
}

export function num(raw: RawItem, name: string): number | undefined {
  const v = raw[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function requiredNum(raw: RawItem, name: string): number {
  const v = num(raw, name);
  if (v === undefined) {
    throw new DataError('validation', { detail: `Item ${String(raw.Id)} has no value in required field ${name}` });
  }
  return v;
}

export function bool(raw: RawItem, name: string, fallback: boolean): boolean {
  const v = raw[name];
  return typeof v === 'boolean' ? v : fallback;
}

/** A lookup's id, read as `<Name>Id`. */
export function lookupId(raw: RawItem, name: string): number | undefined {
  return num(raw, `${name}Id`);
}

export function lookupIds(raw: RawItem, name: string): number[] {
  return collection(raw[`${name}Id`]).filter((x): x is number => typeof x === 'number');
}

export function strings(raw: RawItem, name: string): string[] {
  return collection(raw[name]).filter((x): x is string => typeof x === 'string');
}

/** A Note column with one value per line. */
export function lines(raw: RawItem, name: string): string[] {
  return (text(raw, name) ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function linesValue(values: readonly string[]): string {
  return values.join('\n');
}

/** A Note column holding a JSON array; bad JSON is a data error, never silently an empty list. */
export function jsonArray<T>(raw: RawItem, name: string): T[] {
  const v = text(raw, name);
  if (v === undefined) return [];
  try {
    const parsed = JSON.parse(v) as unknown;
    if (Array.isArray(parsed)) return parsed as T[];
  } catch (e) {
    throw new DataError('validation', { cause: e, detail: `Field ${name} of item ${String(raw.Id)} is not valid JSON` });
  }
  throw new DataError('validation', { detail: `Field ${name} of item ${String(raw.Id)} is not a JSON array` });
}

/**
 * The tolerant reader of one item (domain/damage.ts): where a value cannot be read it records the
 * field and a code and hands back a safe stand-in, so the rest of the item, and of the view, is
 * still shown. Writing stays strict: the UI opens a damaged item read-only.
 */
export class DamageLog {
  private readonly found: FieldDamage[] = [];

  public constructor(private readonly raw: RawItem) {}

  /** A JSON array column; each element must pass `isItem`. Unreadable gives [] and a mark. */
  public jsonArray<T>(column: string, domainField: string, isItem: (x: unknown) => boolean): T[] {
    try {
      const values = jsonArray<unknown>(this.raw, column);
      if (values.every(isItem)) return values as T[];
    } catch {
      // Not JSON or not an array: recorded below like an array of the wrong things.
    }
    this.found.push({ field: domainField, code: 'unreadable' });
    return [];
  }

  /** A required number or lookup id (`<Name>Id`). Empty gives MISSING_ID (0) and a mark. */
  public requiredNum(column: string, domainField: string): number {
    const v = num(this.raw, column);
    if (v !== undefined) return v;
    this.found.push({ field: domainField, code: 'missing' });
    return MISSING_ID;
  }

  /** A required Choice column: a value the choice map does not know (typed into the list, or
   * left from an older schema) or an empty one gives `fallback` and a mark. */
  public choice<C extends string>(column: string, map: Readonly<Record<C, string>>, domainField: string, fallback: C): C {
    const stored = text(this.raw, column);
    const code = stored === undefined ? undefined : codeOf(map, stored);
    if (code !== undefined) return code;
    this.found.push({ field: domainField, code: stored === undefined ? 'missing' : 'unreadable' });
    return fallback;
  }

  /** The item with what was found wrong; undamaged items get no `damage` key at all. */
  public mark<T extends MaybeDamaged>(item: T): T {
    if (this.found.length > 0) item.damage = [...this.found];
    return item;
  }
}

/** An element check for jsonArray: an object whose `key` is a string (e.g. an evidence item's text). */
export const isObjectWith =
  (key: string) =>
  (x: unknown): boolean =>
    typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)[key] === 'string';

/** yyyy-mm-dd from a DateTime column. */
export function isoDate(raw: RawItem, name: string): string | undefined {
  const v = text(raw, name);
  return v === undefined ? undefined : v.slice(0, 10);
}

export function person(raw: RawItem, name: string): PersonRef | undefined {
  const id = lookupId(raw, name);
  const expanded = raw[name] as { Id?: number; Title?: string; EMail?: string } | null | undefined;
  if (id === undefined && (expanded === null || expanded === undefined)) return undefined;
  return { id: expanded?.Id ?? id, email: expanded?.EMail ?? '', title: expanded?.Title };
}

export function people(raw: RawItem, name: string): PersonRef[] {
  const expanded = collection(raw[name]) as Array<{ Id?: number; Title?: string; EMail?: string }>;
  if (expanded.length > 0) return expanded.map((p) => ({ id: p.Id, email: p.EMail ?? '', title: p.Title }));
  return lookupIds(raw, name).map((id) => ({ id, email: '' }));
}

/** A person must be known on the site (have an id) before it can be written. */
export function personId(p: PersonRef): number {
  if (p.id === undefined) {
    throw new DataError('validation', { detail: `Person ${p.email} has no user id on this site; ensure the user first` });
  }
  return p.id;
}

/** Empty values are written as null so clearing a field really clears it. */
export function orNull<T>(v: T | undefined): T | null {
  return v === undefined ? null : v;
}

export interface ListShape {
  list: ListDef;
  select: string[];
  expand: string[];
  lookupCount: number;
}

/** The list and its $select/$expand from the schema. People are expanded (names and e-mails);
 * lookups are read as ids, which costs no join. */
export function shapeOf(key: ListKey | ListDef, fields?: readonly string[]): ListShape {
  // A list outside the run-time SCHEMA (fullSchema.ts) is given as its definition.
  const list = typeof key === 'string' ? listDef(SCHEMA, key) : key;
  const lookups = buildQuery(list, { expandLookups: false, withAuthors: false, fields });
  const people = list.fields.filter((f) => (f.type === 'User' || f.type === 'UserMulti') && (fields === undefined || fields.includes(f.name)));
  const select = lookups.select.filter((s) => !people.some((p) => s === `${p.name}Id`));
  const expand: string[] = [];
  for (const p of people) {
    select.push(`${p.name}/Id`, `${p.name}/Title`, `${p.name}/EMail`);
    expand.push(p.name);
  }
  return { list, select, expand, lookupCount: lookups.lookupCount + people.length };
}

/** The internal name of a field, checked against the schema so a typo fails at load, not at run. */
export function field(shape: ListShape, name: string): string {
  if (!shape.list.fields.some((f) => f.name === name)) {
    throw new Error(`The ${shape.list.key} list has no field ${name} in the schema`);
  }
  return name;
}
