import { describe, expect, it } from '@jest/globals';
import { copyClientIds } from '../../../src/data/repositories/clientId';
import { copyStrategy, copyTargetYear, shiftDateByYears, type StrategySource } from '../../../src/domain/strategyCopy';
import { validateStrategy } from '../../../src/domain/strategyValidation';

const source: StrategySource = {
  strategy: {
    id: 7,
    year: 2023,
    title: 'Direktionens udviklingsstrategi 2023',
    vision: 'Mennesker møder mennesker',
    intro: 'DUS for 2023 består af to spor.',
    deadlines: [
      { title: 'Afleveres til direktionen', date: '2022-12-01' },
      { title: 'Kontraktdialog' },
      { title: 'Opfølgning på aftalen', date: '2024-02-29' }
    ],
    minimumGoalContent: ['purpose', 'activities', 'followUpMethod', 'citizenImpact'],
    goalTemplate: 'sections'
  },
  tracks: [
    { id: 11, strategyId: 7, kind: 'track', number: 1, title: 'Den røde tråd fra politik til virkning for borgeren' },
    { id: 12, strategyId: 7, kind: 'theme', title: 'Det Fælles Vi', description: 'Tværgående' }
  ],
  requirements: [{ id: 21, strategyId: 7, number: 3, title: 'Lokale mål for fastholdelse af et lavt sygefravær', appliesTo: 'agreement' }]
};

describe('shiftDateByYears', () => {
  it('moves a date by whole years, 29 February to 28 February when the year has none', () => {
    expect(shiftDateByYears('2022-12-01', 1)).toBe('2023-12-01');
    expect(shiftDateByYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDateByYears('2023-02-28', 1)).toBe('2024-02-28');
    expect(shiftDateByYears('2023-03-31', 2)).toBe('2025-03-31');
  });
});

describe('copyStrategy', () => {
  const copy = copyStrategy(source, copyClientIds);

  it("makes next year's DUS with the year in the title moved and every date a year later", () => {
    expect(copy.strategy).toMatchObject({
      year: 2024,
      title: 'Direktionens udviklingsstrategi 2024',
      vision: source.strategy.vision,
      intro: source.strategy.intro,
      minimumGoalContent: source.strategy.minimumGoalContent,
      goalTemplate: 'sections'
    });
    expect(copy.strategy.deadlines).toEqual([
      { title: 'Afleveres til direktionen', date: '2023-12-01' },
      { title: 'Kontraktdialog' },
      { title: 'Opfølgning på aftalen', date: '2025-02-28' }
    ]);
  });

  it('copies tracks and requirements as new items without ids or strategy', () => {
    expect(copy.tracks).toEqual([
      { kind: 'track', number: 1, title: 'Den røde tråd fra politik til virkning for borgeren', clientId: copyClientIds.track(11, 2024) },
      { kind: 'theme', title: 'Det Fælles Vi', description: 'Tværgående', clientId: copyClientIds.track(12, 2024) }
    ]);
    expect(copy.requirements).toEqual([
      { number: 3, title: 'Lokale mål for fastholdelse af et lavt sygefravær', appliesTo: 'agreement', clientId: copyClientIds.requirement(21, 2024) }
    ]);
  });

  it('derives every ClientId from the source item and the year, so a repeat finds the first copy', () => {
    expect(copyStrategy(source, copyClientIds)).toEqual(copy);
    expect(copy.strategy.clientId).toBe(copyClientIds.strategy(7, 2024));
    expect(copyStrategy({ ...source, strategy: { ...source.strategy, year: 2024 } }, copyClientIds).strategy.clientId).not.toBe(copy.strategy.clientId);
  });

  it('moves a two-year frame by two years, after its last year', () => {
    const frame = {
      ...source,
      strategy: { ...source.strategy, year: 2016, yearTo: 2017, title: 'Virksomhedsplan 2016-2017', deadlines: [{ title: 'Opfølgning', date: '2017-12-15' }] }
    };
    expect(copyTargetYear(frame.strategy)).toBe(2018);
    expect(copyStrategy(frame, copyClientIds).strategy).toMatchObject({
      year: 2018,
      yearTo: 2019,
      title: 'Virksomhedsplan 2018-2019',
      deadlines: [{ title: 'Opfølgning', date: '2019-12-15' }]
    });
  });

  it('gives a copy that passes validation next to the source year', () => {
    expect(validateStrategy(copy, [2023]).valid).toBe(true);
  });
});
