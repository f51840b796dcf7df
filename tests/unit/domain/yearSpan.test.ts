import { coveredYears, coversYear, goalInYear, periodText, pickCovering, validateAgreement } from '../../../src/domain';

describe('multi-year agreements (yearSpan)', () => {
  const plan = { id: 7, year: 2016, yearTo: 2017 };
  it('an agreement covers every year of its period, a one-year one its own year', () => {
    expect([2015, 2016, 2017, 2018].map((y) => coversYear(plan, y))).toEqual([false, true, true, false]);
    expect(coversYear({ year: 2023 }, 2023)).toBe(true);
    expect(coveredYears(plan)).toEqual([2016, 2017]);
    expect(coveredYears({ year: 2023 })).toEqual([2023]);
  });
  it("the year's own agreement wins over an older period still running", () => {
    expect(pickCovering([plan, { id: 8, year: 2017 }], 2017)).toEqual({ id: 8, year: 2017 });
    expect(pickCovering([plan], 2017)).toBe(plan);
    expect(pickCovering([plan], 2018)).toBeUndefined();
  });
  it('a goal stored under the first year belongs to every year its agreement covers', () => {
    expect(goalInYear({ year: 2016, agreementId: 7 }, 2017, [plan])).toBe(true);
    expect(goalInYear({ year: 2015, agreementId: 3 }, 2017, [plan])).toBe(false);
    expect(goalInYear({ year: 2016, agreementId: 9 }, 2017, [plan])).toBe(false);
  });
  it('prints the period', () => {
    expect(periodText(plan)).toBe('2016-2017');
    expect(periodText({ year: 2023 })).toBe('2023');
  });
  it('refuses a period longer than five years (the reads look that far back)', () => {
    const base = { departmentId: 1, year: 2016, title: 'Plan', policies: [], milestones: [], stage: 'draft' };
    expect(validateAgreement({ ...base, yearTo: 2020 }).valid).toBe(true);
    expect(validateAgreement({ ...base, yearTo: 2021 }).byField.yearTo).toEqual([{ field: 'yearTo', code: 'yearToAfter', params: { min: 2017, max: 2020 } }]);
  });
});
