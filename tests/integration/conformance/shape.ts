// Compares the SHAPE of two SharePoint answers: the keys of every object, the JSON type of every
// value, the OData annotations, and (where a fixture names a pattern for a key) the form of the
// value. Values themselves differ between a recorded tenant and the emulator, so they are not
// compared; null is compatible with any type (it says nothing about the column's type).

export interface CompareOptions {
  /** Properties the call selects ($select): other properties of the recording are not part of the call. */
  select?: string[];
  /** Recording's list-specific column names → the emulator test list's columns of the same kind. */
  rename?: Record<string, string>;
  /** Recording's columns the test list has no counterpart for (dropped from the recording). */
  dropFixture?: string[];
  /** Test list columns the recording's list had no counterpart for (dropped from the emulator's answer). */
  dropActual?: string[];
  /** Key (or key suffix starting with '@') → regular expression both values must match. */
  patterns?: Record<string, string>;
}

const isAnnotation = (key: string): boolean => key.startsWith('odata.') || key.includes('@odata.');

function kind(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function patternFor(key: string, patterns: Record<string, string>): RegExp | undefined {
  if (patterns[key] !== undefined) return new RegExp(patterns[key]);
  const at = key.indexOf('@');
  return at > 0 && patterns[key.slice(at)] !== undefined ? new RegExp(patterns[key.slice(at)]) : undefined;
}

/** The recording as the test list would answer it: renamed and dropped columns, selected properties. */
export function adaptFixture(body: unknown, options: CompareOptions, top = true): unknown {
  if (Array.isArray(body)) return body.map((row) => adaptFixture(row, options, top));
  if (kind(body) !== 'object') return body;
  const record = body as Record<string, unknown>;
  if (top && 'value' in record && Array.isArray(record.value)) {
    return { ...record, value: record.value.map((row) => adaptFixture(row, options, false)) };
  }
  const rename = options.rename ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const [base, annotation] = key.split('@');
    if ((options.dropFixture ?? []).includes(base)) continue;
    if (options.select && !isAnnotation(key) && !options.select.includes(base)) continue;
    if (options.select && annotation && !options.select.includes(base)) continue;
    const name = rename[base] ? (annotation ? `${rename[base]}@${annotation}` : rename[base]) : key;
    out[name] = value;
  }
  return out;
}

export function dropActual(body: unknown, options: CompareOptions): unknown {
  if (!options.dropActual || options.dropActual.length === 0) return body;
  if (Array.isArray(body)) return body.map((row) => dropActual(row, options));
  if (kind(body) !== 'object') return body;
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.value)) return { ...record, value: record.value.map((row) => dropActual(row, options)) };
  return Object.fromEntries(Object.entries(record).filter(([key]) => !options.dropActual?.includes(key.split('@')[0])));
}

/** Every difference in shape between the recording and the emulator's answer, as readable lines. */
export function shapeDifferences(expected: unknown, actual: unknown, patterns: Record<string, string> = {}, path = '$', key = ''): string[] {
  const pattern = key ? patternFor(key, patterns) : undefined;
  if (pattern) {
    const out: string[] = [];
    if (typeof expected === 'string' && !pattern.test(expected))
      out.push(`${path}: the recording's value ${JSON.stringify(expected)} does not match ${pattern} (fixture error)`);
    if (expected !== null && (typeof actual !== 'string' || !pattern.test(actual)))
      out.push(`${path}: ${JSON.stringify(actual)} does not have the form ${pattern}`);
    if (out.length > 0) return out;
  }
  const [e, a] = [kind(expected), kind(actual)];
  if (e === 'null' || a === 'null') return [];
  if (e !== a) return [`${path}: ${a} where SharePoint answers ${e}`];
  if (e === 'array') {
    const [first] = expected as unknown[];
    if (first === undefined) return [];
    return (actual as unknown[]).flatMap((row, i) => shapeDifferences(first, row, patterns, `${path}[${i}]`, key));
  }
  if (e !== 'object') return [];
  const [ex, ac] = [expected as Record<string, unknown>, actual as Record<string, unknown>];
  const out: string[] = [];
  for (const k of Object.keys(ex)) if (!(k in ac)) out.push(`${path}.${k}: missing (SharePoint sends it)`);
  for (const k of Object.keys(ac)) if (!(k in ex)) out.push(`${path}.${k}: not sent by SharePoint`);
  for (const k of Object.keys(ex)) if (k in ac) out.push(...shapeDifferences(ex[k], ac[k], patterns, `${path}.${k}`, k));
  return out;
}
