import { describe, expect, it } from '@jest/globals';
import { policyKey, trackMatrix, unmarkedTracks, type Track } from '../../../src/domain';
import { materialise, seedMunicipalities } from '../../../seed';

const track = (id: number, kind: Track['kind'], number: number | undefined, title: string): Track => ({ id, strategyId: 1, kind, number, title });

describe('trackMatrix', () => {
  it('orders columns tracks, focus areas, themes, then policies, and marks X per goal', () => {
    const tracks = [track(3, 'theme', undefined, 'Det Fælles Vi'), track(2, 'track', 2, 'Borgerne'), track(1, 'track', 1, 'Folkestyret')];
    const goals = [
      { id: 20, number: 2, title: 'B', trackIds: [2], policies: ['Økonomiske politik'] },
      { id: 10, number: 1, title: 'A', trackIds: [1, 3], policies: [] }
    ];
    const matrix = trackMatrix(goals, tracks, ['Den økonomiske politik']);
    expect(matrix.columns.map((c) => c.title)).toEqual(['Folkestyret', 'Borgerne', 'Det Fælles Vi', 'Den økonomiske politik', 'Økonomiske politik']);
    expect(matrix.rows.map((r) => [r.goal.id, r.marks])).toEqual([
      [10, [true, false, true, false, false]],
      [20, [false, true, false, false, true]]
    ]);
    expect(matrix.totals).toEqual([1, 1, 1, 0, 1]);
    expect(unmarkedTracks(matrix)).toEqual([]);
  });

  it('matches policy spellings that differ only in case, hyphens and spaces', () => {
    expect(policyKey('Digitaliserings- og IT strategien')).toBe(policyKey('Digitaliserings- og IT-strategien'));
    const matrix = trackMatrix(
      [{ id: 1, title: 'A', trackIds: [], policies: ['Digitaliserings- og IT strategien'] }],
      [],
      ['Digitaliserings- og IT-strategien']
    );
    expect(matrix.columns).toHaveLength(1);
    expect(matrix.rows[0].marks).toEqual([true]);
  });

  it('reports tracks no goal marks', () => {
    const matrix = trackMatrix([{ id: 1, title: 'A', trackIds: [1], policies: [] }], [track(1, 'track', 1, 'A'), track(2, 'track', 2, 'B')]);
    expect(unmarkedTracks(matrix).map((c) => c.title)).toEqual(['B']);
  });

  it('reproduces the "Udgangspunkt for målet" tables of the 2020 agreement (000)', () => {
    const sk = materialise(seedMunicipalities[0]);
    const strategy = sk.strategies.find((s) => s.year === 2020);
    const agreement = sk.agreements.find((a) => a.year === 2020);
    const tracks = sk.tracks.filter((t) => t.strategyId === strategy?.id && t.kind === 'track');
    const goals = sk.goals.filter((g) => g.agreementId === agreement?.id);
    const matrix = trackMatrix(goals, tracks);
    expect(matrix.columns.map((c) => c.title)).toEqual([
      'Vores relationer til folkestyret',
      'Vores relationer til borgerne',
      'Vores relationer til hinanden',
      'Digitaliserings- og IT-strategien',
      'Den økonomiske politik'
    ]);
    // X marks exactly as the four goal tables of 2.1-2.4.
    expect(matrix.rows.map((r) => r.marks.map((m) => (m ? 'X' : '')))).toEqual([
      ['X', 'X', 'X', 'X', ''],
      ['', '', 'X', '', ''],
      ['X', '', 'X', '', 'X'],
      ['X', 'X', '', '', '']
    ]);
  });

  it("places each goal of Albertslund's plan 2016-17 (002) under exactly one of its four focus areas", () => {
    const al = materialise(seedMunicipalities[1]);
    const agreement = al.agreements.find((a) => a.year === 2016);
    const strategy = al.strategies.find((s) => s.year === 2016);
    const matrix = trackMatrix(
      al.goals.filter((g) => g.agreementId === agreement?.id),
      al.tracks.filter((t) => t.strategyId === strategy?.id)
    );
    expect(matrix.columns.map((c) => [c.kind, c.number, c.title])).toEqual([
      ['focusArea', 1, 'SMARTere administration'],
      ['focusArea', 2, 'Læring i en netværksbaseret organisation'],
      ['focusArea', 3, 'Fokus på kvaliteten / værdien af vores indsats'],
      ['focusArea', 4, 'Økonomi og Stabs interne udvikling']
    ]);
    // The document has 9, 4, 7 and 5 "Mål:" under the four focus areas.
    expect(matrix.totals).toEqual([9, 4, 7, 5]);
    expect(matrix.rows.every((r) => r.marks.filter(Boolean).length === 1)).toBe(true);
  });
});
