// The emulator's column indexes: for a query whose leading clause is an `eq` (or an `or` of them)
// on an indexed column, the items it can match are taken from an index of the column's values
// instead of a pass over the whole list. SharePoint walks a column's index the same way; without
// one, a query "must scan all rows in a list", which it refuses past 5,000 items (Microsoft Learn,
// "Handling Large Folders and Lists",
// https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee557257(v=office.14);
// "Add an index to a list or library column",
// https://support.microsoft.com/office/add-an-index-to-a-list-or-library-column-f3f00554-b7dc-44d1-a2ed-d477eac463b0).
// So the emulator's answer costs what the query matches, not what the list holds.
//
// The index only narrows: the candidates are a superset of the leading clause's matches, in the
// list's own order, and queryItems applies the whole filter, the threshold count, the security
// trim, the order and the paging to them exactly as to the whole list. Keys are therefore chosen
// so that every value the clause's comparison (filter.ts compareOne) calls equal lands under the
// literal's key: numbers by Number(), booleans by truthiness as compareValues reads it, null with
// undefined and '', and strings by a key coarser than localeCompare's equality (lower case, no
// diacritics, letters and digits only). An index is per column and literal kind, built on first
// use and rebuilt after any change to the list's items (ItemMap.derive: never stale).
import type { EmField, EmItem, EmList } from '../model';
import type { FilterNode, Literal } from './filter';

type Kind = 'num' | 'str' | 'bool' | 'null';
type Index = Map<unknown, EmItem[]>;

export interface IndexAccess {
  /** The field a filter path reads, and whether it is read from the item itself (so an index
   * of this list can hold it); undefined when the path cannot be indexed. */
  fieldOf(path: string): EmField | undefined;
  value(item: EmItem, field: EmField): unknown;
}

const kindOf = (literal: Literal): Kind | undefined => {
  if (literal === null) return 'null';
  if (typeof literal === 'number') return 'num';
  if (typeof literal === 'boolean') return 'bool';
  if (typeof literal === 'string') return 'str';
  return undefined; // datetime literals: a scan
};

/** Coarser than localeCompare's equality: strings it calls equal share this key. */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The keys one value is found under for a literal kind (none: it matches no literal of it). */
function keysOf(value: unknown, kind: Kind): unknown[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  const keys: unknown[] = [];
  for (const v of values) {
    if (kind === 'null') {
      if (v === null || v === undefined || v === '') keys.push(true);
      continue;
    }
    if (v === null || v === undefined) continue;
    if (kind === 'bool') keys.push(v === true || v === 1);
    else if (kind === 'str') keys.push(textKey(String(v)));
    else {
      const n = typeof v === 'number' ? v : Number(v);
      if (Number.isFinite(n)) keys.push(n);
    }
  }
  return keys;
}

function literalKey(literal: Literal, kind: Kind): unknown {
  if (kind === 'null') return true;
  if (kind === 'bool') return literal === true;
  if (kind === 'str') return textKey(String(literal));
  return literal;
}

function columnIndex(list: EmList, field: EmField, kind: Kind, access: IndexAccess): Index {
  return list.items.derive(`index:${field.internalName}:${field.builtIn}:${kind}`, () => {
    const index: Index = new Map();
    const add = (key: unknown, item: EmItem): void => {
      const bucket = index.get(key);
      if (bucket) bucket.push(item);
      else index.set(key, [item]);
    };
    for (const item of list.items.values()) {
      const keys = keysOf(access.value(item, field), kind);
      if (keys.length === 1) add(keys[0], item);
      else for (const key of new Set(keys)) add(key, item);
    }
    return index;
  });
}

/** Each item's place in the list's order, for merging the candidates of an `or`. */
function positions(list: EmList): Map<EmItem, number> {
  return list.items.derive('positions', () => {
    const at = new Map<EmItem, number>();
    let i = 0;
    for (const item of list.items.values()) at.set(item, i++);
    return at;
  });
}

/**
 * The items `node` can match, in the list's order, taken from indexes; undefined when the clause
 * has no index to walk (not an `eq`, a column not indexed, a lookup's other column, a datetime):
 * then the whole list is read. Only clauses whose every path is indexed qualify, as for
 * SharePoint's threshold check.
 */
export function indexedCandidates(list: EmList, node: FilterNode, access: IndexAccess): EmItem[] | undefined {
  if (node.kind === 'compare') {
    if (node.op !== 'eq') return undefined;
    const kind = kindOf(node.value);
    const field = kind && access.fieldOf(node.path);
    if (!kind || !field) return undefined;
    return columnIndex(list, field, kind, access).get(literalKey(node.value, kind)) ?? [];
  }
  if (node.kind === 'or') {
    const left = indexedCandidates(list, node.left, access);
    const right = left && indexedCandidates(list, node.right, access);
    if (!left || !right) return undefined;
    if (left.length === 0) return right;
    if (right.length === 0) return left;
    const at = positions(list);
    const union = new Set([...left, ...right]);
    return [...union].sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
  }
  // An `and` (inside an `or`) can match only what its left clause matches; its left clause is
  // also what a scan evaluates first, so a path that does not exist fails the same way.
  if (node.kind === 'and') return indexedCandidates(list, node.left, access);
  return undefined;
}
