import ExcelJS from 'exceljs';
import { SKANDERBORG_STAGES, type CheckIn, type Department, type Goal } from '../../../src/domain';
import { buildWorkbookModel, type ExportData } from '../../../src/services/export/goalSheets';
import { writeXlsx } from '../../../src/services/export/xlsxWriter';
import { loadLocale } from '../../helpers/locales';
import { exportLabelsFrom } from '../../../src/webparts/udviklingsaftaler/components/ExportToExcel/exportLabels';

// The export's follow-up during the year (issue 18): one row per check-in, and each goal's latest
// status on the goals sheets.
const locale = loadLocale('da-dk');
const labels = exportLabelsFrom(locale);
const dept = (id: number, title: string): Department => ({ id, title, kind: 'staff', editors: [], active: true });
const goal = (id: number, departmentId: number, number: number, title: string, extra: Partial<Goal> = {}): Goal => ({
  id,
  agreementId: departmentId * 10,
  departmentId,
  year: 2023,
  number,
  title,
  trackIds: [],
  policies: [],
  requirementIds: [],
  sharedWithDepartmentIds: [],
  stage: 'approved',
  evidence: [],
  ...extra
});
const ci = (id: number, goalId: number, status: CheckIn['status'], createdAt: string, extra: Partial<CheckIn> = {}): CheckIn => ({
  id,
  goalId,
  departmentId: goalId > 200 ? 2 : 1,
  year: 2023,
  status,
  createdAt,
  ...extra
});

const data: ExportData = {
  year: 2023,
  departments: [dept(1, 'Staben'), dept(2, 'HR')],
  agreements: [
    { id: 10, departmentId: 1, year: 2023, title: 'Aftale 2023', policies: [], milestones: [], stage: 'approved' },
    { id: 20, departmentId: 2, year: 2023, title: 'HR 2023', policies: [], milestones: [], stage: 'approved' }
  ],
  goals: [
    goal(102, 1, 2, 'Digitalisering'),
    goal(101, 1, 1, 'Sygefravær', { target: { value: 2.8, unit: '%', direction: 'atMost' } }),
    goal(201, 2, 1, 'Rekruttering')
  ],
  earlierGoals: [],
  tracks: [],
  requirements: [],
  deadlines: [],
  config: SKANDERBORG_STAGES,
  today: new Date(2023, 5, 1),
  checkIns: [
    ci(2, 101, 'onTrack', '2023-03-01T08:00:00Z', {
      measuredValue: 2.7,
      measuredAt: '2023-02-28',
      note: '=ikke en formel',
      author: { email: 'leder@kommune.local', title: 'Leder' }
    }),
    ci(1, 101, 'challenged', '2023-02-01T08:00:00Z', { measuredValue: 3.1, measuredAt: '2023-01-31' }),
    ci(3, 201, 'behind', '2023-04-30T22:30:00Z'),
    // Held outside its department's folder: nobody's word.
    ci(4, 102, 'achieved', '2023-05-01T08:00:00Z', { misfiled: 'otherFolder' })
  ]
};

const w = locale.FollowUpDuringYear.Workbook;

describe('check-ins in the Excel export', () => {
  it('adds a sheet with one row per check-in, by department and goal number, oldest first', () => {
    const model = buildWorkbookModel(data, 'single', labels);
    const sheet = model.sheets[model.sheets.length - 1];
    expect(sheet.name).toBe('Statusmeldinger');
    expect(sheet.columns.map((c) => c.header)).toEqual([
      w.Department,
      w.Number,
      w.Goal,
      w.Status,
      w.Note,
      w.MeasuredValue,
      w.Unit,
      w.MeasuredAt,
      w.RecordedAt,
      w.RecordedBy
    ]);
    expect(sheet.rows.map((r) => [r[0], r[2], r[3]].map((c) => (c && c.t === 's' ? c.v : null)))).toEqual([
      ['Staben', 'Sygefravær', 'Udfordret'],
      ['Staben', 'Sygefravær', 'På rette vej'],
      ['HR', 'Rekruttering', 'Bagud']
    ]);
    expect(sheet.rows[1]).toEqual([
      { t: 's', v: 'Staben' },
      { t: 'n', v: 1 },
      { t: 's', v: 'Sygefravær' },
      { t: 's', v: 'På rette vej' },
      { t: 's', v: '=ikke en formel', guard: true },
      { t: 'n', v: 2.7 },
      { t: 's', v: '%' },
      { t: 'd', v: new Date(Date.UTC(2023, 1, 28)) },
      { t: 'd', v: new Date(Date.UTC(2023, 2, 1)) },
      { t: 's', v: 'Leder' }
    ]);
    // Recorded at 22:30 UTC on 30 April is 1 May in Denmark.
    expect(sheet.rows[2][8]).toEqual({ t: 'd', v: new Date(Date.UTC(2023, 4, 1)) });
  });

  it('gives every goal its latest status and when it was given on the goals sheet', () => {
    const goals = buildWorkbookModel(data, 'single', labels).sheets[1];
    const at = (header: string): number => goals.columns.findIndex((c) => c.header === header);
    const titleAt = at(locale.Overview.Workbook.Columns.Title);
    const latest = Object.fromEntries(goals.rows.map((r) => [(r[titleAt] as { v: string }).v, [r[at(w.LatestStatus)], r[at(w.LatestStatusAt)]]]));
    expect(latest['Sygefravær']).toEqual([
      { t: 's', v: 'På rette vej' },
      { t: 'd', v: new Date(Date.UTC(2023, 2, 1)) }
    ]);
    expect(latest['Rekruttering'][0]).toEqual({ t: 's', v: 'Bagud' });
    expect(latest['Digitalisering']).toEqual([null, null]);
  });

  it('exports one department with its own check-ins only', () => {
    const model = buildWorkbookModel({ ...data, departmentId: 2 }, 'perDepartment', labels);
    expect(model.sheets[model.sheets.length - 1].rows).toHaveLength(1);
  });

  it('has neither the sheet nor the columns without check-in labels (callers that do not ask)', () => {
    const model = buildWorkbookModel(data, 'single', { ...labels, CheckIns: undefined });
    expect(model.sheets.map((s) => s.name)).not.toContain('Statusmeldinger');
    expect(model.sheets[1].columns.some((c) => c.header === w.LatestStatus)).toBe(false);
  });

  it('writes the sheet as an .xlsx Excel reads back', async () => {
    const bytes = await writeXlsx(buildWorkbookModel(data, 'single', labels));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    const sheet = book.getWorksheet('Statusmeldinger');
    expect(sheet?.getCell(3, 6).value).toBe(2.7);
    expect(sheet?.getCell(3, 8).numFmt).toBe('dd-mm-yyyy');
  });
});
