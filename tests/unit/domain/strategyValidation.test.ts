import { describe, expect, it } from '@jest/globals';
import { trackRemovalProblem, validateStrategy, type StrategyDraft } from '../../../src/domain/strategyValidation';
import type { FieldProblem } from '../../../src/domain/validationResult';

const at = (problems: FieldProblem[] | undefined): Array<Omit<FieldProblem, 'field'>> =>
  (problems ?? []).map(({ code, params }) => (params ? { code, params } : { code }));

function aDraft(overrides: Partial<StrategyDraft> = {}, strategy: Partial<StrategyDraft['strategy']> = {}): StrategyDraft {
  return {
    strategy: {
      year: 2023,
      title: 'DUS 2023',
      deadlines: [{ title: 'Afleveres til direktionen', date: '2022-12-01' }],
      minimumGoalContent: ['purpose', 'activities'],
      goalTemplate: 'sections',
      ...strategy
    },
    tracks: [
      { id: 1, kind: 'track', number: 1, title: 'Den røde tråd fra politik til virkning for borgeren' },
      { id: 2, kind: 'track', number: 2, title: 'God ledelse og en bæredygtig organisation' },
      { kind: 'theme', title: 'Det Fælles Vi' }
    ],
    requirements: [{ id: 5, number: 1, title: 'Lokale mål for sygefravær', appliesTo: 'agreement' }],
    ...overrides
  };
}

describe('validateStrategy', () => {
  it('accepts a sound DUS', () => {
    expect(validateStrategy(aDraft(), [2020, 2022])).toMatchObject({ valid: true, problems: [] });
  });

  it('wants a year between 2000 and 2100 that no other DUS has', () => {
    expect(at(validateStrategy(aDraft({}, { year: 1999 }), []).byField.year)).toEqual([{ code: 'yearRange', params: { min: 2000, max: 2100 } }]);
    expect(validateStrategy(aDraft({}, { year: 2101 }), []).byField.year).toHaveLength(1);
    expect(validateStrategy(aDraft({}, { year: Number.NaN }), []).byField.year).toHaveLength(1);
    expect(validateStrategy(aDraft({}, { year: 2023.5 }), []).byField.year).toHaveLength(1);
    expect(at(validateStrategy(aDraft(), [2022, 2023]).byField.year)).toEqual([{ code: 'yearTaken', params: { year: 2023 } }]);
  });

  it('lets yearTo equal the year or come after it, never before', () => {
    expect(validateStrategy(aDraft({}, { yearTo: 2023 }), []).valid).toBe(true);
    expect(validateStrategy(aDraft({}, { year: 2016, yearTo: 2017 }), []).valid).toBe(true);
    expect(at(validateStrategy(aDraft({}, { yearTo: 2022 }), []).byField.yearTo)).toEqual([{ code: 'yearToRange', params: { min: 2023, max: 2027 } }]);
  });

  it('requires a title within one line', () => {
    expect(at(validateStrategy(aDraft({}, { title: '  ' }), []).byField.title)).toEqual([{ code: 'required' }]);
    expect(validateStrategy(aDraft({}, { title: 'x'.repeat(256) }), []).byField.title?.[0].code).toBe('tooLongLine');
    expect(validateStrategy(aDraft({}, { title: 'x'.repeat(255) }), []).valid).toBe(true);
  });

  it('checks each deadline: a title and a real date when one is given', () => {
    const result = validateStrategy(
      aDraft({}, { deadlines: [{ title: '' }, { title: 'Opfølgning på aftalen', date: '2024-02-30' }, { title: 'Kontraktdialog' }] }),
      []
    );
    expect(at(result.byField['deadline.0.title'])).toEqual([{ code: 'required' }]);
    expect(at(result.byField['deadline.1.date'])).toEqual([{ code: 'dateInvalid', params: { value: '2024-02-30' } }]);
    expect(result.byField['deadline.2.title']).toBeUndefined();
    expect(result.problems).toHaveLength(2);
  });

  it('wants track numbers unique per kind, whole and not negative; unnumbered themes are fine', () => {
    const tracks = aDraft().tracks;
    const dup = validateStrategy(
      aDraft({ tracks: [...tracks, { kind: 'track', number: 2, title: 'Tredje' }, { kind: 'focusArea', number: 2, title: 'Indsatsområde' }] }),
      []
    );
    expect(at(dup.byField['track.3.number'])).toEqual([{ code: 'trackNumberTaken', params: { number: 2, kind: 'track' } }]);
    expect(dup.byField['track.4.number']).toBeUndefined();
    expect(at(validateStrategy(aDraft({ tracks: [{ kind: 'track', number: Number.NaN, title: 'A' }] }), []).byField['track.0.number'])).toEqual([
      { code: 'notANumber' }
    ]);
    expect(at(validateStrategy(aDraft({ tracks: [{ kind: 'track', number: -1, title: 'A' }] }), []).byField['track.0.number'])).toEqual([
      { code: 'wholeNumber' }
    ]);
    expect(
      validateStrategy(
        aDraft({
          tracks: [
            { kind: 'theme', title: 'A' },
            { kind: 'theme', title: 'B' }
          ]
        }),
        []
      ).valid
    ).toBe(true);
  });

  it('requires track and requirement titles within one line', () => {
    const result = validateStrategy(
      aDraft({ tracks: [{ kind: 'theme', title: ' ' }], requirements: [{ number: 1, title: 'k'.repeat(256), appliesTo: 'goal' }] }),
      []
    );
    expect(at(result.byField['track.0.title'])).toEqual([{ code: 'required' }]);
    expect(result.byField['requirement.0.title']?.[0].code).toBe('tooLongLine');
  });

  it('wants requirement numbers present and unique, and a valid scope', () => {
    const result = validateStrategy(
      aDraft({
        requirements: [
          { number: 1, title: 'A', appliesTo: 'agreement' },
          { number: 1, title: 'B', appliesTo: 'goal' },
          { number: undefined as unknown as number, title: 'C', appliesTo: 'agreement' },
          { number: 4, title: 'D', appliesTo: 'everything' as 'goal' }
        ]
      }),
      []
    );
    expect(at(result.byField['requirement.1.number'])).toEqual([{ code: 'requirementNumberTaken', params: { number: 1 } }]);
    expect(at(result.byField['requirement.2.number'])).toEqual([{ code: 'required' }]);
    expect(at(result.byField['requirement.3.appliesTo'])).toEqual([{ code: 'scopeMissing' }]);
  });
});

describe('trackRemovalProblem', () => {
  it('refuses a track that goals use, naming how many', () => {
    expect(trackRemovalProblem({ kind: 'track', title: 'God ledelse' }, 3, 1)).toEqual({
      field: 'track.1.title',
      code: 'trackInUse',
      params: { kind: 'track', title: 'God ledelse', goals: 3 }
    });
    expect(trackRemovalProblem({ kind: 'track', title: 'Ubrugt' }, 0, 0)).toBeUndefined();
  });
});
