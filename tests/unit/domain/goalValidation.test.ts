import { describe, expect, it } from '@jest/globals';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX, validateGoal } from '../../../src/domain';
import { DUS_2022, DUS_2023, aGoal } from './fixtures';

describe('validateGoal: minimum content from the year\'s strategy', () => {
  it('accepts a goal with purpose, activities, follow-up and citizen impact under DUS 2023', () => {
    const result = validateGoal(aGoal(), DUS_2023);
    expect(result.valid).toBe(true);
    expect(result.messages).toEqual([]);
  });

  it.each([
    ['purpose', '»Baggrund og formål« skal udfyldes: DUS 2023 kræver det i alle udviklingsmål.'],
    ['activities', '»Aktiviteter« skal udfyldes: DUS 2023 kræver det i alle udviklingsmål.'],
    ['followUpMethod', '»Opfølgning på virkningen« skal udfyldes: DUS 2023 kræver det i alle udviklingsmål.'],
    ['citizenImpact', '»Forventede virkninger for borgeren« skal udfyldes: DUS 2023 kræver det i alle udviklingsmål.']
  ] as const)('names the missing field %s in Danish', (field, message) => {
    const result = validateGoal(aGoal({ [field]: '   ' }), DUS_2023);
    expect(result.valid).toBe(false);
    expect(result.byField[field]).toEqual([message]);
    expect(result.messages).toEqual([{ field, code: 'required', message }]);
  });

  it('does not ask for citizen impact under DUS 2022, which does not require it', () => {
    const result = validateGoal(aGoal({ citizenImpact: undefined }), DUS_2022);
    expect(result.valid).toBe(true);
  });

  it('asks for the horizon when a strategy makes it mandatory', () => {
    const strategy = { year: 2024, minimumGoalContent: ['horizon' as const] };
    expect(validateGoal(aGoal(), strategy).byField.horizon).toEqual([
      '»Tidsperspektiv« skal udfyldes: DUS 2024 kræver det i alle udviklingsmål.'
    ]);
    expect(validateGoal(aGoal({ horizon: 'multiYear' }), strategy).valid).toBe(true);
  });

  it('checks only the universal rules when the year has no strategy', () => {
    const result = validateGoal(aGoal({ purpose: undefined, activities: undefined }), undefined);
    expect(result.valid).toBe(true);
  });

  it('requires a title', () => {
    expect(validateGoal(aGoal({ title: '' }), DUS_2023).byField.title).toEqual(['»Titel« skal udfyldes.']);
  });
});

describe('validateGoal: SharePoint field limits', () => {
  it('refuses a title over 255 characters with the count and how much to cut', () => {
    const result = validateGoal(aGoal({ title: 'x'.repeat(SINGLE_LINE_MAX + 5) }), DUS_2023);
    expect(result.byField.title).toEqual([
      '»Titel« må højst have 255 tegn (en enkelt linje); teksten har 260 tegn. Forkort den med 5 tegn.'
    ]);
  });

  it('accepts exactly 255 characters in a single-line field', () => {
    expect(validateGoal(aGoal({ title: 'x'.repeat(SINGLE_LINE_MAX) }), DUS_2023).valid).toBe(true);
  });

  it('refuses a multi-line field over 63.999 characters', () => {
    const result = validateGoal(aGoal({ activities: 'x'.repeat(MULTI_LINE_MAX + 1) }), DUS_2023);
    expect(result.byField.activities).toEqual([
      '»Aktiviteter« må højst have 63.999 tegn (et tekstfelt); teksten har 64.000 tegn. Forkort den med 1 tegn.'
    ]);
    expect(result.messages[0].code).toBe('tooLong');
  });

  it('checks the climate annex texts and the target unit too', () => {
    const result = validateGoal(
      aGoal({
        climate: { sdgs: [12], description: 'd', deliverable: 'l', responsible: 'IT', strategyTrack: 's'.repeat(256) },
        target: { value: 2.8, unit: 'u'.repeat(300), direction: 'atMost' }
      }),
      DUS_2023
    );
    expect(result.byField['climate.strategyTrack']?.[0]).toMatch(/^»Strategispor i klima-, energi- og ressourcepolitikken« må højst have 255 tegn/);
    expect(result.byField['target.unit']?.[0]).toMatch(/^»Målsætning, enhed« må højst have 255 tegn/);
  });
});

describe('validateGoal: climate annex and target', () => {
  const climate = { sdgs: [12, 13], description: 'Reproducerede pc\'er', deliverable: '500 reproducerede Pc\'er i 2026.', responsible: 'IT' };

  it('judges a climate measure by its annex rows instead of the goal template', () => {
    const goal = aGoal({ purpose: undefined, activities: undefined, followUpMethod: undefined, citizenImpact: undefined, climate });
    expect(validateGoal(goal, DUS_2023).valid).toBe(true);
    const missing = validateGoal({ ...goal, climate: { ...climate, deliverable: '' } }, DUS_2023);
    expect(missing.byField['climate.deliverable']).toEqual(['»Specifikt mål / leverance for tiltaget« skal udfyldes for et klimatiltag.']);
  });

  it('refuses an SDG outside 1-17 and a repeated SDG', () => {
    const result = validateGoal(aGoal({ climate: { ...climate, sdgs: [0, 18, 13, 13] } }), DUS_2023);
    expect(result.byField['climate.sdgs']).toEqual([
      '»Verdensmål« 0 findes ikke; vælg verdensmål mellem 1 og 17.',
      '»Verdensmål« 18 findes ikke; vælg verdensmål mellem 1 og 17.',
      '»Verdensmål« må kun vælges én gang hver.'
    ]);
  });

  it('refuses a resource effect outside 1-5', () => {
    const bad = { ...climate, resourceEffect: 6 as unknown as 1 };
    expect(validateGoal(aGoal({ climate: bad }), DUS_2023).byField['climate.resourceEffect']).toEqual([
      '»Ressourceeffekt« skal være et helt tal fra 1 (lav effekt) til 5 (høj effekt), ikke 6.'
    ]);
    expect(validateGoal(aGoal({ climate: { ...climate, resourceEffect: 4 } }), DUS_2023).valid).toBe(true);
  });

  it('needs a number and a unit in a target', () => {
    const result = validateGoal(aGoal({ target: { value: Number.NaN, unit: ' ', direction: 'atMost', baseline: Number.POSITIVE_INFINITY } }), DUS_2023);
    expect(result.byField['target.value']).toEqual(['»Målsætning, værdi« skal være et tal.']);
    expect(result.byField['target.unit']).toEqual(['»Målsætning, enhed« skal udfyldes, fx "pct." eller "antal".']);
    expect(result.byField['target.baseline']).toEqual(['»Målsætning, udgangspunkt« skal være et tal.']);
  });

  it('refuses sharing a goal with its own department', () => {
    expect(validateGoal(aGoal({ sharedWithDepartmentIds: [10] }), DUS_2023).byField.sharedWithDepartmentIds).toEqual([
      '»Fællesmål med« kan ikke indeholde målets egen afdeling.'
    ]);
  });
});
