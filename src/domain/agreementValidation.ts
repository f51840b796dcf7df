// Validation of an agreement's own fields (the goals are validated one by one): title, period,
// text limits, policy names and the dated milestones of "Aftalens tilblivelse".
import type { NewAgreement } from './types';
import { MAX_AGREEMENT_YEARS } from './yearSpan';
import { lengthMessage } from './fieldLimits';
import { type FieldMessage, type ValidationResult, isISODate, toResult } from './validationResult';

export type AgreementValidationField = 'title' | 'year' | 'yearTo' | 'intro' | 'coreTask' | 'policies' | 'milestones';

export const AGREEMENT_FIELD_LABELS: Readonly<Record<AgreementValidationField, string>> = {
  title: 'Titel',
  year: 'År',
  yearTo: 'Til og med år',
  intro: 'Indledning',
  coreTask: 'Kerneopgave',
  policies: 'Politikker',
  milestones: 'Aftalens tilblivelse'
};

export function validateAgreement(agreement: NewAgreement): ValidationResult<AgreementValidationField> {
  const messages: FieldMessage<AgreementValidationField>[] = [];
  const label = AGREEMENT_FIELD_LABELS;

  if (agreement.title.trim().length === 0) {
    messages.push({ field: 'title', code: 'required', message: `»${label.title}« skal udfyldes.` });
  }
  pushLength(messages, 'title', agreement.title, 'singleLine');
  pushLength(messages, 'intro', agreement.intro, 'multiLine');
  pushLength(messages, 'coreTask', agreement.coreTask, 'multiLine');

  if (!Number.isInteger(agreement.year) || agreement.year < 2000 || agreement.year > 2100) {
    messages.push({ field: 'year', code: 'outOfRange', message: `»${label.year}« skal være et årstal mellem 2000 og 2100.` });
  }
  // The reads of a year look MAX_AGREEMENT_YEARS back for an agreement's goals (yearSpan.ts).
  const lastYear = agreement.year + MAX_AGREEMENT_YEARS - 1;
  if (agreement.yearTo !== undefined && !(Number.isInteger(agreement.yearTo) && agreement.yearTo > agreement.year && agreement.yearTo <= lastYear)) {
    messages.push({
      field: 'yearTo',
      code: 'outOfRange',
      message: `»${label.yearTo}« skal være et årstal fra ${agreement.year + 1} til ${lastYear}, eller tomt for en etårig aftale.`
    });
  }
  agreement.policies.forEach((policy, index) => {
    if (policy.trim().length === 0) {
      messages.push({ field: 'policies', code: 'required', message: `»${label.policies}«: politik nr. ${index + 1} har intet navn.` });
    }
    pushLength(messages, 'policies', policy, 'singleLine', `${label.policies}, nr. ${index + 1}`);
  });
  messages.push(...milestoneMessages(agreement));
  return toResult(messages);
}

function milestoneMessages(agreement: NewAgreement): FieldMessage<AgreementValidationField>[] {
  const messages: FieldMessage<AgreementValidationField>[] = [];
  const prefix = AGREEMENT_FIELD_LABELS.milestones;
  agreement.milestones.forEach((milestone, index) => {
    const row = `»${prefix}«, trin ${index + 1}`;
    if (milestone.title.trim().length === 0) {
      messages.push({ field: 'milestones', code: 'required', message: `${row}: beskrivelsen skal udfyldes.` });
    }
    if (milestone.date !== undefined && !isISODate(milestone.date)) {
      messages.push({ field: 'milestones', code: 'invalid', message: `${row}: datoen "${milestone.date}" er ikke en gyldig dato (åååå-mm-dd).` });
    }
    if (milestone.endDate !== undefined && !isISODate(milestone.endDate)) {
      messages.push({ field: 'milestones', code: 'invalid', message: `${row}: slutdatoen "${milestone.endDate}" er ikke en gyldig dato (åååå-mm-dd).` });
    }
    if (milestone.date && milestone.endDate && isISODate(milestone.date) && isISODate(milestone.endDate) && milestone.endDate < milestone.date) {
      messages.push({ field: 'milestones', code: 'invalid', message: `${row}: slutdatoen ligger før startdatoen.` });
    }
  });
  return messages;
}

function pushLength(
  messages: FieldMessage<AgreementValidationField>[],
  field: AgreementValidationField,
  value: string | undefined,
  kind: 'singleLine' | 'multiLine',
  label: string = AGREEMENT_FIELD_LABELS[field]
): void {
  const message = lengthMessage(label, value, kind);
  if (message) {
    messages.push({ field, code: 'tooLong', message });
  }
}
