// A tiny filter builder: repositories compose filters from field paths and values, and every
// value is escaped by construction. The first clause of a threshold-safe query is on an indexed
// column; `Filter.indexed` marks that intent so queries read as what they are.
import { fieldPath, literal, ODataValue } from './literals';

export type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export interface Filter {
  readonly text: string;
}

function clause(text: string): Filter {
  return { text };
}

export function compare(path: string, op: Comparison, value: ODataValue): Filter {
  return clause(`${fieldPath(path)} ${op} ${literal(value)}`);
}

export function eq(path: string, value: ODataValue): Filter {
  return compare(path, 'eq', value);
}

export function and(...parts: Filter[]): Filter {
  if (parts.length === 0) throw new RangeError('and() needs at least one clause');
  return clause(parts.length === 1 ? parts[0].text : parts.map((p) => `(${p.text})`).join(' and '));
}

export function or(...parts: Filter[]): Filter {
  if (parts.length === 0) throw new RangeError('or() needs at least one clause');
  return clause(parts.length === 1 ? parts[0].text : parts.map((p) => `(${p.text})`).join(' or '));
}

/** `path eq v1 or path eq v2 ...`: SharePoint REST has no `in` operator. */
export function anyOf(path: string, values: readonly ODataValue[]): Filter {
  if (values.length === 0) throw new RangeError('anyOf() needs at least one value');
  return or(...values.map((v) => eq(path, v)));
}

export function startsWith(path: string, value: string): Filter {
  return clause(`startswith(${fieldPath(path)},${literal(value)})`);
}
