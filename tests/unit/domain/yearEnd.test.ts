import { describe, expect, it } from '@jest/globals';
import {
  carryOverGoal,
  evaluateTarget,
  evidenceDelivered,
  goalLineage,
  missingLineageId,
  outcomeProblems,
  parseDanishDecimal,
  SKANDERBORG_STAGES,
  summarizeOrganisation,
  summarizeOutcomes,
  targetMet,
  type Goal,
  type LineageGoal
} from '../../../src/domain';
import { albertslund } from '../../../seed/albertslund';
import { aGoal } from './fixtures';

describe('outcome summary', () => {
  it('counts every outcome and the goals not yet followed up', () => {
    const s = summarizeOutcomes([{ outcome: 'achieved' }, { outcome: 'achieved' }, { outcome: 'continued' }, { outcome: undefined }]);
    expect(s).toEqual({
      counts: { achieved: 2, partlyAchieved: 0, notAchieved: 0, changed: 0, dropped: 0, continued: 1 },
      notFollowedUp: 1,
      total: 4
    });
  });

  it("reproduces Albertslund's 2015 follow-up: 28 goals, 21 with a verdict", () => {
    const goals2015 = albertslund.goals.filter((g) => g.agreementKey === 'al-maal-2015');
    const s = summarizeOutcomes(goals2015);
    expect(s.total).toBe(28);
    expect(s.counts).toEqual({ achieved: 7, partlyAchieved: 3, notAchieved: 3, changed: 1, dropped: 1, continued: 6 });
    expect(s.notFollowedUp).toBe(7);
  });

  it('sums per owning department and for the organisation', () => {
    const s = summarizeOrganisation([
      { departmentId: 2, outcome: 'achieved' },
      { departmentId: 1, outcome: 'notAchieved' },
      { departmentId: 2, outcome: undefined }
    ]);
    expect(s.organisation.total).toBe(3);
    expect(s.departments.map((d) => [d.departmentId, d.summary.total, d.summary.counts.achieved, d.summary.notFollowedUp])).toEqual([
      [1, 1, 0, 0],
      [2, 2, 1, 1]
    ]);
  });
});

describe('target against actual', () => {
  const sick = { value: 2.8, unit: '%', direction: 'atMost' as const, baseline: 2.8, baselineYear: 2021 };

  it('words the sick-leave target the Danish way and says it was not met at 3,1', () => {
    expect(evaluateTarget({ ...sick, actual: 3.1 })).toMatchObject({ verdict: 'notMet', text: 'Mål: højst 2,8 pct. – faktisk 3,1 pct.' });
    expect(evaluateTarget({ ...sick, actual: 2.8 }).verdict).toBe('met');
    expect(evaluateTarget(sick)).toMatchObject({ verdict: 'notMeasured', text: 'Mål: højst 2,8 pct. – faktisk ikke målt' });
  });

  it('judges each direction, with 2,80 equal to 2,8', () => {
    expect(targetMet({ value: 10, direction: 'atLeast' }, 9.99)).toBe(false);
    expect(targetMet({ value: 10, direction: 'atLeast' }, 10)).toBe(true);
    expect(targetMet({ value: 5, direction: 'exactly' }, 5.0001)).toBe(true);
    expect(targetMet({ value: 5, direction: 'exactly' }, 5.1)).toBe(false);
    expect(targetMet({ value: 2.8, direction: 'atMost' }, 2.8000000001)).toBe(true);
    expect(evaluateTarget({ value: 50, unit: 'mål', direction: 'atLeast', actual: 61 }).text).toBe('Mål: mindst 50 mål – faktisk 61 mål');
  });

  it('reads Danish decimals and refuses what is not a number, in Danish', () => {
    expect(parseDanishDecimal('2,8')).toEqual({ ok: true, value: 2.8 });
    expect(parseDanishDecimal(' 3.1 ')).toMatchObject({ ok: false, code: 'numberAmbiguous' });
    expect(parseDanishDecimal('-1,25')).toEqual({ ok: true, value: -1.25 });
    expect(parseDanishDecimal('')).toEqual({ ok: true, value: undefined });
    expect(parseDanishDecimal('2,8 %')).toEqual({ ok: false, code: 'numberUnreadable', params: { value: '2,8 %' } });
    expect(parseDanishDecimal('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseDanishDecimal('ca. 3').ok).toBe(false);
  });
});

describe('evidence', () => {
  it('counts delivered items over goals', () => {
    expect(
      evidenceDelivered([
        {
          evidence: [
            { text: 'a', delivered: true },
            { text: 'b', delivered: false }
          ]
        },
        { evidence: [{ text: 'c', delivered: true }] },
        { evidence: [] }
      ])
    ).toEqual({ delivered: 2, total: 3 });
  });
});

describe('lineage', () => {
  const g = (id: number, year: number, continuesFromId?: number): LineageGoal => ({ id, year, title: `Mål ${year}`, departmentId: 1, continuesFromId });

  it('walks back across several years, nearest first', () => {
    const goals = [g(1, 2021), g(2, 2022, 1), g(3, 2023, 2)];
    const byId = new Map(goals.map((x) => [x.id, x]));
    expect(goalLineage(goals[2], byId).map((x) => x.year)).toEqual([2022, 2021]);
    expect(goalLineage(goals[0], byId)).toEqual([]);
  });

  it('stops at a cycle and at a goal it cannot read, and names the one it needs next', () => {
    const cyclic = [g(1, 2021, 3), g(2, 2022, 1), g(3, 2023, 2)];
    const byId = new Map(cyclic.map((x) => [x.id, x]));
    expect(goalLineage(cyclic[2], byId).map((x) => x.id)).toEqual([2, 1]);
    expect(missingLineageId(cyclic[2], byId)).toBeUndefined();
    const partial = new Map([[2, g(2, 2022, 1)]]);
    expect(goalLineage(g(3, 2023, 2), partial).map((x) => x.id)).toEqual([2]);
    expect(missingLineageId(g(3, 2023, 2), partial)).toBe(1);
  });
});

describe('carry-over and recording', () => {
  it('copies the content but not the tracks, requirements, outcome or delivered evidence', () => {
    const goal: Goal = {
      ...aGoal({
        trackIds: [5, 6],
        requirementIds: [7],
        outcome: 'continued',
        outcomeNote: 'Videreføres.',
        evidence: [{ text: 'Plan', delivered: true }],
        target: { value: 2.8, unit: '%', direction: 'atMost', actual: 3.1 }
      }),
      id: 9
    };
    const next = carryOverGoal(goal, { agreementId: 20, year: 2024, initialStage: 'draft', clientId: 'x' });
    expect(next).toMatchObject({
      agreementId: 20,
      year: 2024,
      title: goal.title,
      purpose: goal.purpose,
      trackIds: [],
      requirementIds: [],
      continuesFromId: 9,
      stage: 'draft'
    });
    expect(next.outcome).toBeUndefined();
    expect(next.outcomeNote).toBeUndefined();
    expect(next.evidence).toEqual([{ text: 'Plan', delivered: false }]);
    expect(next.target).toEqual({ value: 2.8, unit: '%', direction: 'atMost', actual: undefined });
  });

  it('lets "Videreføres" be saved before the carry-over but not be closed without it', () => {
    const goal = { id: 9, stage: 'followUp', outcome: 'continued' as const, outcomeNote: 'Arbejdet pågår.' };
    expect(outcomeProblems(SKANDERBORG_STAGES, goal, [], { requireSuccessor: false })).toEqual([]);
    expect(outcomeProblems(SKANDERBORG_STAGES, goal, [])).toHaveLength(1);
  });
});
