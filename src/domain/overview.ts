// The organisation overview (Overblik): every department of a year as a tree, its agreement's
// stage, goals per track (the heat map), requirements missing, lateness and outcomes. Pure rules:
// the service loads the lists, this module decides.
import type {
  Agreement,
  Department,
  DepartmentKind,
  Goal,
  ISODate,
  OutcomeCode,
  Requirement,
  StageCode,
  StageConfiguration,
  Strategy,
  StrategyDeadline,
  Track
} from './types';
import { requirementCoverage } from './coverage';
import { goalInYear, pickCovering } from './yearSpan';

/** The goal fields the overview needs: no long texts. */
export type OverviewGoal = Pick<
  Goal,
  | 'id'
  | 'agreementId'
  | 'departmentId'
  | 'year'
  | 'number'
  | 'title'
  | 'trackIds'
  | 'requirementIds'
  | 'sharedWithDepartmentIds'
  | 'stage'
  | 'outcome'
  | 'misfiled'
>;

/** The units that sign an agreement (GLOSSARY "Kontraktholder / aftaleholder": a stab,
 * fagsekretariat, afdeling or institution). Teams work inside their afdeling's agreement, so a
 * team without an agreement is not late and lacks no requirement. */
export const AGREEMENT_HOLDER_KINDS: readonly DepartmentKind[] = ['staff', 'secretariat', 'department', 'institution'];

export function holdsAgreement(department: Pick<Department, 'kind' | 'active'>): boolean {
  return department.active && AGREEMENT_HOLDER_KINDS.includes(department.kind);
}

/**
 * The date an agreement is due. The seeds' only dated process (the 2020 agreement's "Aftalens
 * tilblivelse") ends with "Afleveres til direktionen 03. december 2019": the day the agreement
 * leaves the department for the board. So the strategy's deadline whose title speaks of handing
 * over ("afleveres", "aflevering") is the due date; a strategy that names no such step falls back
 * to its latest dated deadline (the end of the process it sets). Undated deadlines never count.
 */
export function agreementDueDate(deadlines: readonly StrategyDeadline[]): ISODate | undefined {
  const dated = deadlines.filter((d): d is StrategyDeadline & { date: ISODate } => typeof d.date === 'string' && d.date !== '');
  const handOver = dated.filter((d) => /aflever/i.test(d.title));
  const pool = handOver.length > 0 ? handOver : dated;
  return pool
    .map((d) => d.date)
    .sort()
    .pop();
}

/**
 * The stage an agreement has reached once it is handed to the board: the last review stage before
 * the first approved stage (Skanderborg: "Til godkendelse i direktionen"; Albertslund: "Til
 * godkendelse"), or the approved stage when the chain has no review.
 */
export function deliveredStage(config: StageConfiguration): StageCode | undefined {
  const approvedIndex = config.stages.findIndex((s) => s.kind === 'approved');
  if (approvedIndex < 0) return undefined;
  const reviews = config.stages.slice(0, approvedIndex).filter((s) => s.kind === 'review');
  return reviews.length > 0 ? reviews[reviews.length - 1].code : config.stages[approvedIndex].code;
}

/** yyyy-mm-dd of a date in local time (the municipality's calendar day, not UTC's). */
export function isoDay(date: Date): ISODate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Late: the due date has passed (today is after it) and the agreement has not reached the
 * delivered stage, or there is no agreement at all. An agreement returned to draft is late again.
 */
export function isAgreementLate(
  agreement: Pick<Agreement, 'stage'> | undefined,
  dueDate: ISODate | undefined,
  config: StageConfiguration,
  today: Date
): boolean {
  if (dueDate === undefined || isoDay(today) <= dueDate) return false;
  if (!agreement) return true;
  const delivered = deliveredStage(config);
  const index = (code: StageCode | undefined): number => config.stages.findIndex((s) => s.code === code);
  // A stage code the configuration does not know cannot be placed; it is not called late.
  const at = index(agreement.stage);
  return at >= 0 && at < index(delivered);
}

export interface OverviewRow {
  department: Department;
  /** 0 at the top of the tree. */
  depth: number;
  holdsAgreement: boolean;
  agreement: Agreement | undefined;
  /** The department's own goals (of its own agreement). A partner's shared goal naming it is not
   * one of them (issue #17.8): a unit without an agreement gets no goals and no heat from it. */
  goalCount: number;
  /** Own goals per track column, in `Overview.tracks` order. */
  trackCounts: number[];
  /** Shared goals (fællesmål) of other departments that name this one, shown apart. */
  sharedCount: number;
  /** Requirements not covered; for a holder without an agreement, all of them. Empty for teams. */
  missingRequirements: Requirement[];
  late: boolean;
  outcomes: Partial<Record<OutcomeCode, number>>;
}

export interface StageCount {
  stage: StageCode | 'none';
  departments: number;
  goals: number;
}

export interface Overview {
  year: number;
  strategy: Strategy | undefined;
  /** Track columns of the heat map: tracks, focus areas, then themes, by number. */
  tracks: Track[];
  requirements: Requirement[];
  dueDate: ISODate | undefined;
  /** Departments in tree order (parent before its children, siblings by title). */
  rows: OverviewRow[];
  /** Per configured stage (and 'none' for holders without an agreement). */
  stageCounts: StageCount[];
  /** The year's goals by id with their stored Stage, for the chart's verified counts. */
  goalStages: Array<{ id: number; stage: StageCode }>;
  /** Goals per track over the whole year (a shared goal counts once). */
  goalsPerTrack: number[];
  outcomes: Partial<Record<OutcomeCode, number>>;
  lateCount: number;
  /** Goals of the year (a shared goal counts once). */
  goalTotal: number;
}

export interface OverviewInput {
  year: number;
  departments: Department[];
  agreements: Agreement[];
  goals: OverviewGoal[];
  strategy: Strategy | undefined;
  tracks: Track[];
  requirements: Requirement[];
  config: StageConfiguration;
  today: Date;
}

const KIND_ORDER: Readonly<Record<Track['kind'], number>> = { track: 0, focusArea: 1, theme: 2 };

export function orderTracks(tracks: readonly Track[]): Track[] {
  return [...tracks].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.number ?? 0) - (b.number ?? 0) || a.id - b.id);
}

/** Departments in tree order with their depth. A parent that is missing or forms a cycle puts the
 * unit at the top rather than losing it. */
export function departmentTree(departments: readonly Department[]): Array<{ department: Department; depth: number }> {
  const ids = new Set(departments.map((d) => d.id));
  const children = new Map<number | undefined, Department[]>();
  for (const d of departments) {
    const parent = d.parentId !== undefined && ids.has(d.parentId) && d.parentId !== d.id ? d.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const out: Array<{ department: Department; depth: number }> = [];
  const seen = new Set<number>();
  const walk = (parent: number | undefined, depth: number): void => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'da'));
    for (const d of list) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      out.push({ department: d, depth });
      walk(d.id, depth + 1);
    }
  };
  walk(undefined, 0);
  // Units caught in a parent cycle are never reached from the top: list them at depth 0.
  for (const d of departments) if (!seen.has(d.id)) out.push({ department: d, depth: 0 });
  return out;
}

function countOutcomes(goals: readonly OverviewGoal[]): Partial<Record<OutcomeCode, number>> {
  const counts: Partial<Record<OutcomeCode, number>> = {};
  for (const g of goals) if (g.outcome) counts[g.outcome] = (counts[g.outcome] ?? 0) + 1;
  return counts;
}

export function buildOverview(input: OverviewInput): Overview {
  const tracks = orderTracks(input.tracks);
  const requirements = [...input.requirements].sort((a, b) => a.number - b.number);
  const dueDate = agreementDueDate(input.strategy?.deadlines ?? []);
  // What SharePoint holds outside its department's folder is not that department's (filing.ts).
  // A multi-year agreement (and its goals, stored under its first year) belongs to every year it covers.
  const yearGoals = input.goals.filter((g) => goalInYear(g, input.year, input.agreements) && g.misfiled === undefined);
  const rows = departmentTree(input.departments).map(({ department, depth }): OverviewRow => {
    const agreement = pickCovering(
      input.agreements.filter((a) => a.departmentId === department.id && a.misfiled === undefined),
      input.year
    );
    const own = yearGoals.filter((g) => g.departmentId === department.id);
    const shared = yearGoals.filter((g) => g.departmentId !== department.id && g.sharedWithDepartmentIds.includes(department.id));
    const holder = holdsAgreement(department);
    // A shared goal still covers the partner's requirements, but only in an agreement of its own.
    const missingRequirements = !holder ? [] : agreement ? requirementCoverage(requirements, [...own, ...shared]).missing : requirements;
    return {
      department,
      depth,
      holdsAgreement: holder,
      agreement,
      goalCount: own.length,
      trackCounts: tracks.map((t) => own.filter((g) => g.trackIds.includes(t.id)).length),
      sharedCount: shared.length,
      missingRequirements,
      late: holder && isAgreementLate(agreement, dueDate, input.config, input.today),
      outcomes: countOutcomes(own)
    };
  });
  const stageCounts: StageCount[] = input.config.stages.map((s) => ({
    stage: s.code,
    departments: rows.filter((r) => r.agreement?.stage === s.code).length,
    goals: yearGoals.filter((g) => g.stage === s.code).length
  }));
  stageCounts.push({ stage: 'none', departments: rows.filter((r) => r.holdsAgreement && !r.agreement).length, goals: 0 });
  return {
    year: input.year,
    strategy: input.strategy,
    tracks,
    requirements,
    dueDate,
    rows,
    stageCounts,
    goalStages: yearGoals.map((g) => ({ id: g.id, stage: g.stage })),
    goalsPerTrack: tracks.map((t) => yearGoals.filter((g) => g.trackIds.includes(t.id)).length),
    outcomes: countOutcomes(yearGoals),
    lateCount: rows.filter((r) => r.late).length,
    goalTotal: yearGoals.length
  };
}

/** Heat level 0-4 of a count relative to the largest count in the map (0 only for zero). */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
