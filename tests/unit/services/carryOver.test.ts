import { describe, expect, it } from '@jest/globals';
import { nextAgreementTitle, nextYearOf } from '../../../src/services/yearEnd/carryOver';

describe('carry-over naming', () => {
  it("goes to the year after the agreement's period", () => {
    expect(nextYearOf({ year: 2023 })).toBe(2024);
    expect(nextYearOf({ year: 2016, yearTo: 2017 })).toBe(2018);
  });

  it('renames the agreement for the new year, also a two-year plan', () => {
    expect(nextAgreementTitle({ title: 'Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb', year: 2023 }, 2024)).toBe(
      'Udviklingsaftale 2024 for Staben Økonomi, Digitalisering og Indkøb'
    );
    expect(nextAgreementTitle({ title: 'Virksomhedsplan 2016-2017 for Økonomi og Stab', year: 2016, yearTo: 2017 }, 2018)).toBe(
      'Virksomhedsplan 2018 for Økonomi og Stab'
    );
    expect(nextAgreementTitle({ title: 'Virksomhedsplan 2016-17', year: 2016, yearTo: 2017 }, 2018)).toBe('Virksomhedsplan 2018');
    expect(nextAgreementTitle({ title: 'Økonomi og Stabs mål', year: 2015 }, 2016)).toBe('Økonomi og Stabs mål 2016');
  });
});
