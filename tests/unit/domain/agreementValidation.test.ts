import { describe, expect, it } from '@jest/globals';
import { isISODate, validateAgreement } from '../../../src/domain';
import { anAgreement } from './fixtures';

describe('validateAgreement', () => {
  it('accepts a sound agreement', () => {
    expect(validateAgreement(anAgreement()).valid).toBe(true);
  });

  it('requires a title and limits it to one line', () => {
    expect(validateAgreement(anAgreement({ title: ' ' })).byField.title).toEqual(['»Titel« skal udfyldes.']);
    expect(validateAgreement(anAgreement({ title: 't'.repeat(256) })).byField.title?.[0]).toMatch(/^»Titel« må højst have 255 tegn/);
  });

  it('checks year and the end of a multi-year period', () => {
    expect(validateAgreement(anAgreement({ year: 1999 })).byField.year).toEqual(['»År« skal være et årstal mellem 2000 og 2100.']);
    expect(validateAgreement(anAgreement({ year: 2016, yearTo: 2016 })).byField.yearTo).toEqual([
      '»Til og med år« skal være et årstal fra 2017 til 2020, eller tomt for en etårig aftale.'
    ]);
    expect(validateAgreement(anAgreement({ year: 2016, yearTo: 2017 })).valid).toBe(true);
  });

  it('names the policy that is empty or too long', () => {
    const result = validateAgreement(anAgreement({ policies: ['Den økonomiske politik', '', 'p'.repeat(256)] }));
    expect(result.byField.policies?.[0]).toBe('»Politikker«: politik nr. 2 har intet navn.');
    expect(result.byField.policies?.[1]).toMatch(/^»Politikker, nr\. 3« må højst have 255 tegn/);
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
    expect(result.byField.milestones).toEqual([
      '»Aftalens tilblivelse«, trin 1: beskrivelsen skal udfyldes.',
      '»Aftalens tilblivelse«, trin 2: datoen "2019-02-30" er ikke en gyldig dato (åååå-mm-dd).',
      '»Aftalens tilblivelse«, trin 3: slutdatoen ligger før startdatoen.',
      '»Aftalens tilblivelse«, trin 4: slutdatoen "3. december" er ikke en gyldig dato (åååå-mm-dd).'
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
