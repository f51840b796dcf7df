// The shape every validation returns: messages keyed by field, so a form shows each message at its
// own field, and a flat list for a summary.

export type ValidationCode = 'required' | 'tooLong' | 'outOfRange' | 'invalid';

export interface FieldMessage<F extends string = string> {
  field: F;
  code: ValidationCode;
  /** Danish, names the field. */
  message: string;
}

export interface ValidationResult<F extends string = string> {
  valid: boolean;
  messages: FieldMessage<F>[];
  byField: Partial<Record<F, string[]>>;
}

export function toResult<F extends string>(messages: FieldMessage<F>[]): ValidationResult<F> {
  const byField: Partial<Record<F, string[]>> = {};
  for (const m of messages) {
    const list = byField[m.field] ?? [];
    list.push(m.message);
    byField[m.field] = list;
  }
  return { valid: messages.length === 0, messages, byField };
}

/** yyyy-mm-dd that is a real calendar date. */
export function isISODate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
