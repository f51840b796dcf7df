import { describe, expect, it } from '@jest/globals';
import { GOAL_CONTENT_LABELS } from '../../../src/domain';
import { trackRemovalMessage, validateStrategy, type StrategyDraft } from '../../../src/domain/strategyValidation';
import { loadLocale } from '../../helpers/locales';

function aDraft(overrides: Partial<StrategyDraft> = {}, strategy: Partial<StrategyDraft['strategy']> = {}): StrategyDraft {
  return {
    strategy: {
      year: 2023, title: 'DUS 2023', deadlines: [{ title: 'Afleveres til direktionen', date: '2022-12-01' }],
      minimumGoalContent: ['purpose', 'activities'], goalTemplate: 'sections', ...strategy
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
    expect(validateStrategy(aDraft(), [2020, 2022])).toMatchObject({ valid: true, messages: [] });
  });

  it('wants a year between 2000 and 2100 that no other DUS has', () => {
    expect(validateStrategy(aDraft({}, { year: 1999 }), []).byField.year).toEqual(['»År« skal være et årstal mellem 2000 og 2100.']);
    expect(validateStrategy(aDraft({}, { year: 2101 }), []).byField.year).toHaveLength(1);
    expect(validateStrategy(aDraft({}, { year: Number.NaN }), []).byField.year).toHaveLength(1);
    expect(validateStrategy(aDraft({}, { year: 2023.5 }), []).byField.year).toHaveLength(1);
    expect(validateStrategy(aDraft(), [2022, 2023]).byField.year).toEqual(['Der findes allerede en DUS for 2023. Hvert år har én DUS; ret den i stedet.']);
  });

  it('lets yearTo equal the year or come after it, never before', () => {
    expect(validateStrategy(aDraft({}, { yearTo: 2023 }), []).valid).toBe(true);
    expect(validateStrategy(aDraft({}, { year: 2016, yearTo: 2017 }), []).valid).toBe(true);
    expect(validateStrategy(aDraft({}, { yearTo: 2022 }), []).byField.yearTo).toEqual(['»Til og med år« skal være et årstal fra 2023 til 2027, eller tomt for en etårig DUS.']);
  });

  it('requires a title within one line', () => {
    expect(validateStrategy(aDraft({}, { title: '  ' }), []).byField.title).toEqual(['»Titel« skal udfyldes.']);
    expect(validateStrategy(aDraft({}, { title: 'x'.repeat(256) }), []).byField.title?.[0]).toMatch(/^»Titel« må højst have 255 tegn/);
    expect(validateStrategy(aDraft({}, { title: 'x'.repeat(255) }), []).valid).toBe(true);
  });

  it('checks each deadline: a title and a real date when one is given', () => {
    const result = validateStrategy(aDraft({}, { deadlines: [{ title: '' }, { title: 'Opfølgning på aftalen', date: '2024-02-30' }, { title: 'Kontraktdialog' }] }), []);
    expect(result.byField['deadline.0.title']).toEqual(['»Frist 1, titel« skal udfyldes.']);
    expect(result.byField['deadline.1.date']).toEqual(['Frist 2: datoen "2024-02-30" er ikke en gyldig dato (åååå-mm-dd).']);
    expect(result.byField['deadline.2.title']).toBeUndefined();
    expect(result.messages).toHaveLength(2);
  });

  it('wants track numbers unique per kind, whole and not negative; unnumbered themes are fine', () => {
    const tracks = aDraft().tracks;
    const dup = validateStrategy(aDraft({ tracks: [...tracks, { kind: 'track', number: 2, title: 'Tredje' }, { kind: 'focusArea', number: 2, title: 'Indsatsområde' }] }), []);
    expect(dup.byField['track.3.number']).toEqual(['Udviklingsspor 4: nummer 2 er allerede brugt af en anden af typen »Udviklingsspor«.']);
    expect(dup.byField['track.4.number']).toBeUndefined();
    expect(validateStrategy(aDraft({ tracks: [{ kind: 'track', number: Number.NaN, title: 'A' }] }), []).byField['track.0.number']).toEqual(['»Udviklingsspor 1, nummer« skal være et tal, fx 2.']);
    expect(validateStrategy(aDraft({ tracks: [{ kind: 'track', number: -1, title: 'A' }] }), []).byField['track.0.number']).toEqual(['»Udviklingsspor 1, nummer« skal være et helt tal på 0 eller derover.']);
    expect(validateStrategy(aDraft({ tracks: [{ kind: 'theme', title: 'A' }, { kind: 'theme', title: 'B' }] }), []).valid).toBe(true);
  });

  it('requires track and requirement titles within one line', () => {
    const result = validateStrategy(aDraft({ tracks: [{ kind: 'theme', title: ' ' }], requirements: [{ number: 1, title: 'k'.repeat(256), appliesTo: 'goal' }] }), []);
    expect(result.byField['track.0.title']).toEqual(['»Tværgående tema 1, titel« skal udfyldes.']);
    expect(result.byField['requirement.0.title']?.[0]).toMatch(/^»Krav 1, titel« må højst have 255 tegn/);
  });

  it('wants requirement numbers present and unique, and a valid scope', () => {
    const result = validateStrategy(aDraft({
      requirements: [
        { number: 1, title: 'A', appliesTo: 'agreement' },
        { number: 1, title: 'B', appliesTo: 'goal' },
        { number: undefined as unknown as number, title: 'C', appliesTo: 'agreement' },
        { number: 4, title: 'D', appliesTo: 'everything' as 'goal' }
      ]
    }), []);
    expect(result.byField['requirement.1.number']).toEqual(['Krav 2: nummer 1 er allerede brugt af et andet krav.']);
    expect(result.byField['requirement.2.number']).toEqual(['»Krav 3, nummer« skal udfyldes.']);
    expect(result.byField['requirement.3.appliesTo']).toEqual(['Krav 4: vælg om kravet gælder aftalen eller hvert mål.']);
  });
});

describe('trackRemovalMessage', () => {
  it('refuses a track that goals use, naming how many', () => {
    expect(trackRemovalMessage({ kind: 'track', title: 'God ledelse' }, 3)).toBe('Udviklingsspor »God ledelse« kan ikke fjernes: 3 udviklingsmål bruger det. Fjern det fra målene først, eller ret titlen i stedet.');
    expect(trackRemovalMessage({ kind: 'theme', title: 'Det Fælles Vi' }, 1)).toContain('1 udviklingsmål bruger det');
    expect(trackRemovalMessage({ kind: 'track', title: 'Ubrugt' }, 0)).toBeUndefined();
  });
});

describe('the DUS form\'s minimum-content labels', () => {
  it('are the domain\'s labels in Danish, so the form and the validation messages agree', () => {
    expect(loadLocale('da-dk').StrategyAdmin.ContentFields).toEqual(GOAL_CONTENT_LABELS);
  });
});
