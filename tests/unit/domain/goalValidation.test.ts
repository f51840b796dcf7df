import { describe, expect, it } from '@jest/globals';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX, validateGoal, type FieldProblem } from '../../../src/domain';
import { DUS_2022, DUS_2023, aGoal } from './fixtures';

/** The codes (with params) of a field's problems: the domain returns codes, the UI says them. */
const at = (problems: FieldProblem[] | undefined): Array<Omit<FieldProblem, 'field'>> =>
  (problems ?? []).map(({ code, params }) => (params ? { code, params } : { code }));

describe("validateGoal: minimum content from the year's strategy", () => {
  it('accepts a goal with purpose, activities, follow-up and citizen impact under DUS 2023', () => {
    const result = validateGoal(aGoal(), DUS_2023);
    expect(result.valid).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it.each(['purpose', 'activities', 'followUpMethod', 'citizenImpact'] as const)("names the missing field %s with the strategy's year", (field) => {
    const result = validateGoal(aGoal({ [field]: '   ' }), DUS_2023);
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([{ field, code: 'requiredByStrategy', params: { year: 2023 } }]);
    expect(at(result.byField[field])).toEqual([{ code: 'requiredByStrategy', params: { year: 2023 } }]);
  });

  it('does not ask for citizen impact under DUS 2022, which does not require it', () => {
    const result = validateGoal(aGoal({ citizenImpact: undefined }), DUS_2022);
    expect(result.valid).toBe(true);
  });

  it('asks for the horizon when a strategy makes it mandatory', () => {
    const strategy = { year: 2024, minimumGoalContent: ['horizon' as const] };
    expect(at(validateGoal(aGoal(), strategy).byField.horizon)).toEqual([{ code: 'requiredByStrategy', params: { year: 2024 } }]);
    expect(validateGoal(aGoal({ horizon: 'multiYear' }), strategy).valid).toBe(true);
  });

  it('checks only the universal rules when the year has no strategy', () => {
    const result = validateGoal(aGoal({ purpose: undefined, activities: undefined }), undefined);
    expect(result.valid).toBe(true);
  });

  it('requires a title', () => {
    expect(at(validateGoal(aGoal({ title: '' }), DUS_2023).byField.title)).toEqual([{ code: 'required' }]);
  });
});

describe('validateGoal: SharePoint field limits', () => {
  it('refuses a title over 255 characters with the count and how much to cut', () => {
    const result = validateGoal(aGoal({ title: 'x'.repeat(SINGLE_LINE_MAX + 5) }), DUS_2023);
    expect(at(result.byField.title)).toEqual([{ code: 'tooLongLine', params: { max: 255, length: 260, over: 5 } }]);
  });

  it('accepts exactly 255 characters in a single-line field', () => {
    expect(validateGoal(aGoal({ title: 'x'.repeat(SINGLE_LINE_MAX) }), DUS_2023).valid).toBe(true);
  });

  it('refuses a multi-line field over 63.999 characters', () => {
    const result = validateGoal(aGoal({ activities: 'x'.repeat(MULTI_LINE_MAX + 1) }), DUS_2023);
    expect(at(result.byField.activities)).toEqual([{ code: 'tooLongText', params: { max: 63999, length: 64000, over: 1 } }]);
  });

  it('checks the climate annex texts and the target unit too', () => {
    const result = validateGoal(
      aGoal({
        climate: { sdgs: [12], description: 'd', deliverable: 'l', responsible: 'IT', strategyTrack: 's'.repeat(256) },
        target: { value: 2.8, unit: 'u'.repeat(300), direction: 'atMost' }
      }),
      DUS_2023
    );
    expect(at(result.byField['climate.strategyTrack'])).toEqual([{ code: 'tooLongLine', params: { max: 255, length: 256, over: 1 } }]);
    expect(at(result.byField['target.unit'])).toEqual([{ code: 'tooLongLine', params: { max: 255, length: 300, over: 45 } }]);
  });
});

describe('validateGoal: climate annex and target', () => {
  const climate = { sdgs: [12, 13], description: "Reproducerede pc'er", deliverable: "500 reproducerede Pc'er i 2026.", responsible: 'IT' };

  it('judges a climate measure by its annex rows instead of the goal template', () => {
    const goal = aGoal({ purpose: undefined, activities: undefined, followUpMethod: undefined, citizenImpact: undefined, climate });
    expect(validateGoal(goal, DUS_2023).valid).toBe(true);
    const missing = validateGoal({ ...goal, climate: { ...climate, deliverable: '' } }, DUS_2023);
    expect(at(missing.byField['climate.deliverable'])).toEqual([{ code: 'requiredForClimate' }]);
  });

  it('refuses an SDG outside 1-17 and a repeated SDG', () => {
    const result = validateGoal(aGoal({ climate: { ...climate, sdgs: [0, 18, 13, 13] } }), DUS_2023);
    expect(at(result.byField['climate.sdgs'])).toEqual([
      { code: 'sdgUnknown', params: { sdg: 0, min: 1, max: 17 } },
      { code: 'sdgUnknown', params: { sdg: 18, min: 1, max: 17 } },
      { code: 'sdgTwice' }
    ]);
  });

  it('refuses a resource effect outside 1-5', () => {
    const bad = { ...climate, resourceEffect: 6 as unknown as 1 };
    expect(at(validateGoal(aGoal({ climate: bad }), DUS_2023).byField['climate.resourceEffect'])).toEqual([
      { code: 'resourceEffectRange', params: { value: 6, min: 1, max: 5 } }
    ]);
    expect(validateGoal(aGoal({ climate: { ...climate, resourceEffect: 4 } }), DUS_2023).valid).toBe(true);
  });

  it('needs a number and a unit in a target', () => {
    const result = validateGoal(aGoal({ target: { value: Number.NaN, unit: ' ', direction: 'atMost', baseline: Number.POSITIVE_INFINITY } }), DUS_2023);
    expect(at(result.byField['target.value'])).toEqual([{ code: 'notANumber' }]);
    expect(at(result.byField['target.unit'])).toEqual([{ code: 'targetUnitRequired' }]);
    expect(at(result.byField['target.baseline'])).toEqual([{ code: 'notANumber' }]);
  });

  it('refuses sharing a goal with its own department', () => {
    expect(at(validateGoal(aGoal({ sharedWithDepartmentIds: [10] }), DUS_2023).byField.sharedWithDepartmentIds)).toEqual([{ code: 'sharedWithOwnDepartment' }]);
  });
});
