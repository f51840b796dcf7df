import { describe, expect, it } from '@jest/globals';
import { isISODate, validateAgreement } from '../../../src/domain';
import { anAgreement } from './fixtures';
import type { FieldProblem } from '../../../src/domain';

const at = (problems: FieldProblem[] | undefined): Array<Omit<FieldProblem, 'field'>> =>
  (problems ?? []).map(({ code, params }) => (params ? { code, params } : { code }));

describe('validateAgreement', () => {
  it('accepts a sound agreement', () => {
    expect(validateAgreement(anAgreement()).valid).toBe(true);
  });

  it('requires a title and limits it to one line', () => {
    expect(at(validateAgreement(anAgreement({ title: ' ' })).byField.title)).toEqual([{ code: 'required' }]);
    expect(at(validateAgreement(anAgreement({ title: 't'.repeat(256) })).byField.title)).toEqual([
      { code: 'tooLongLine', params: { max: 255, length: 256, over: 1 } }
    ]);
  });

  it('checks year and the end of a multi-year period', () => {
    expect(at(validateAgreement(anAgreement({ year: 1999 })).byField.year)).toEqual([{ code: 'yearRange', params: { min: 2000, max: 2100 } }]);
    expect(at(validateAgreement(anAgreement({ year: 2016, yearTo: 2016 })).byField.yearTo)).toEqual([
      { code: 'yearToAfter', params: { min: 2017, max: 2020 } }
    ]);
    expect(validateAgreement(anAgreement({ year: 2016, yearTo: 2017 })).valid).toBe(true);
  });

  it('names the policy that is empty or too long', () => {
    const result = validateAgreement(anAgreement({ policies: ['Den økonomiske politik', '', 'p'.repeat(256)] }));
    expect(at(result.byField.policies)).toEqual([
      { code: 'policyUnnamed', params: { row: 2 } },
      { code: 'tooLongLine', params: { max: 255, length: 256, over: 1, row: 3 } }
    ]);
  });

  it('checks each milestone: description, real dates, end after start', () => {
    const result = validateAgreement(
      anAgreement({
        milestones: [
          { title: '', date: '2019-08-27' },
          { title: 'Første behandling i Ledergruppen', date: '2019-02-30' },
          { title: 'Ledergruppen laver overordnet oplæg til mål', date: '2019-09-15', endDate: '2019-08-27' },
          { title: 'Afleveres til direktionen', endDate: '3. december' }
        ]
      })
    );
    expect(at(result.byField.milestones)).toEqual([
      { code: 'rowTextRequired', params: { row: 1 } },
      { code: 'dateInvalid', params: { row: 2, value: '2019-02-30' } },
      { code: 'endBeforeStart', params: { row: 3 } },
      { code: 'endDateInvalid', params: { row: 4, value: '3. december' } },
      { code: 'periodWithoutStart', params: { row: 4 } }
    ]);
  });

  it('accepts a milestone without date (the document is silent)', () => {
    expect(validateAgreement(anAgreement({ milestones: [{ title: 'Godkendelse', note: '22. - 25. november' }] })).valid).toBe(true);
  });
});

describe('isISODate', () => {
  it.each([
    ['2019-12-03', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-13-01', false],
    ['03-12-2019', false]
  ])('%s -> %s', (value, expected) => {
    expect(isISODate(value)).toBe(expected);
  });
});
