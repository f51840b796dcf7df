import ExcelJS from 'exceljs';
import { SKANDERBORG_STAGES, type Goal } from '../../../src/domain';
import { columnLetter, cutText, EXCEL_CELL_LIMIT } from '../../../src/services/export/cellLimit';
import { buildWorkbookModel, type ExportData } from '../../../src/services/export/goalSheets';
import { writeXlsx } from '../../../src/services/export/xlsxWriter';
import { loadLocale } from '../../helpers/locales';
import { exportLabelsFrom } from '../../../src/webparts/udviklingsaftaler/components/ExportToExcel/exportLabels';

const locale = loadLocale('da-dk');
const labels = exportLabelsFrom(locale);
const marker = locale.Resilience.CellMarker;
const goal = (id: number, extra: Partial<Goal> = {}): Goal => ({
  id,
  agreementId: 10,
  departmentId: 1,
  year: 2023,
  number: id,
  title: `Mål ${id}`,
  trackIds: [],
  policies: [],
  requirementIds: [],
  sharedWithDepartmentIds: [],
  stage: 'draft',
  evidence: [],
  ...extra
});
const data = (goals: Goal[]): ExportData => ({
  year: 2023,
  departments: [{ id: 1, title: 'Staben', kind: 'staff', editors: [], active: true }],
  agreements: [{ id: 10, departmentId: 1, year: 2023, title: 'Udviklingsaftale 2023', policies: [], milestones: [], stage: 'draft' }],
  goals,
  earlierGoals: [],
  tracks: [],
  requirements: [],
  deadlines: [],
  config: SKANDERBORG_STAGES,
  today: new Date(2023, 5, 1)
});

describe("Excel's 32,767 characters per cell", () => {
  it('names columns the way Excel does', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('cuts to exactly the limit, marker included, never inside a surrogate pair', () => {
    const cut = cutText('a'.repeat(40000), marker);
    expect(cut).toHaveLength(EXCEL_CELL_LIMIT);
    expect(cut.endsWith(marker)).toBe(true);
    // An emoji (two UTF-16 units) straddling the cut point is dropped whole.
    const straddling = 'a'.repeat(EXCEL_CELL_LIMIT - marker.length - 1) + '😀' + 'b'.repeat(100);
    const safe = cutText(straddling, marker);
    expect(safe).toBe('a'.repeat(EXCEL_CELL_LIMIT - marker.length - 1) + marker);
  });

  it('cuts a text over the limit with the marker and says in the summary which cell', () => {
    const long = 'Baggrund '.repeat(5000); // 45,000 characters
    const model = buildWorkbookModel(data([goal(1), goal(2, { purpose: long })]), 'single', labels);
    const sheet = model.sheets[1];
    const purposeColumn = sheet.columns.findIndex((c) => c.header === labels.Fields.purpose);
    const cell = sheet.rows[1][purposeColumn] as { v: string };
    expect(cell.v).toHaveLength(EXCEL_CELL_LIMIT);
    expect(cell.v.endsWith('… [afkortet]')).toBe(true);
    expect(cell.v.startsWith('Baggrund Baggrund')).toBe(true);
    // Row 3 in Excel (header row 1, first goal row 2), column E (the fifth), with its header.
    expect(model.sheets[0].notes).toEqual([
      'Bemærkninger til eksporten',
      `Arket »Alle mål«, række 3, kolonne E (${labels.Fields.purpose}): teksten var 45.000 tegn og er afkortet til Excels grænse på 32.767 tegn pr. celle.`
    ]);
  });

  it('leaves a text of exactly the limit alone and adds no notes', () => {
    const model = buildWorkbookModel(data([goal(1, { purpose: 'x'.repeat(EXCEL_CELL_LIMIT) })]), 'single', labels);
    const purposeColumn = model.sheets[1].columns.findIndex((c) => c.header === labels.Fields.purpose);
    expect((model.sheets[1].rows[0][purposeColumn] as { v: string }).v).toBe('x'.repeat(EXCEL_CELL_LIMIT));
    expect(model.sheets[0].notes).toBeUndefined();
  });

  it('names damaged goals in the summary notes, and exports them with what could be read', () => {
    const model = buildWorkbookModel(data([goal(1, { damage: [{ field: 'evidence', code: 'unreadable' }] })]), 'single', labels);
    expect(model.sheets[1].rows).toHaveLength(1);
    expect(model.sheets[0].notes).toEqual(['Bemærkninger til eksporten', 'Mål 1: Målet kunne ikke læses helt: feltet Dokumentation er beskadiget.']);
  });

  it('writes the notes below the summary table, outside the auto-filter, as text', async () => {
    const model = buildWorkbookModel(
      data([goal(1, { title: '=1+1', purpose: 'y'.repeat(33000), damage: [{ field: 'evidence', code: 'unreadable' }] })]),
      'single',
      labels
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await writeXlsx(model));
    const summary = book.getWorksheet(labels.Summary.SheetName)!;
    const tableRows = model.sheets[0].rows.length;
    expect(summary.getCell(tableRows + 2, 1).value).toBeNull();
    expect(summary.getCell(tableRows + 3, 1).value).toBe('Bemærkninger til eksporten');
    expect(summary.getCell(tableRows + 4, 1).value).toBe('=1+1: Målet kunne ikke læses helt: feltet Dokumentation er beskadiget.');
    expect(summary.getCell(tableRows + 4, 1).type).toBe(ExcelJS.ValueType.String);
    expect(String(summary.getCell(tableRows + 5, 1).value)).toMatch(/^Arket »Alle mål«, række 2, kolonne E/);
    const goals = book.getWorksheet(labels.AllGoalsSheet)!;
    expect(String(goals.getCell(2, 5).value)).toHaveLength(EXCEL_CELL_LIMIT);
  });
});
