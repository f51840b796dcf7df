import { describe, expect, it } from '@jest/globals';
import { requirementCoverage, type Requirement } from '../../../src/domain';
import { materialise, seedMunicipalities } from '../../../seed';

const req = (id: number, number: number, appliesTo: Requirement['appliesTo'] = 'agreement'): Requirement => ({
  id,
  strategyId: 1,
  number,
  title: `Krav ${number}`,
  appliesTo
});
const goal = (id: number, number: number | undefined, requirementIds: number[]) => ({ id, number, title: `Mål ${id}`, requirementIds });

describe('requirementCoverage', () => {
  it('lists the covering goals per requirement and the requirements no goal covers', () => {
    const coverage = requirementCoverage([req(2, 2), req(1, 1), req(3, 3)], [goal(11, 2, [1, 3]), goal(10, 1, [1])]);
    expect(coverage.rows.map((r) => [r.requirement.number, r.coveringGoals.map((g) => g.id), r.covered])).toEqual([
      [1, [10, 11], true],
      [2, [], false],
      [3, [11], true]
    ]);
    expect(coverage.missing.map((r) => r.id)).toEqual([2]);
    expect(coverage.coveredCount).toBe(2);
  });

  it('needs every goal to name a goal-level requirement, and names the goals that do not', () => {
    const coverage = requirementCoverage([req(5, 1, 'goal')], [goal(1, 1, [5]), goal(2, 2, [])]);
    expect(coverage.rows[0].covered).toBe(false);
    expect(coverage.rows[0].goalsMissing.map((g) => g.id)).toEqual([2]);
    expect(requirementCoverage([req(5, 1, 'goal')], [goal(1, 1, [5])]).rows[0].covered).toBe(true);
    expect(requirementCoverage([req(5, 1, 'goal')], []).rows[0].covered).toBe(false);
  });

  it('on the 2023 agreement of Staben Økonomi, Digitalisering og Indkøb: goals 1-6 cover the six requirements in order', () => {
    const sk = materialise(seedMunicipalities[0]);
    const strategy = sk.strategies.find((s) => s.year === 2023);
    const agreement = sk.agreements.find((a) => a.year === 2023);
    expect(strategy).toBeDefined();
    expect(agreement).toBeDefined();
    const requirements = sk.requirements.filter((r) => r.strategyId === strategy?.id);
    const goals = sk.goals.filter((g) => g.agreementId === agreement?.id);
    const coverage = requirementCoverage(requirements, goals);
    expect(requirements).toHaveLength(6);
    expect(coverage.missing).toEqual([]);
    expect(coverage.rows.map((r) => r.coveringGoals.map((g) => g.number))).toEqual([[1], [2], [3], [4], [5], [6]]);
  });

  it('on the 2022 frame: an agreement with no linked goals misses all five requirements', () => {
    const sk = materialise(seedMunicipalities[0]);
    const strategy = sk.strategies.find((s) => s.year === 2022);
    const requirements = sk.requirements.filter((r) => r.strategyId === strategy?.id);
    expect(requirements).toHaveLength(5);
    expect(requirementCoverage(requirements, []).missing.map((r) => r.title)).toEqual(requirements.map((r) => r.title));
  });
});
