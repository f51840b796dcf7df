// Field-by-field differences between two versions of an item, for "what changed since the version
// last decided on". Values arrive as stored (strings, numbers, arrays, null); the caller names the
// fields to compare with their Danish labels (goalFields.ts, the schema's display names).

export interface DiffField {
  key: string;
  label: string;
  /** Where the value is when `key` is absent (SharePoint's version rows give a lookup as an
   * object under its own name, the item rows as `<Name>Id`). */
  altKey?: string;
}

export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** A stored value as the text a reader compares: empty for null, lists joined, JSON for objects. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(displayValue).filter((v) => v !== '').join(', ');
  if (typeof value === 'object') {
    const results = (value as { results?: unknown }).results;
    if (Array.isArray(results)) return displayValue(results);
    const url = (value as { Url?: unknown }).Url;
    if (typeof url === 'string') return url;
    const lookup = (value as { LookupValue?: unknown }).LookupValue;
    if (typeof lookup === 'string' || typeof lookup === 'number') return String(lookup);
    return JSON.stringify(value);
  }
  return String(value).replace(/\r\n/g, '\n').trim();
}

export function diffVersions(fields: readonly DiffField[], before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const f of fields) {
    const pick = (row: Readonly<Record<string, unknown>>): unknown => (f.key in row || f.altKey === undefined ? row[f.key] : row[f.altKey]);
    const b = displayValue(pick(before));
    const a = displayValue(pick(after));
    if (a !== b) changes.push({ key: f.key, label: f.label, before: b, after: a });
  }
  return changes;
}
