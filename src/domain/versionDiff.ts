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
  if (Array.isArray(value))
    return value
      .map(displayValue)
      .filter((v) => v !== '')
      .join(', ');
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

/**
 * What two versions are compared on. A version row holds a lookup or person as
 * { LookupId, LookupValue[, Email] } (SharePoint's FieldLookupValue / FieldUserValue), where
 * LookupValue is the target's title when that version was saved: a department renamed between two
 * versions is no change to the goal, so lookups compare on their ids and display their values.
 */
function comparable(value: unknown): string {
  const ids = (v: unknown): string | undefined => {
    const id = typeof v === 'object' && v !== null ? (v as { LookupId?: unknown }).LookupId : undefined;
    return typeof id === 'number' ? String(id) : undefined;
  };
  if (Array.isArray(value) && value.length > 0 && value.every((v) => ids(v) !== undefined)) return `#${value.map(ids).join(',')}`;
  const single = ids(value);
  return single !== undefined ? `#${single}` : displayValue(value);
}

export function diffVersions(fields: readonly DiffField[], before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const f of fields) {
    const pick = (row: Readonly<Record<string, unknown>>): unknown => (f.key in row || f.altKey === undefined ? row[f.key] : row[f.altKey]);
    if (comparable(pick(before)) === comparable(pick(after))) continue;
    const b = displayValue(pick(before));
    const a = displayValue(pick(after));
    changes.push({ key: f.key, label: f.label, before: b, after: a });
  }
  return changes;
}
