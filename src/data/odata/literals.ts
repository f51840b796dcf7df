// OData literals for SharePoint REST filters. Every value that goes into a $filter passes through
// here, so a title like "Børn og unge's trivsel" is a string literal, not broken syntax or an
// injected clause. URL encoding is PnPjs's job (URLSearchParams); this is OData's own quoting.

export type ODataValue = string | number | boolean | Date | null;

/** A string literal: single quotes doubled, per OData v3/v4. */
export function stringLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Not a finite number for an OData filter: ${value}`);
  }
  return String(value);
}

/** A DateTime literal as SharePoint expects it in $filter. */
export function dateLiteral(value: Date): string {
  if (Number.isNaN(value.getTime())) {
    throw new RangeError('Invalid date for an OData filter');
  }
  return `datetime'${value.toISOString()}'`;
}

export function literal(value: ODataValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return numberLiteral(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return dateLiteral(value);
}

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/;

/** Field paths come from the schema, never from users; this guards against a slip. */
export function fieldPath(path: string): string {
  if (!FIELD_PATH.test(path)) {
    throw new RangeError(`Not a valid field path for an OData filter: ${path}`);
  }
  return path;
}
