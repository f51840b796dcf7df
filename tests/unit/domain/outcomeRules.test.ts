import { describe, expect, it } from '@jest/globals';
import { OUTCOMES, SKANDERBORG_STAGES, canRecordOutcome, carryOverGoal, outcomeFromLabel, outcomeLabel, outcomeProblems, type Goal } from '../../../src/domain';
import { aGoal } from './fixtures';

const c = SKANDERBORG_STAGES;
const saved = (overrides: Partial<Goal> = {}): Goal => ({ ...aGoal(), id: 7, ...overrides });

describe('outcome values', () => {
  it('are the six of the glossary with Danish labels, both ways', () => {
    expect(OUTCOMES.map((o) => o.label)).toEqual(['Nået', 'Delvist nået', 'Ikke nået', 'Ændret', 'Bortfaldet', 'Videreføres']);
    for (const o of OUTCOMES) {
      expect(outcomeFromLabel(outcomeLabel(o.code))).toBe(o.code);
    }
    expect(outcomeFromLabel('Måske')).toBeUndefined();
  });
});

describe('outcome rules', () => {
  it('records an outcome only in the follow-up stage', () => {
    expect(canRecordOutcome(c, { stage: 'followUp' })).toBe(true);
    expect(canRecordOutcome(c, { stage: 'approved' })).toBe(false);
    expect(canRecordOutcome(c, { stage: 'nope' })).toBe(false);
  });

  it('refuses an outcome before year end, naming the stage', () => {
    expect(outcomeProblems(c, saved({ stage: 'approved', outcome: 'achieved' }), [])).toEqual([
      { field: 'outcome', code: 'outcomeTooEarly', params: { stage: 'Godkendt' } }
    ]);
  });

  it('accepts "Nået" without a note in follow-up and keeps it readable when closed', () => {
    expect(outcomeProblems(c, saved({ stage: 'followUp', outcome: 'achieved' }), [])).toEqual([]);
    expect(outcomeProblems(c, saved({ stage: 'closed', outcome: 'achieved' }), [])).toEqual([]);
    expect(outcomeProblems(c, saved({ stage: 'draft' }), [])).toEqual([]);
  });

  it('needs a next-year goal continuing this one for "Videreføres"', () => {
    const goal = saved({ stage: 'followUp', outcome: 'continued', outcomeNote: 'Arbejdet pågår.' });
    expect(outcomeProblems(c, goal, [{ continuesFromId: 99 }])).toEqual([
      { field: 'outcome', code: 'continuedWithoutSuccessor', params: { outcome: 'continued' } }
    ]);
    expect(outcomeProblems(c, goal, [{ continuesFromId: 7 }])).toEqual([]);
  });

  it('asks for a note when a goal was not simply met', () => {
    expect(outcomeProblems(c, saved({ stage: 'followUp', outcome: 'partlyAchieved' }), [])).toEqual([
      { field: 'outcomeNote', code: 'outcomeNoteRequired', params: { outcome: 'partlyAchieved' } }
    ]);
  });
});

describe('carryOverGoal', () => {
  it('copies the content into a draft for next year linked by continuesFromId', () => {
    const goal = saved({
      trackIds: [1],
      requirementIds: [2],
      outcome: 'continued',
      outcomeNote: 'Videreføres',
      evidence: [{ text: 'Digital modenhedsundersøgelse', delivered: true }],
      target: { value: 2.8, unit: 'pct.', direction: 'atMost', actual: 3.1 }
    });
    const next = carryOverGoal(goal, { agreementId: 3, year: 2024, initialStage: 'draft', clientId: 'c-1' });
    expect(next).toMatchObject({ agreementId: 3, year: 2024, stage: 'draft', continuesFromId: 7, clientId: 'c-1', title: goal.title, purpose: goal.purpose });
    expect(next.outcome).toBeUndefined();
    expect(next.outcomeNote).toBeUndefined();
    expect(next.trackIds).toEqual([]);
    expect(next.requirementIds).toEqual([]);
    expect(next.evidence).toEqual([{ text: 'Digital modenhedsundersøgelse', delivered: false }]);
    expect(next.target).toEqual({ value: 2.8, unit: 'pct.', direction: 'atMost', actual: undefined });
  });
});
