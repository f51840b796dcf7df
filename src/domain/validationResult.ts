// The shape every validation returns: problems as codes keyed by field, never user text. A form
// shows each problem at its own field in the user's language (the UI's `validationText` with the
// loc files' `Validation` group); a service refuses with the same problems on its DataError.

/**
 * Every code a domain rule can return. A new rule adds its code here, and the compiler then asks
 * for its text (tests/unit/loc/validationTexts.test.ts lists the codes as a Record over this union
 * and checks da-dk and en-us have a text for each).
 */
export type ValidationCode =
  // Any field
  | 'required'
  | 'tooLongLine'
  | 'tooLongText'
  | 'notANumber'
  | 'wholeNumber'
  | 'dateInvalid'
  // Goals
  | 'requiredByStrategy'
  | 'requiredForClimate'
  | 'sdgUnknown'
  | 'sdgTwice'
  | 'resourceEffectRange'
  | 'targetUnitRequired'
  | 'sharedWithOwnDepartment'
  // Years (DUS and agreement)
  | 'yearRange'
  | 'yearTaken'
  | 'yearToRange'
  | 'yearToAfter'
  // DUS parts
  | 'trackKindMissing'
  | 'trackNumberTaken'
  | 'requirementNumberTaken'
  | 'scopeMissing'
  | 'trackInUse'
  // Agreement rows
  | 'policyUnnamed'
  | 'rowTextRequired'
  | 'budgetChangeForeignTrack'
  | 'sectionHeadingRequired'
  | 'endDateInvalid'
  | 'periodWithoutStart'
  | 'endBeforeStart'
  // Year end
  | 'outcomeTooEarly'
  | 'continuedWithoutSuccessor'
  | 'outcomeNoteRequired'
  // Approval decisions
  | 'commentRequired'
  | 'meetingDateRequired'
  | 'minutesUrlRequired'
  // Typed input (danishNumber, danishDate)
  | 'numberAmbiguous'
  | 'numberUnreadable'
  | 'notADate';

/**
 * Values a text needs ("højst {max} tegn"). Numbers are quantities (the UI writes them the Danish
 * way); strings are shown as they are, except a yyyy-mm-dd date, which the UI writes dd-mm-åååå.
 * Codes of other enumerations (an outcome, a track kind) are passed as their code; the caller that
 * shows the text supplies their label. `row` is 1-based, as the user counts.
 */
export type ValidationParams = Readonly<Record<string, string | number>>;

export interface FieldProblem<F extends string = string> {
  field: F;
  code: ValidationCode;
  params?: ValidationParams;
}

export interface ValidationResult<F extends string = string> {
  valid: boolean;
  problems: FieldProblem<F>[];
  byField: Partial<Record<F, FieldProblem<F>[]>>;
}

export function problem<F extends string>(field: F, code: ValidationCode, params?: ValidationParams): FieldProblem<F> {
  return params === undefined ? { field, code } : { field, code, params };
}

export function toResult<F extends string>(problems: FieldProblem<F>[]): ValidationResult<F> {
  const byField: Partial<Record<F, FieldProblem<F>[]>> = {};
  for (const p of problems) {
    const list = byField[p.field] ?? [];
    list.push(p);
    byField[p.field] = list;
  }
  return { valid: problems.length === 0, problems, byField };
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

/** "title:required milestones:endBeforeStart": the problems for a log line (DataError's detail). */
export function problemCodes(problems: ReadonlyArray<FieldProblem>): string {
  return problems.map((p) => `${p.field}:${p.code}`).join(' ');
}
