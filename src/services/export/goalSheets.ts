// The Excel export as data: sheets of typed cells built from domain data, with no writer library
// in sight, so the rows (X marks, Danish dates, neutralised text) are tested on their own and the
// writer (xlsxWriter.ts) only lays them out.
import type {
  Agreement,
  AuthorityStatus,
  Department,
  Goal,
  ISODate,
  OutcomeCode,
  Requirement,
  StageConfiguration,
  StrategyDeadline,
  Track
} from '../../domain';
import { buildOverview, orderTracks, type Overview } from '../../domain/overview';
import { byGoalNumber } from '../../domain/coverage';
import { goalInYear } from '../../domain/yearSpan';
import { sdgLabel } from '../../domain/sdgs';
import { stageLabel } from '../../domain/stageMachine';
import type { ExportLabels } from './labels';
import { damagedItems, describeDamage } from '../../domain/damage';
import { fitCellLimit } from './cellLimit';
import { checkInSheet, latestStatusCells, latestStatusColumns, type ExportCheckIn } from './checkInSheet';

/** s: text; n: number; d: a calendar day (written as a date cell in Danish format); x: the X mark.
 * `guard` marks text that a spreadsheet could take for a formula (see neutralise). */
export type Cell = { t: 's'; v: string; guard?: true } | { t: 'n'; v: number } | { t: 'd'; v: Date } | { t: 'x' } | null;

export type ColumnKind = 'text' | 'long' | 'number' | 'mark' | 'date';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
  width: number;
}

export interface SheetModel {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
  /** Sentences written below the table, after an empty row (the summary sheet's notes). */
  notes?: string[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
}

export type SheetLayout = 'perDepartment' | 'single';

export interface ExportData {
  year: number;
  /** Export only this department's goals (own and shared); all departments when absent. */
  departmentId?: number;
  departments: Department[];
  agreements: Agreement[];
  goals: Goal[];
  /** Goals that `continuesFromId` may name (last year's), for their titles. */
  earlierGoals: Array<Pick<Goal, 'id' | 'number' | 'title' | 'year'>>;
  tracks: Track[];
  requirements: Requirement[];
  deadlines: StrategyDeadline[];
  config: StageConfiguration;
  today: Date;
  /** The approval log's word on the agreements' and goals' stages, by target key ("Agreements:7",
   * "Goals:12"); absent: not checked. */
  verification?: Readonly<Record<string, AuthorityStatus>>;
  /** The year's check-ins of the exported goals (issue 18): with labels.CheckIns, a check-ins
   * sheet and each goal's latest status. */
  checkIns?: ExportCheckIn[];
}

/** The Excel date format Danish users read: 24-12-2023. */
export const DANISH_DATE_FORMAT = 'dd-mm-yyyy';
export const MARK = 'X';

/**
 * Formula injection: text that starts with =, +, - or @ (or a tab or carriage return, which some
 * programs strip before parsing) would be a formula if typed into a cell or re-imported from CSV.
 * Such text is kept exactly but flagged, and the writer stores it as a text cell in Text format
 * (the format an apostrophe prefix gives in Excel), so no spreadsheet evaluates it.
 */
export function textCell(value: string | undefined): Cell {
  if (value === undefined || value === '') return null;
  return /^[=+\-@\t\r]/.test(value) ? { t: 's', v: value, guard: true } : { t: 's', v: value };
}

const numberCell = (value: number | undefined): Cell => (value === undefined ? null : { t: 'n', v: value });
const markCell = (marked: boolean): Cell => (marked ? { t: 'x' } : null);

/** A calendar day as a date cell: midnight UTC of that day, which is how spreadsheet serial
 * dates count, so 2023-12-24 shows as 24-12-2023 whatever the reader's time zone. */
export function dateCell(day: ISODate | undefined): Cell {
  const m = day === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return m ? { t: 'd', v: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) } : null;
}

/** A timestamp's calendar day in Denmark (a change at 23:30 UTC on 31 Dec is 1 Jan in Skanderborg). */
export function danishDay(timestamp: string | undefined): ISODate | undefined {
  if (timestamp === undefined) return undefined;
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  return parts.slice(0, 10);
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique ignoring case. */
export function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(INVALID_SHEET_CHARS, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31)
      .trim() || '-';
  let name = base;
  for (let n = 2; used.has(name.toLocaleLowerCase('da-DK')); n += 1) {
    const suffix = ` (${n})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name.toLocaleLowerCase('da-DK'));
  return name;
}

function trackHeader(track: Track, labels: ExportLabels): string {
  const kind = labels.TrackKinds[track.kind];
  return track.number !== undefined ? `${kind} ${track.number}: ${track.title}` : `${kind}: ${track.title}`;
}

function targetText(goal: Goal, labels: ExportLabels): string | undefined {
  const t = goal.target;
  if (!t) return undefined;
  const main = `${labels.TargetDirections[t.direction]} ${String(t.value).replace('.', ',')} ${t.unit}`.trim();
  return t.note ? `${main} (${t.note})` : main;
}

interface Lookups {
  departments: Map<number, Department>;
  agreements: Map<number, Agreement>;
  requirements: Map<number, Requirement>;
  earlier: Map<number, Pick<Goal, 'id' | 'number' | 'title' | 'year'>>;
}

function goalColumns(tracks: Track[], labels: ExportLabels): SheetColumn[] {
  const c = labels.Columns;
  const f = labels.Fields;
  const text = (header: string, width = 24): SheetColumn => ({ header, kind: 'text', width });
  const long = (header: string): SheetColumn => ({ header, kind: 'long', width: 50 });
  return [
    text(c.Department, 32),
    text(c.Agreement, 30),
    { header: c.Number, kind: 'number', width: 6 },
    long(c.Title),
    long(f.purpose),
    long(f.goalStatement),
    long(f.activities),
    long(f.involved),
    text(f.sharedWithDepartmentIds, 30),
    long(f.followUpMethod),
    long(f.citizenImpact),
    text(f.horizon, 12),
    ...tracks.map((t): SheetColumn => ({ header: trackHeader(t, labels), kind: 'mark', width: Math.min(30, Math.max(12, trackHeader(t, labels).length / 2)) })),
    text(c.Policies, 30),
    long(c.Requirements),
    text(c.Target, 30),
    text(c.ContinuesFrom, 30),
    text(c.Stage, 22),
    text(c.Outcome, 14),
    long(c.OutcomeNote),
    long(c.Evidence),
    text(c.ClimateStrategyTrack, 30),
    long(c.ClimateDescription),
    long(c.ClimateDeliverable),
    text(c.ClimateSubGoals, 30),
    text(c.ClimateResponsible, 24),
    text(c.ClimateTimeline, 20),
    text(c.ClimateFunding, 30),
    text(c.ClimateAddedValues, 30),
    text(c.ClimateDistribution, 30),
    text(c.ClimateBarriers, 30),
    text(c.Sdgs, 30),
    text(c.Co2Effect, 30),
    { header: c.ResourceEffect, kind: 'number', width: 12 }
  ];
}

function goalCells(goal: Goal, tracks: Track[], lookups: Lookups, labels: ExportLabels, data: ExportData): Cell[] {
  const names = (ids: number[]): string | undefined => {
    const list = ids.map((id) => lookups.departments.get(id)?.title).filter((t): t is string => t !== undefined);
    return list.length > 0 ? list.join('; ') : undefined;
  };
  const requirementText = goal.requirementIds
    .map((id) => lookups.requirements.get(id))
    .filter((r): r is Requirement => r !== undefined)
    .sort((a, b) => a.number - b.number)
    .map((r) => `${r.number}. ${r.title}`)
    .join('\n');
  const earlier = goal.continuesFromId !== undefined ? lookups.earlier.get(goal.continuesFromId) : undefined;
  const evidence = goal.evidence.map((e) => `${e.delivered ? '[x]' : '[ ]'} ${e.text}`).join('\n');
  const climate = goal.climate;
  const outcome: OutcomeCode | undefined = goal.outcome;
  return [
    textCell(lookups.departments.get(goal.departmentId)?.title),
    textCell(lookups.agreements.get(goal.agreementId)?.title),
    numberCell(goal.number),
    textCell(goal.title),
    textCell(goal.purpose),
    textCell(goal.goalStatement),
    textCell(goal.activities),
    textCell(goal.involved),
    textCell(names(goal.sharedWithDepartmentIds)),
    textCell(goal.followUpMethod),
    textCell(goal.citizenImpact),
    textCell(goal.horizon ? labels.Horizons[goal.horizon] : undefined),
    ...tracks.map((t) => markCell(goal.trackIds.includes(t.id))),
    textCell(goal.policies.join('; ')),
    textCell(requirementText),
    textCell(targetText(goal, labels)),
    textCell(earlier ? `${earlier.year}${earlier.number !== undefined ? ` ${labels.Columns.Number} ${earlier.number}` : ''}: ${earlier.title}` : undefined),
    textCell(checkedStage('Goals', goal, data.config, labels, data.verification)),
    textCell(outcome ? labels.Outcomes[outcome] : undefined),
    textCell(goal.outcomeNote),
    textCell(evidence),
    textCell(climate?.strategyTrack),
    textCell(climate?.description),
    textCell(climate?.deliverable),
    textCell(climate?.subGoals),
    textCell(climate?.responsible),
    textCell(climate?.timeline),
    textCell(climate?.funding),
    textCell(climate?.addedValues),
    textCell(climate?.distribution),
    textCell(climate?.barriers),
    textCell(
      climate && (climate.sdgs.length > 0 || climate.sdgNote)
        ? [...climate.sdgs.map(sdgLabel), ...(climate.sdgNote ? [climate.sdgNote] : [])].join('; ')
        : undefined
    ),
    textCell(climate?.co2Effect),
    numberCell(climate?.resourceEffect)
  ];
}

/** The stage as the workbook writes it (the summary's agreements, the goals' Stage column): with
 * the reason when the approval log does not back it. */
function checkedStage(
  list: 'Agreements' | 'Goals',
  item: Pick<Agreement, 'id' | 'stage'>,
  config: StageConfiguration,
  labels: ExportLabels,
  verification: ExportData['verification']
): string {
  const label = stageLabel(config, item.stage);
  const checked = verification?.[`${list}:${item.id}`];
  if (checked === undefined || checked === 'verified') return label;
  const words: Record<Exclude<AuthorityStatus, 'verified'>, string> = {
    unverified: labels.Summary.Unverified,
    staleAfterApproval: labels.Summary.Stale,
    foreignEdit: labels.ForeignEdit.Status
  };
  return `${label} (${words[checked]})`;
}

function summarySheet(overview: Overview, data: ExportData, labels: ExportLabels, used: Set<string>): SheetModel {
  const { departmentId, config } = data;
  const s = labels.Summary;
  const outcomeCodes = Object.keys(labels.Outcomes) as OutcomeCode[];
  const columns: SheetColumn[] = [
    { header: s.Department, kind: 'text', width: 40 },
    { header: s.Kind, kind: 'text', width: 14 },
    { header: s.Parent, kind: 'text', width: 30 },
    { header: s.Leader, kind: 'text', width: 24 },
    { header: s.Agreement, kind: 'text', width: 30 },
    { header: s.Stage, kind: 'text', width: 22 },
    { header: s.StageChangedAt, kind: 'date', width: 14 },
    { header: s.Goals, kind: 'number', width: 10 },
    ...overview.tracks.map((t): SheetColumn => ({ header: trackHeader(t, labels), kind: 'number', width: 14 })),
    { header: s.MissingRequirements, kind: 'long', width: 50 },
    { header: s.Late, kind: 'text', width: 10 },
    { header: s.DueDate, kind: 'date', width: 14 },
    ...outcomeCodes.map((code): SheetColumn => ({ header: labels.Outcomes[code], kind: 'number', width: 12 }))
  ];
  const titles = new Map(overview.rows.map((r) => [r.department.id, r.department.title]));
  const rows = overview.rows
    .filter((r) => departmentId === undefined || r.department.id === departmentId)
    .map((r): Cell[] => [
      textCell(r.department.title),
      textCell(labels.DepartmentKinds[r.department.kind]),
      textCell(r.department.parentId !== undefined ? titles.get(r.department.parentId) : undefined),
      textCell(r.department.leader?.title ?? r.department.leader?.email),
      textCell(r.agreement?.title ?? (r.holdsAgreement ? s.NoAgreement : undefined)),
      textCell(r.agreement ? checkedStage('Agreements', r.agreement, config, labels, data.verification) : undefined),
      dateCell(danishDay(r.agreement?.stageChangedAt)),
      numberCell(r.goalCount),
      ...r.trackCounts.map((n) => numberCell(n)),
      textCell(r.missingRequirements.map((q) => `${q.number}. ${q.title}`).join('\n')),
      textCell(r.holdsAgreement ? (r.late ? s.Yes : s.No) : undefined),
      dateCell(r.holdsAgreement ? overview.dueDate : undefined),
      ...outcomeCodes.map((code) => numberCell(r.outcomes[code] ?? 0))
    ]);
  return { name: sheetName(s.SheetName, used), columns, rows };
}

/** The workbook: a summary sheet first, then the goals on one sheet or one sheet per department
 * (departments in tree order; a department without goals gets no sheet). */
export function buildWorkbookModel(data: ExportData, layout: SheetLayout, labels: ExportLabels): WorkbookModel {
  const tracks = orderTracks(data.tracks);
  const lookups: Lookups = {
    departments: new Map(data.departments.map((d) => [d.id, d])),
    agreements: new Map(data.agreements.map((a) => [a.id, a])),
    requirements: new Map(data.requirements.map((r) => [r.id, r])),
    earlier: new Map([...data.earlierGoals, ...data.goals].map((g) => [g.id, g]))
  };
  const overview = buildOverview({
    year: data.year,
    departments: data.departments,
    agreements: data.agreements,
    goals: data.goals,
    strategy: { id: 0, year: data.year, title: '', deadlines: data.deadlines, minimumGoalContent: [] },
    tracks: data.tracks,
    requirements: data.requirements,
    config: data.config,
    today: data.today
  });
  const used = new Set<string>();
  const summary = summarySheet(overview, data, labels, used);
  // Items that could not be read completely are exported with what could be read, and named.
  const r = labels.Resilience;
  const agreementsInScope = data.agreements.filter((a) => data.departmentId === undefined || a.departmentId === data.departmentId);
  const damaged = damagedItems({
    tracks: data.tracks,
    requirements: data.requirements,
    departments: data.departments,
    agreements: agreementsInScope,
    goals: data.goals
  }).map((d) => `${d.title}: ${describeDamage(r, d.kind, d.damage)}`);
  if (damaged.length > 0) summary.notes = damaged;
  const sheets: SheetModel[] = [summary];
  const follow = labels.CheckIns !== undefined && data.checkIns !== undefined ? { labels: labels.CheckIns, checkIns: data.checkIns } : undefined;
  const latest = follow && latestStatusCells(follow.checkIns, follow.labels);
  const columns = [...goalColumns(tracks, labels), ...(follow ? latestStatusColumns(follow.labels) : [])];
  const goalRow = (g: Goal): Cell[] => [...goalCells(g, tracks, lookups, labels, data), ...(latest ? latest(g.id) : [])];
  const inScope = (g: Goal, departmentId: number): boolean => g.departmentId === departmentId || g.sharedWithDepartmentIds.includes(departmentId);
  const yearGoals = data.goals
    .filter((g) => goalInYear(g, data.year, data.agreements) && (data.departmentId === undefined || inScope(g, data.departmentId)))
    .sort((a, b) => a.departmentId - b.departmentId || byGoalNumber(a, b));
  if (layout === 'single') {
    const order = new Map(overview.rows.map((r, i) => [r.department.id, i]));
    const sorted = [...yearGoals].sort((a, b) => (order.get(a.departmentId) ?? 0) - (order.get(b.departmentId) ?? 0) || byGoalNumber(a, b));
    sheets.push({ name: sheetName(labels.AllGoalsSheet, used), columns, rows: sorted.map(goalRow) });
  } else {
    for (const row of overview.rows) {
      if (data.departmentId !== undefined && row.department.id !== data.departmentId) continue;
      const goals = yearGoals.filter((g) => inScope(g, row.department.id)).sort(byGoalNumber);
      if (goals.length === 0) continue;
      sheets.push({ name: sheetName(row.department.title, used), columns, rows: goals.map(goalRow) });
    }
  }
  if (follow) sheets.push(checkInSheet(follow.checkIns, yearGoals, lookups.departments, follow.labels, used));
  const fitted = fitCellLimit({ sheets }, r);
  const notes = fitted.sheets[0].notes;
  if (notes !== undefined && notes.length > 0) fitted.sheets[0].notes = [r.CellNotesTitle, ...notes];
  return fitted;
}

/** Column widths that fit the content: the longest line of header or cells, within the kind's
 * bounds (long texts wrap at 60 characters rather than making a column as wide as a paragraph). */
export function fitWidths(sheet: SheetModel): number[] {
  return sheet.columns.map((column, i) => {
    if (column.kind === 'mark') return column.width;
    if (column.kind === 'date') return 12;
    let longest = Math.max(...column.header.split(/\s+/).map((w) => w.length), 6);
    // 200 rows are plenty to judge a width; a 5,000-row scan would cost time for nothing.
    for (const row of sheet.rows.slice(0, 200)) {
      const cell = row[i];
      if (cell && cell.t === 's') for (const line of cell.v.split('\n')) longest = Math.max(longest, line.length);
      else if (cell && cell.t === 'n') longest = Math.max(longest, String(cell.v).length);
    }
    const max = column.kind === 'long' ? 60 : 40;
    return Math.min(max, Math.max(8, longest + 2));
  });
}
