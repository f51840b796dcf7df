// Requirement coverage: for each of the year's requirements ("Krav til kontrakter og aftaler"),
// which goals of an agreement cover it, and which requirements no goal covers yet.
import type { Goal, Requirement } from './types';

export type CoverageGoal = Pick<Goal, 'id' | 'title' | 'number' | 'requirementIds'>;

export interface RequirementCoverageRow<G extends CoverageGoal = CoverageGoal> {
  requirement: Requirement;
  /** Goals that name the requirement, in goal order. */
  coveringGoals: G[];
  /** For a requirement that applies to every goal: the goals that do not name it. Empty for an
   * agreement-level requirement. */
  goalsMissing: G[];
  covered: boolean;
}

export interface RequirementCoverage<G extends CoverageGoal = CoverageGoal> {
  rows: RequirementCoverageRow<G>[];
  missing: Requirement[];
  coveredCount: number;
}

/** An agreement-level requirement is covered when at least one goal names it; a goal-level one
 * when every goal names it (and there is at least one goal). */
export function requirementCoverage<G extends CoverageGoal>(requirements: Requirement[], goals: G[]): RequirementCoverage<G> {
  const orderedGoals = [...goals].sort(byGoalNumber);
  const rows = [...requirements]
    .sort((a, b) => a.number - b.number)
    .map((requirement): RequirementCoverageRow<G> => {
      const coveringGoals = orderedGoals.filter((g) => g.requirementIds.includes(requirement.id));
      if (requirement.appliesTo === 'goal') {
        const goalsMissing = orderedGoals.filter((g) => !g.requirementIds.includes(requirement.id));
        return { requirement, coveringGoals, goalsMissing, covered: orderedGoals.length > 0 && goalsMissing.length === 0 };
      }
      return { requirement, coveringGoals, goalsMissing: [], covered: coveringGoals.length > 0 };
    });
  const missing = rows.filter((r) => !r.covered).map((r) => r.requirement);
  return { rows, missing, coveredCount: rows.length - missing.length };
}

/** Goals in their document order: numbered goals by number, unnumbered ones after, by id. */
export function byGoalNumber(a: Pick<Goal, 'id' | 'number'>, b: Pick<Goal, 'id' | 'number'>): number {
  const an = a.number ?? Number.MAX_SAFE_INTEGER;
  const bn = b.number ?? Number.MAX_SAFE_INTEGER;
  return an !== bn ? an - bn : a.id - b.id;
}
