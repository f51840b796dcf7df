// Year end, as pure rules: the outcome summary (per department and for the organisation), a goal's
// target against its actual value, how much of its evidence was delivered, and the lineage of a
// goal carried over from year to year (ContinuesFrom).
import type { Goal, GoalTarget, OutcomeCode, TargetDirection } from './types';
import { OUTCOMES } from './outcomes';

// ---------------------------------------------------------------- Outcome summary

export interface OutcomeSummary {
  /** Goals per recorded outcome; every OutcomeCode is present (0 when none). */
  counts: Record<OutcomeCode, number>;
  /** Goals with no outcome recorded yet ("Ikke fulgt op"). */
  notFollowedUp: number;
  total: number;
}

export interface DepartmentOutcomeSummary {
  departmentId: number;
  summary: OutcomeSummary;
}

export interface OrganisationOutcomeSummary {
  organisation: OutcomeSummary;
  /** Departments with at least one goal, by department id ascending. */
  departments: DepartmentOutcomeSummary[];
}

export function emptyOutcomeSummary(): OutcomeSummary {
  const counts = {} as Record<OutcomeCode, number>;
  for (const o of OUTCOMES) counts[o.code] = 0;
  return { counts, notFollowedUp: 0, total: 0 };
}

function add(summary: OutcomeSummary, outcome: OutcomeCode | undefined): void {
  summary.total += 1;
  if (outcome === undefined) summary.notFollowedUp += 1;
  else summary.counts[outcome] += 1;
}

export function summarizeOutcomes(goals: ReadonlyArray<Pick<Goal, 'outcome'>>): OutcomeSummary {
  const summary = emptyOutcomeSummary();
  for (const g of goals) add(summary, g.outcome);
  return summary;
}

/** Per owning department and for the whole organisation. A shared goal (fællesmål) counts once,
 * for the department that owns it, so the organisation's total is the number of goals. */
export function summarizeOrganisation(goals: ReadonlyArray<Pick<Goal, 'outcome' | 'departmentId'>>): OrganisationOutcomeSummary {
  const organisation = emptyOutcomeSummary();
  const byDepartment = new Map<number, OutcomeSummary>();
  for (const g of goals) {
    add(organisation, g.outcome);
    let own = byDepartment.get(g.departmentId);
    if (!own) {
      own = emptyOutcomeSummary();
      byDepartment.set(g.departmentId, own);
    }
    add(own, g.outcome);
  }
  const departments = Array.from(byDepartment.entries())
    .sort(([a], [b]) => a - b)
    .map(([departmentId, summary]) => ({ departmentId, summary }));
  return { organisation, departments };
}

// ---------------------------------------------------------------- Target against actual

export type TargetVerdict = 'met' | 'notMet' | 'notMeasured';

export interface TargetEvaluation {
  verdict: TargetVerdict;
  direction: TargetDirection;
  value: number;
  actual?: number;
  /** The unit as Danish prose writes it ("%" becomes "pct."). */
  unit: string;
  /** e.g. "Mål: højst 2,8 pct. – faktisk 3,1 pct." (for exports and documents; the UI composes
   * its own text from the localized strings). */
  text: string;
}

const DIRECTION_WORDS: Readonly<Record<TargetDirection, string>> = { atMost: 'højst', atLeast: 'mindst', exactly: 'præcis' };

/** Numbers the Danish way: decimal comma, no thousands separator in the short figures we show. */
export function formatDanishNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return String(rounded).replace('.', ',');
}

export function unitWord(unit: string): string {
  return unit.trim() === '%' ? 'pct.' : unit.trim();
}

/** Equality within the precision people type (three decimals), so 2.8 equals 2.80. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.0005;
}

export function targetMet(target: Pick<GoalTarget, 'value' | 'direction'>, actual: number): boolean {
  switch (target.direction) {
    case 'atMost':
      return actual < target.value || same(actual, target.value);
    case 'atLeast':
      return actual > target.value || same(actual, target.value);
    case 'exactly':
      return same(actual, target.value);
  }
}

export function evaluateTarget(target: GoalTarget): TargetEvaluation {
  const unit = unitWord(target.unit);
  const withUnit = (n: number): string => (unit === '' ? formatDanishNumber(n) : `${formatDanishNumber(n)} ${unit}`);
  const goalText = `Mål: ${DIRECTION_WORDS[target.direction]} ${withUnit(target.value)}`;
  if (target.actual === undefined) {
    return { verdict: 'notMeasured', direction: target.direction, value: target.value, unit, text: `${goalText} – faktisk ikke målt` };
  }
  return {
    verdict: targetMet(target, target.actual) ? 'met' : 'notMet',
    direction: target.direction,
    value: target.value,
    actual: target.actual,
    unit,
    text: `${goalText} – faktisk ${withUnit(target.actual)}`
  };
}

// ---------------------------------------------------------------- Evidence

export interface EvidenceCount {
  delivered: number;
  total: number;
}

export function evidenceDelivered(goals: ReadonlyArray<Pick<Goal, 'evidence'>>): EvidenceCount {
  let delivered = 0;
  let total = 0;
  for (const g of goals) {
    total += g.evidence.length;
    delivered += g.evidence.filter((e) => e.delivered).length;
  }
  return { delivered, total };
}

// ---------------------------------------------------------------- Lineage

export type LineageGoal = Pick<Goal, 'id' | 'title' | 'year' | 'continuesFromId' | 'departmentId'>;

/**
 * The goals `goal` continues, nearest year first (2023's goal gives [2022's, 2021's, ...]). Stops
 * at a goal that is not in `byId` (deleted, or not readable by the user) and at a cycle, which
 * only bad data can make (a goal edited to continue its own successor).
 */
export function goalLineage<G extends LineageGoal>(goal: G, byId: ReadonlyMap<number, G>): G[] {
  const chain: G[] = [];
  const seen = new Set<number>([goal.id]);
  let next = goal.continuesFromId;
  while (next !== undefined && !seen.has(next)) {
    const previous = byId.get(next);
    if (!previous) break;
    chain.push(previous);
    seen.add(previous.id);
    next = previous.continuesFromId;
  }
  return chain;
}

/** The id the walk needs next and does not have yet, or undefined when the chain is complete. */
export function missingLineageId<G extends LineageGoal>(goal: G, byId: ReadonlyMap<number, G>): number | undefined {
  const chain = goalLineage(goal, byId);
  const last = chain.length > 0 ? chain[chain.length - 1] : goal;
  const wanted = last.continuesFromId;
  if (wanted === undefined || wanted === goal.id || chain.some((g) => g.id === wanted)) return undefined;
  return byId.has(wanted) ? undefined : wanted;
}
