// Validation of an agreement's own fields (the goals are validated one by one): title, period,
// text limits, policy names and the dated milestones of "Aftalens tilblivelse".
import type { NewAgreement } from './types';
import { lengthProblem } from './fieldLimits';
import { MAX_AGREEMENT_YEARS } from './yearSpan';
import { type FieldProblem, type ValidationResult, isISODate, problem, toResult } from './validationResult';

export type AgreementValidationField = 'title' | 'year' | 'yearTo' | 'intro' | 'coreTask' | 'policies' | 'milestones';

type Problems = FieldProblem<AgreementValidationField>[];

export function validateAgreement(agreement: NewAgreement): ValidationResult<AgreementValidationField> {
  const problems: Problems = [];
  if (agreement.title.trim().length === 0) problems.push(problem('title', 'required'));
  pushLength(problems, 'title', agreement.title, 'singleLine');
  pushLength(problems, 'intro', agreement.intro, 'multiLine');
  pushLength(problems, 'coreTask', agreement.coreTask, 'multiLine');
  if (!Number.isInteger(agreement.year) || agreement.year < 2000 || agreement.year > 2100) {
    problems.push(problem('year', 'yearRange', { min: 2000, max: 2100 }));
  }
  // The reads of a year look MAX_AGREEMENT_YEARS back for an agreement's goals (yearSpan.ts).
  const lastYear = agreement.year + MAX_AGREEMENT_YEARS - 1;
  if (agreement.yearTo !== undefined && !(Number.isInteger(agreement.yearTo) && agreement.yearTo > agreement.year && agreement.yearTo <= lastYear)) {
    problems.push(problem('yearTo', 'yearToAfter', { min: agreement.year + 1, max: lastYear }));
  }
  agreement.policies.forEach((policy, index) => {
    if (policy.trim().length === 0) problems.push(problem('policies', 'policyUnnamed', { row: index + 1 }));
    pushLength(problems, 'policies', policy, 'singleLine', index + 1);
  });
  agreement.milestones.forEach((milestone, index) => problems.push(...milestoneProblems(milestone, index + 1)));
  return toResult(problems);
}

/** The problems of one step of "Aftalens tilblivelse" (`row` counts from 1); the agreement
 * editor's validation uses the same rule. */
export function milestoneProblems(m: NewAgreement['milestones'][number], row: number): FieldProblem<'milestones'>[] {
  const problems: FieldProblem<'milestones'>[] = [];
  if (m.title.trim().length === 0) problems.push(problem('milestones', 'rowTextRequired', { row }));
  if (m.date !== undefined && !isISODate(m.date)) problems.push(problem('milestones', 'dateInvalid', { row, value: m.date }));
  if (m.endDate !== undefined && !isISODate(m.endDate)) problems.push(problem('milestones', 'endDateInvalid', { row, value: m.endDate }));
  if (m.endDate !== undefined && m.date === undefined) problems.push(problem('milestones', 'periodWithoutStart', { row }));
  if (m.date && m.endDate && isISODate(m.date) && isISODate(m.endDate) && m.endDate < m.date) problems.push(problem('milestones', 'endBeforeStart', { row }));
  return problems;
}

function pushLength(problems: Problems, field: AgreementValidationField, value: string | undefined, kind: 'singleLine' | 'multiLine', row?: number): void {
  const tooLong = lengthProblem(value, kind);
  if (tooLong) problems.push(problem(field, tooLong.code, row === undefined ? tooLong.params : { ...tooLong.params, row }));
}
