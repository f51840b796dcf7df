// The export's follow-up during the year (issue 18): a sheet with one row per check-in, and the
// latest status per goal for the goals sheets. Built from the check-ins the export read in its
// one $batch (the year's, or the department's of the year).
import type { CheckIn, CheckInStatus, Department, Goal } from '../../domain';
import { latestByGoal, timeline } from '../../domain/checkIns';
import { byGoalNumber } from '../../domain/coverage';
import { dateCell, danishDay, sheetName, textCell, type Cell, type SheetColumn, type SheetModel } from './goalSheets';

export interface CheckInExportLabels {
  SheetName: string;
  Department: string;
  Number: string;
  Goal: string;
  Status: string;
  Note: string;
  MeasuredValue: string;
  Unit: string;
  MeasuredAt: string;
  RecordedAt: string;
  RecordedBy: string;
  /** The goals sheets' two columns. */
  LatestStatus: string;
  LatestStatusAt: string;
  Statuses: Record<CheckInStatus, string>;
}

export type ExportCheckIn = Pick<CheckIn, 'id' | 'goalId' | 'createdAt' | 'status' | 'note' | 'measuredValue' | 'measuredAt' | 'author' | 'misfiled'>;

export function latestStatusColumns(labels: CheckInExportLabels): SheetColumn[] {
  return [
    { header: labels.LatestStatus, kind: 'text', width: 16 },
    { header: labels.LatestStatusAt, kind: 'date', width: 14 }
  ];
}

/** The latest status per goal id, as the goals sheets' two cells. A check-in held outside its
 * department's folder is nobody's word (filing.ts) and is left out. */
export function latestStatusCells(checkIns: readonly ExportCheckIn[], labels: CheckInExportLabels): (goalId: number) => Cell[] {
  const latest = latestByGoal(checkIns.filter((c) => c.misfiled === undefined));
  return (goalId) => {
    const c = latest.get(goalId);
    return c === undefined ? [null, null] : [textCell(labels.Statuses[c.status]), dateCell(danishDay(c.createdAt))];
  };
}

/** One row per check-in of the exported goals: by department, goal number, then oldest first. */
export function checkInSheet(
  checkIns: readonly ExportCheckIn[],
  goals: readonly Goal[],
  departments: ReadonlyMap<number, Department>,
  labels: CheckInExportLabels,
  used: Set<string>
): SheetModel {
  const columns: SheetColumn[] = [
    { header: labels.Department, kind: 'text', width: 32 },
    { header: labels.Number, kind: 'number', width: 6 },
    { header: labels.Goal, kind: 'long', width: 40 },
    { header: labels.Status, kind: 'text', width: 16 },
    { header: labels.Note, kind: 'long', width: 50 },
    { header: labels.MeasuredValue, kind: 'number', width: 12 },
    { header: labels.Unit, kind: 'text', width: 8 },
    { header: labels.MeasuredAt, kind: 'date', width: 14 },
    { header: labels.RecordedAt, kind: 'date', width: 14 },
    { header: labels.RecordedBy, kind: 'text', width: 24 }
  ];
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const ordered = [...goals].sort((a, b) => a.departmentId - b.departmentId || byGoalNumber(a, b));
  const byGoal = new Map<number, ExportCheckIn[]>();
  for (const c of checkIns) if (c.misfiled === undefined && goalById.has(c.goalId)) byGoal.set(c.goalId, [...(byGoal.get(c.goalId) ?? []), c]);
  const rows: Cell[][] = [];
  for (const goal of ordered) {
    for (const c of timeline(byGoal.get(goal.id) ?? []).reverse()) {
      rows.push([
        textCell(departments.get(goal.departmentId)?.title),
        goal.number === undefined ? null : { t: 'n', v: goal.number },
        textCell(goal.title),
        textCell(labels.Statuses[c.status]),
        textCell(c.note),
        c.measuredValue === undefined ? null : { t: 'n', v: c.measuredValue },
        textCell(c.measuredValue === undefined ? undefined : goal.target?.unit),
        dateCell(c.measuredAt),
        dateCell(danishDay(c.createdAt)),
        textCell(c.author?.title ?? c.author?.email)
      ]);
    }
  }
  return { name: sheetName(labels.SheetName, used), columns, rows };
}
