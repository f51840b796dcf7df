import ExcelJS from 'exceljs';
import { SKANDERBORG_STAGES, type AuthorityStatus, type Department, type Goal, type Track } from '../../../src/domain';
import { buildWorkbookModel, danishDay, dateCell, sheetName, textCell, type ExportData } from '../../../src/services/export/goalSheets';
import { writeXlsx, TEXT_FORMAT } from '../../../src/services/export/xlsxWriter';
import { loadLocale } from '../../helpers/locales';
import { exportLabelsFrom } from '../../../src/webparts/udviklingsaftaler/components/ExportToExcel/exportLabels';

const locale = loadLocale('da-dk');
const labels = exportLabelsFrom(locale);
const dept = (id: number, title: string, parentId?: number): Department => ({ id, title, kind: 'staff', parentId, editors: [], active: true });
const tracks: Track[] = [
  { id: 2, strategyId: 1, kind: 'track', number: 2, title: 'God ledelse og en bæredygtig organisation' },
  { id: 1, strategyId: 1, kind: 'track', number: 1, title: 'Den røde tråd fra politik til virkning for borgeren' }
];
const goal = (id: number, departmentId: number, number: number, title: string, trackIds: number[], extra: Partial<Goal> = {}): Goal => ({
  id,
  agreementId: departmentId * 10,
  departmentId,
  year: 2023,
  number,
  title,
  trackIds,
  policies: [],
  requirementIds: [],
  sharedWithDepartmentIds: [],
  stage: 'approved',
  evidence: [],
  ...extra
});
const data: ExportData = {
  year: 2023,
  departments: [dept(1, 'Staben Økonomi, Digitalisering og Indkøb'), dept(2, 'Indkøb & Udbud', 1), dept(3, 'HR staben')],
  agreements: [
    {
      id: 10,
      departmentId: 1,
      year: 2023,
      title: 'Udviklingsaftale 2023',
      policies: [],
      milestones: [],
      stage: 'approved',
      stageChangedAt: '2023-02-28T23:30:00Z'
    },
    { id: 20, departmentId: 2, year: 2023, title: 'Indkøbs aftale', policies: [], milestones: [], stage: 'draft' }
  ],
  goals: [
    goal(101, 1, 1, 'Sygefravær', [1, 2], {
      requirementIds: [5],
      horizon: 'oneYear',
      outcome: 'partlyAchieved',
      continuesFromId: 50,
      target: { value: 2.8, unit: 'pct.', direction: 'atMost' },
      climate: { sdgs: [7, 13], resourceEffect: 3, responsible: 'Økonomichefen' }
    }),
    goal(102, 1, 2, '=HYPERLINK("http://x","y")', [2], {
      purpose: '+45 12 34 56 78',
      activities: '-5 % forbrug',
      involved: '@alle',
      sharedWithDepartmentIds: [2]
    }),
    goal(201, 2, 1, 'Udbudsplan', [])
  ],
  earlierGoals: [{ id: 50, year: 2022, number: 4, title: 'Sygefravær 2022' }],
  tracks,
  requirements: [{ id: 5, strategyId: 1, number: 3, title: 'Lokale mål for fastholdelse af et lavt sygefravær', appliesTo: 'agreement' }],
  deadlines: [{ title: 'Aftaler afleveres til direktionen', date: '2023-01-31' }],
  config: SKANDERBORG_STAGES,
  today: new Date(2023, 5, 1)
};

const column = (sheet: { columns: Array<{ header: string }> }, header: string): number => {
  const i = sheet.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
};

describe('cells', () => {
  it('neutralises text starting with = + - @ (and tab/CR) and leaves other text alone', () => {
    for (const v of ['=1+1', '=HYPERLINK("http://x","y")', '+45', '-5', '@SUM(A1)', '\t=1', '\r=1']) expect(textCell(v)).toEqual({ t: 's', v, guard: true });
    for (const v of ['Sygefravær', '1+1', 'a=b', ' =1']) expect(textCell(v)).toEqual({ t: 's', v });
    expect(textCell('')).toBeNull();
    expect(textCell(undefined)).toBeNull();
  });
  it("writes days as UTC-midnight dates and takes a timestamp's day in Danish time", () => {
    expect(dateCell('2023-12-24')).toEqual({ t: 'd', v: new Date(Date.UTC(2023, 11, 24)) });
    expect(dateCell('not a date')).toBeNull();
    expect(danishDay('2023-02-28T23:30:00Z')).toBe('2023-03-01');
    expect(danishDay('2023-07-01T21:59:00Z')).toBe('2023-07-01');
  });
  it('makes Excel-valid, unique sheet names', () => {
    const used = new Set<string>();
    expect(sheetName('Byråds- og Direktionssekretariatet / Kontrolgruppen', used)).toBe('Byråds- og Direktionssekretaria');
    expect(sheetName('Byråds- og Direktionssekretariatet [2]', used)).toBe('Byråds- og Direktionssekret (2)');
    expect(sheetName('a:b?c', used)).toBe('a b c');
  });
});

describe('goal sheets', () => {
  it('the summary writes a stage the approval log does not back with the reason (issue #15.1)', () => {
    const stageOf = (status: AuthorityStatus): unknown => {
      const summary = buildWorkbookModel({ ...data, verification: { 'Agreements:10': status } }, 'single', labels).sheets[0];
      const row = summary.rows.find((r) => (r[0] as { v?: string } | null)?.v === 'Staben Økonomi, Digitalisering og Indkøb');
      return row?.[column(summary, labels.Summary.Stage)];
    };
    expect(stageOf('unverified')).toEqual({ t: 's', v: `Godkendt (${labels.Summary.Unverified})` });
    expect(stageOf('staleAfterApproval')).toEqual({ t: 's', v: `Godkendt (${labels.Summary.Stale})` });
    expect(stageOf('verified')).toEqual({ t: 's', v: 'Godkendt' });
  });

  it("the goals' Stage column is the verified stage too (issue #15.1)", () => {
    const stages = (verification: ExportData['verification']): unknown[] => {
      const sheet = buildWorkbookModel({ ...data, verification }, 'single', labels).sheets[1];
      return sheet.rows.map((r) => (r[column(sheet, 'Stadie')] as { v?: string } | null)?.v);
    };
    const ids = data.goals.filter((g) => g.year === 2023).map((g) => g.id);
    expect(stages({ [`Goals:${ids[0]}`]: 'unverified', [`Goals:${ids[1]}`]: 'staleAfterApproval' }).slice(0, 2)).toEqual([
      `Godkendt (${labels.Summary.Unverified})`,
      `Godkendt (${labels.Summary.Stale})`
    ]);
    expect(stages(undefined).slice(0, 2)).toEqual(['Godkendt', 'Godkendt']);
  });

  it('one sheet for all: every goal once, tracks as X columns in number order, lookups as names', () => {
    const model = buildWorkbookModel(data, 'single', labels);
    expect(model.sheets.map((s) => s.name)).toEqual(['Oversigt', 'Alle mål']);
    const sheet = model.sheets[1];
    const t1 = column(sheet, 'Spor 1: Den røde tråd fra politik til virkning for borgeren');
    expect(column(sheet, 'Spor 2: God ledelse og en bæredygtig organisation')).toBe(t1 + 1);
    expect(sheet.rows.map((r) => [r[3], r[t1], r[t1 + 1]])).toEqual([
      [{ t: 's', v: 'Sygefravær' }, { t: 'x' }, { t: 'x' }],
      [{ t: 's', v: '=HYPERLINK("http://x","y")', guard: true }, null, { t: 'x' }],
      [{ t: 's', v: 'Udbudsplan' }, null, null]
    ]);
    const first = sheet.rows[0];
    expect(first[column(sheet, 'Afdeling')]).toEqual({ t: 's', v: 'Staben Økonomi, Digitalisering og Indkøb' });
    expect(first[column(sheet, 'Aftale')]).toEqual({ t: 's', v: 'Udviklingsaftale 2023' });
    expect(first[column(sheet, 'Krav')]).toEqual({ t: 's', v: '3. Lokale mål for fastholdelse af et lavt sygefravær' });
    expect(first[column(sheet, 'Målsætning')]).toEqual({ t: 's', v: 'Højst 2,8 pct.' });
    expect(first[column(sheet, 'Fortsætter fra')]).toEqual({ t: 's', v: '2022 Nr. 4: Sygefravær 2022' });
    expect(first[column(sheet, 'Stadie')]).toEqual({ t: 's', v: 'Godkendt' });
    expect(first[column(sheet, 'Resultat')]).toEqual({ t: 's', v: 'Delvist nået' });
    expect(first[column(sheet, 'Tidsperspektiv')]).toEqual({ t: 's', v: 'Etårigt' });
    expect(first[column(sheet, 'Ressourceeffekt (1-5)')]).toEqual({ t: 'n', v: 3 });
    expect((first[column(sheet, 'Verdensmål')] as { v: string }).v).toMatch(/^7\. .*; 13\. /);
    expect(sheet.rows[1][column(sheet, 'Fællesmål med')]).toEqual({ t: 's', v: 'Indkøb & Udbud' });
    expect(sheet.rows[1][column(sheet, 'Baggrund og formål')]).toEqual({ t: 's', v: '+45 12 34 56 78', guard: true });
  });

  it("one sheet per department: shared goals in each partner's sheet, departments without goals get none", () => {
    const model = buildWorkbookModel(data, 'perDepartment', labels);
    expect(model.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['Oversigt', 3],
      ['Staben Økonomi, Digitalisering', 2],
      ['Indkøb & Udbud', 2]
    ]);
  });

  it('the summary has Danish dates, track counts, missing requirements and lateness', () => {
    const summary = buildWorkbookModel(data, 'single', labels).sheets[0];
    const byTitle = (title: string) => summary.rows.find((r) => (r[0] as { v: string }).v === title)!;
    const stab = byTitle('Staben Økonomi, Digitalisering og Indkøb');
    expect(stab[column(summary, 'Stadie ændret')]).toEqual({ t: 'd', v: new Date(Date.UTC(2023, 2, 1)) });
    expect(stab[column(summary, 'Afleveringsfrist')]).toEqual({ t: 'd', v: new Date(Date.UTC(2023, 0, 31)) });
    expect(stab[column(summary, 'Antal mål')]).toEqual({ t: 'n', v: 2 });
    expect(stab[column(summary, 'Forsinket')]).toEqual({ t: 's', v: 'Nej' });
    expect(stab[column(summary, 'Manglende krav')]).toBeNull();
    const hr = byTitle('HR staben');
    expect(hr[column(summary, 'Aftale')]).toEqual({ t: 's', v: 'Ingen aftale' });
    expect(hr[column(summary, 'Manglende krav')]).toEqual({ t: 's', v: '3. Lokale mål for fastholdelse af et lavt sygefravær' });
    expect(hr[column(summary, 'Forsinket')]).toEqual({ t: 's', v: 'Ja' });
  });

  it('a department export holds only that department (own and shared goals)', () => {
    const model = buildWorkbookModel({ ...data, departmentId: 2 }, 'single', labels);
    expect(model.sheets[0].rows).toHaveLength(1);
    expect(model.sheets[1].rows.map((r) => (r[3] as { v: string }).v)).toEqual(['=HYPERLINK("http://x","y")', 'Udbudsplan']);
  });
});

describe('the .xlsx written by exceljs', () => {
  it('has a frozen header, an auto-filter, Danish date format and neutralised cells as Text', async () => {
    const bytes = await writeXlsx(buildWorkbookModel(data, 'single', labels));
    expect(Buffer.from(bytes).subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    const goals = book.getWorksheet('Alle mål')!;
    expect(goals.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(goals.autoFilter).toBeTruthy();
    const injected = goals.getCell(3, 4);
    expect(injected.value).toBe('=HYPERLINK("http://x","y")');
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.numFmt).toBe(TEXT_FORMAT);
    expect(goals.getCell(2, 4).numFmt).not.toBe(TEXT_FORMAT);
    const summary = book.getWorksheet('Oversigt')!;
    const dateColumn = (summary.getRow(1).values as string[]).indexOf('Stadie ændret');
    const stab = summary.getRow(3);
    expect(stab.getCell(1).value).toBe('Staben Økonomi, Digitalisering og Indkøb');
    expect(stab.getCell(dateColumn).numFmt).toBe('dd-mm-yyyy');
    expect(stab.getCell(dateColumn).value).toEqual(new Date(Date.UTC(2023, 2, 1)));
    expect(goals.getColumn(4).width).toBeGreaterThanOrEqual(12);
  });
});
