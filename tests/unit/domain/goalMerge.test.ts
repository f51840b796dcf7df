import { mergeGoal, resolveGoal, type NewGoal } from '../../../src/domain';

const base: NewGoal = {
  agreementId: 1,
  departmentId: 2,
  year: 2023,
  title: 'Sygefravær',
  purpose: 'A',
  activities: 'B',
  sharedWithDepartmentIds: [],
  trackIds: [1],
  policies: [],
  requirementIds: [],
  stage: 'draft',
  evidence: []
};

describe('mergeGoal: what the conflict dialog asks about', () => {
  it('keeps their changes where I did not touch a field and mine where they did not', () => {
    const mine = { ...base, purpose: 'A mine' };
    const theirs = { ...base, activities: 'B theirs' };
    const { merged, conflicts } = mergeGoal(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.purpose).toBe('A mine');
    expect(merged.activities).toBe('B theirs');
  });

  it("asks about fields both changed differently, and resolves by the user's choice", () => {
    const mine = { ...base, purpose: 'A mine', trackIds: [1, 2] };
    const theirs = { ...base, purpose: 'A theirs', trackIds: [1, 2] };
    const merge = mergeGoal(base, mine, theirs);
    expect(merge.conflicts).toEqual([{ key: 'purpose', mine: 'A mine', theirs: 'A theirs' }]);
    expect(resolveGoal(merge, new Set()).purpose).toBe('A theirs');
    expect(resolveGoal(merge, new Set(['purpose'])).purpose).toBe('A mine');
  });

  it('treats empty forms as one value', () => {
    const mine = { ...base, involved: '' };
    const theirs = { ...base, involved: undefined };
    expect(mergeGoal(base, mine, theirs).conflicts).toEqual([]);
  });
});
