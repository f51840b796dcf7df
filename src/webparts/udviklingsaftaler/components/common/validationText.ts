// The one place a domain problem ({ field, code, params }) becomes text, in the user's language:
// the template is the loc files' Validation.Codes[code]; {label} is the field's label as the form
// shows it (with the row, "Byrådets politikker, nr. 2", when the problem has one); other {names}
// are the params, numbers and dates written the Danish way (`value`, the typed text, as typed).
import type { ValidationCode, ValidationParams } from '../../../../domain/validationResult';
import { isISODate } from '../../../../domain/validationResult';
import { dateInputText } from '../../../../domain/danishDate';

export type ValidationTexts = IUdviklingsaftalerStrings['Validation'];

/** A problem as any domain rule returns it. */
export interface CodedProblem {
  code: ValidationCode;
  params?: ValidationParams;
}

/** Words the caller knows and the domain does not: the field's label and the labels of codes in
 * the params (a track kind, an outcome). They win over params of the same name. */
export type TextValues = Readonly<Record<string, string>>;

/**
 * A number the Danish way: decimal comma, thousands dot from five digits (63.999; a four-digit
 * number such as a year, 2024, or 1000 is written without, as Dansk Sprognævn allows).
 */
export function danishNumber(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** `value` is what the user typed: shown as typed, never reformatted into something else. */
function shown(name: string, value: string | number): string {
  if (typeof value === 'number') return danishNumber(value);
  return name !== 'value' && isISODate(value) ? dateInputText(value) : value;
}

export function validationText(t: ValidationTexts, problem: CodedProblem, values: TextValues = {}): string {
  const params = problem.params ?? {};
  const row = params.row;
  const label = values.label !== undefined && typeof row === 'number' ? fill(t.RowLabel, { label: values.label, row: String(row) }) : values.label;
  const all: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) all[k] = shown(k, v);
  Object.assign(all, values);
  if (label !== undefined) all.label = label;
  return fill(t.Codes[problem.code], all);
}

/** Several problems of one field, as one text. */
export function validationTexts(t: ValidationTexts, problems: readonly CodedProblem[] | undefined, values: TextValues = {}): string | undefined {
  if (problems === undefined || problems.length === 0) return undefined;
  return problems.map((p) => validationText(t, p, values)).join(' ');
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (match, name: string) => values[name] ?? match);
}
