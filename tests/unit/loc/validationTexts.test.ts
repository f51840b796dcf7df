import { describe, expect, it } from '@jest/globals';
import type { ValidationCode } from '../../../src/domain/validationResult';
import { danishNumber, validationText, validationTexts } from '../../../src/webparts/udviklingsaftaler/components/common/validationText';
import { loadLocale, type LocaleName } from '../../helpers/locales';

// Every code the domain can return, as a Record over the union: a code added to ValidationCode
// without an entry here does not compile, and the test below then asks both locales for its text.
const CODES: Record<ValidationCode, true> = {
  required: true,
  tooLongLine: true,
  tooLongText: true,
  notANumber: true,
  wholeNumber: true,
  dateInvalid: true,
  requiredByStrategy: true,
  requiredForClimate: true,
  sdgUnknown: true,
  sdgTwice: true,
  resourceEffectRange: true,
  targetUnitRequired: true,
  sharedWithOwnDepartment: true,
  yearRange: true,
  yearTaken: true,
  yearToRange: true,
  yearToAfter: true,
  trackKindMissing: true,
  trackNumberTaken: true,
  requirementNumberTaken: true,
  scopeMissing: true,
  trackInUse: true,
  policyUnnamed: true,
  rowTextRequired: true,
  budgetChangeForeignTrack: true,
  sectionHeadingRequired: true,
  endDateInvalid: true,
  periodWithoutStart: true,
  endBeforeStart: true,
  outcomeTooEarly: true,
  continuedWithoutSuccessor: true,
  outcomeNoteRequired: true,
  commentRequired: true,
  meetingDateRequired: true,
  minutesUrlRequired: true,
  numberAmbiguous: true,
  numberUnreadable: true,
  notADate: true
};
const codes = Object.keys(CODES) as ValidationCode[];

describe.each<LocaleName>(['da-dk', 'en-us'])('Validation texts in %s', (locale) => {
  const t = loadLocale(locale).Validation;

  it.each(codes)('has a text for %s', (code) => {
    expect(typeof t.Codes[code]).toBe('string');
    expect(t.Codes[code].trim()).not.toBe('');
  });

  it('has no text for a code the domain does not return', () => {
    expect(Object.keys(t.Codes).sort()).toEqual([...codes].sort());
  });

  it('uses the same placeholders as the Danish text', () => {
    const da = loadLocale('da-dk').Validation.Codes;
    const names = (s: string): string[] => (s.match(/\{[A-Za-z]+\}/g) ?? []).sort();
    for (const code of codes) expect([code, names(t.Codes[code])]).toEqual([code, names(da[code])]);
  });
});

describe('validationText', () => {
  const t = loadLocale('da-dk').Validation;

  it('names the field and writes numbers the Danish way', () => {
    expect(validationText(t, { code: 'tooLongText', params: { max: 63999, length: 64000, over: 1 } }, { label: 'Aktiviteter' })).toBe(
      '»Aktiviteter« må højst have 63.999 tegn (et tekstfelt); teksten har 64.000 tegn. Forkort den med 1 tegn.'
    );
    expect(validationText(t, { code: 'requiredByStrategy', params: { year: 2023 } }, { label: 'Baggrund og formål' })).toBe(
      '»Baggrund og formål« skal udfyldes: DUS 2023 kræver det i alle udviklingsmål.'
    );
  });

  it('puts the row into the label and writes a real date dd-mm-åååå', () => {
    expect(validationText(t, { code: 'dateInvalid', params: { row: 2, value: '2019-02-30' } }, { label: 'Aftalens tilblivelse' })).toBe(
      '»Aftalens tilblivelse, nr. 2«: datoen »2019-02-30« er ikke en gyldig dato. Skriv dd-mm-åååå.'
    );
    expect(validationText(t, { code: 'yearTaken', params: { year: 2023 } })).toBe(
      'Der findes allerede en DUS for 2023. Hvert år har én DUS; ret den i stedet.'
    );
    // What the user typed is shown as typed; a date the domain passes is written the Danish way.
    expect(validationText(t, { code: 'notADate', params: { value: '2023-12-01' } })).toBe('»2023-12-01« er ikke en dato. Skriv dd-mm-åååå, fx 01-12-2023.');
    const dated = { ...t, Codes: { ...t.Codes, required: 'Fristen {deadline} er overskredet.' } };
    expect(validationText(dated, { code: 'required', params: { deadline: '2023-12-01' } })).toBe('Fristen 01-12-2023 er overskredet.');
  });

  it('lets the caller name codes the domain passes (an outcome, a track kind)', () => {
    expect(validationText(t, { code: 'outcomeNoteRequired', params: { outcome: 'partlyAchieved' } }, { outcome: 'Delvist nået' })).toBe(
      'Skriv en bemærkning, når målet er »Delvist nået«: hvad mangler, eller hvad er ændret?'
    );
  });

  it('joins the problems of one field, and says nothing without one', () => {
    expect(validationTexts(t, [{ code: 'required' }, { code: 'sdgTwice' }], { label: 'Verdensmål' })).toBe(
      '»Verdensmål« skal udfyldes. »Verdensmål« må kun vælges én gang hver.'
    );
    expect(validationTexts(t, [])).toBeUndefined();
    expect(validationTexts(t, undefined)).toBeUndefined();
  });

  it('groups thousands from five digits, with a decimal comma', () => {
    expect([danishNumber(2024), danishNumber(63999), danishNumber(1234567), danishNumber(2.8), danishNumber(-12000.5)]).toEqual([
      '2024',
      '63.999',
      '1.234.567',
      '2,8',
      '-12.000,5'
    ]);
  });
});
