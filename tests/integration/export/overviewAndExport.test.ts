import ExcelJS from 'exceljs';
import { DEFAULT_STAGE_CONFIGURATIONS, type StageConfiguration } from '../../../src/domain';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { StrategyRepository } from '../../../src/data/repositories/strategyRepository';
import { createExportServices } from '../../../src/services/export/exportServices';
import { createOverviewServices } from '../../../src/services/overview/overviewServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { seedMunicipalities } from '../../../seed';
import { OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { loadLocale } from '../../helpers/locales';
import { parseCsv, xlsxToCsvSheets } from '../../helpers/soffice';
import { sheetName } from '../../../src/services/export/goalSheets';
import { exportLabelsFrom } from '../../../src/webparts/udviklingsaftaler/components/ExportToExcel/exportLabels';

// Issue 8's done-when: the Skanderborg secretariat's 2023 export, read by LibreOffice, has every
// 2023 goal with the right X marks, and formula payloads come back as the literal text.
const locale = loadLocale('da-dk');
const labels = exportLabelsFrom(locale);
const config = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === 'skanderborg') as StageConfiguration;
const skanderborg = seedMunicipalities.find((m) => m.key === 'skanderborg');
const PAYLOADS = ['=HYPERLINK("http://x","y")', '=1+1', '@SUM(1,2)', '+1+1', '-1+1'];
let emulator: TestEmulator;
let site: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  site = emulator.siteUrl('/sites/skanderborg');
  // Goals whose texts are formula payloads, in the 2023 agreement, each marking track 2.
  const sp = spForUser(site, OWNER);
  const department = (await new DepartmentRepository(sp).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  const agreement = department && (await new AgreementRepository(sp, config).forDepartmentYear(department.id, 2023));
  const track2 = (await new StrategyRepository(sp).forYear(2023))?.tracks.find((t) => t.kind === 'track' && t.number === 2);
  if (!department || !agreement || !track2) throw new Error('2023 seed missing');
  const goals = new GoalRepository(sp, config);
  for (const [i, title] of PAYLOADS.entries()) {
    await goals.create({
      agreementId: agreement.id,
      departmentId: department.id,
      year: 2023,
      number: 20 + i,
      title,
      purpose: title,
      sharedWithDepartmentIds: [],
      trackIds: [track2.id],
      policies: [],
      requirementIds: [],
      stage: 'draft',
      evidence: []
    });
  }
}, 180000);

afterAll(() => emulator.close());

it('LibreOffice reads every 2023 goal with its X marks, and formula payloads stay text', async () => {
  if (!skanderborg) throw new Error('seed missing');
  const exports = createExportServices(spForUser(site, 'sekretariat.skanderborg@kommune.local'), config);
  const file = await exports.exportGoals({ year: 2023, layout: 'single', labels, fileName: 'Udviklingsmål 2023' });
  expect(file.fileName).toBe('Udviklingsmål 2023.xlsx');
  expect(Buffer.from(file.bytes).subarray(0, 2).toString()).toBe('PK');

  const csv = await xlsxToCsvSheets(file.bytes, [labels.Summary.SheetName, labels.AllGoalsSheet]);
  const [header, ...rows] = parseCsv(csv[labels.AllGoalsSheet]).filter((r) => r.some((c) => c !== ''));
  const col = (name: string): number => header.indexOf(name);
  const track1 = header.findIndex((h) => h.startsWith(`${labels.TrackKinds.track} 1:`));
  const track2 = header.findIndex((h) => h.startsWith(`${labels.TrackKinds.track} 2:`));
  expect([track1, track2].every((i) => i > 0)).toBe(true);

  const seeded = skanderborg.goals.filter((g) => skanderborg.agreements.find((a) => a.key === g.agreementKey)?.year === 2023);
  expect(seeded.length).toBeGreaterThanOrEqual(9);
  expect(rows).toHaveLength(seeded.length + PAYLOADS.length);
  for (const goal of seeded) {
    const row = rows.find((r) => r[col(labels.Columns.Title)] === goal.title);
    expect({ title: goal.title, found: !!row }).toEqual({ title: goal.title, found: true });
    const marks = [row?.[track1], row?.[track2]];
    const expected = [1, 2].map((n) => (goal.trackRefs.some((t) => t.kind === 'track' && t.number === n) ? 'X' : ''));
    expect({ title: goal.title, marks }).toEqual({ title: goal.title, marks: expected });
  }
  for (const payload of PAYLOADS) {
    const row = rows.find((r) => r[col(labels.Columns.Title)] === payload);
    // Literal text in both cells, not "y", 2 or 3 (what evaluation would give).
    expect({ payload, title: row?.[col(labels.Columns.Title)], purpose: row?.[col(labels.Fields.purpose)], marks: [row?.[track1], row?.[track2]] }).toEqual({
      payload,
      title: payload,
      purpose: payload,
      marks: ['', 'X']
    });
  }
  const summary = parseCsv(csv[labels.Summary.SheetName]);
  const lacking = summary
    .slice(1)
    .filter((r) => r[summary[0].indexOf(labels.Summary.MissingRequirements)]?.includes('sygefravær'))
    .map((r) => r[0]);
  expect(lacking).toContain('HR staben');
  expect(lacking).not.toContain('Staben Økonomi, Digitalisering og Indkøb');
}, 180000);

it("a department export (one sheet per department) has the 2020 document's X marks under each track", async () => {
  if (!skanderborg) throw new Error('seed missing');
  const sp = spForUser(site, 'medarbejder.skanderborg@kommune.local');
  const department = (await new DepartmentRepository(sp).all()).find((d) => d.title === 'Staben Økonomi, Innovation og IT');
  if (!department) throw new Error('2020 department missing');
  const file = await createExportServices(sp, config).exportGoals({ year: 2020, departmentId: department.id, layout: 'perDepartment', labels, fileName: 'x' });
  const name = sheetName(department.title, new Set([labels.Summary.SheetName.toLocaleLowerCase('da-DK')]));
  const csv = await xlsxToCsvSheets(file.bytes, [labels.Summary.SheetName, name]);
  const [header, ...rows] = parseCsv(csv[name]).filter((r) => r.some((c) => c !== ''));
  const trackColumns = [1, 2, 3].map((n) => header.findIndex((h) => h.startsWith(`${labels.TrackKinds.track} ${n}:`)));
  expect(trackColumns.every((i) => i > 0)).toBe(true);
  const seeded = skanderborg.goals.filter((g) => skanderborg.agreements.find((a) => a.key === g.agreementKey)?.year === 2020);
  expect(rows).toHaveLength(seeded.length);
  for (const goal of seeded) {
    const row = rows.find((r) => r[header.indexOf(labels.Columns.Title)] === goal.title);
    const expected = [1, 2, 3].map((n) => (goal.trackRefs.some((t) => t.kind === 'track' && t.number === n) ? 'X' : ''));
    expect({ title: goal.title, marks: trackColumns.map((i) => row?.[i]) }).toEqual({ title: goal.title, marks: expected });
  }
}, 120000);

it('the check can fail: LibreOffice does evaluate a real formula cell', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('S');
  sheet.getCell('A1').value = { formula: '1+1' };
  sheet.getCell('B1').value = '=1+1';
  const csv = await xlsxToCsvSheets((await book.xlsx.writeBuffer()) as unknown as Uint8Array, ['S']);
  expect(parseCsv(csv.S)[0]).toEqual(['2', '=1+1']);
}, 120000);

describe('the 2023 overview', () => {
  it('names the agreement holders lacking the sick-leave requirement, in a fixed handful of requests', async () => {
    const sp = spForUser(site, 'sekretariat.skanderborg@kommune.local');
    const overview = createOverviewServices(sp, config);
    await overview.load(2023); // the first call also fetches the request digest for $batch
    const before = emulator.control.requestCount();
    const result = await overview.load(2023);
    const requests = emulator.control.requestCount() - before;
    const sickLeave = result.requirements.find((r) => /sygefravær/i.test(r.title));
    if (!sickLeave) throw new Error('no sick-leave requirement in DUS 2023');
    const lacking = result.rows.filter((r) => r.missingRequirements.some((m) => m.id === sickLeave.id)).map((r) => r.department.title);
    expect(lacking).toContain('HR staben');
    expect(lacking).not.toContain('Staben Økonomi, Digitalisering og Indkøb');
    expect(lacking).not.toContain('Kontrolgruppen'); // a team works inside its unit's agreement
    expect(result.tracks.map((t) => t.number)).toEqual([1, 2]);

    // Thirty more departments cost no more requests.
    const owner = spForUser(site, OWNER);
    const departments = new DepartmentRepository(owner);
    for (let i = 0; i < 30; i++) await departments.create({ title: `Testafdeling ${i}`, kind: 'department', editors: [], active: true });
    const beforeMore = emulator.control.requestCount();
    const more = await overview.load(2023);
    expect(emulator.control.requestCount() - beforeMore).toBe(requests);
    expect(requests).toBeLessThanOrEqual(2);
    expect(more.rows.length).toBe(result.rows.length + 30);
  }, 120000);
});

it("LibreOffice reads a text over Excel's cell limit cut with the marker, and the summary names the cell", async () => {
  // A SharePoint Note column holds up to 63,999 characters; Excel's cell up to 32,767.
  const sp = spForUser(site, OWNER);
  const department = (await new DepartmentRepository(sp).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  const agreement = department && (await new AgreementRepository(sp, config).forDepartmentYear(department.id, 2023));
  if (!department || !agreement) throw new Error('2023 seed missing');
  const goals = new GoalRepository(sp, config);
  const long = 'Lang baggrund. '.repeat(2700); // 40,500 characters
  const created = await goals.create({
    agreementId: agreement.id,
    departmentId: department.id,
    year: 2023,
    number: 99,
    title: 'Mål med meget lang baggrund',
    purpose: long,
    sharedWithDepartmentIds: [],
    trackIds: [],
    policies: [],
    requirementIds: [],
    stage: 'draft',
    evidence: []
  });
  try {
    const file = await createExportServices(spForUser(site, 'sekretariat.skanderborg@kommune.local'), config).exportGoals({
      year: 2023,
      departmentId: department.id,
      layout: 'single',
      labels,
      fileName: 'x'
    });
    const csv = await xlsxToCsvSheets(file.bytes, [labels.Summary.SheetName, labels.AllGoalsSheet]);
    const [header, ...rows] = parseCsv(csv[labels.AllGoalsSheet]).filter((r) => r.some((c) => c !== ''));
    const rowIndex = rows.findIndex((r) => r[header.indexOf(labels.Columns.Title)] === 'Mål med meget lang baggrund');
    const purpose = rows[rowIndex][header.indexOf(labels.Fields.purpose)];
    expect(purpose).toHaveLength(32767);
    expect(purpose.endsWith(locale.Resilience.CellMarker)).toBe(true);
    expect(long.startsWith(purpose.slice(0, -locale.Resilience.CellMarker.length))).toBe(true);
    const notes = parseCsv(csv[labels.Summary.SheetName]).map((r) => r[0]);
    expect(notes).toContain(locale.Resilience.CellNotesTitle);
    expect(notes).toContain(
      `Arket »${labels.AllGoalsSheet}«, række ${rowIndex + 2}, kolonne E (${labels.Fields.purpose}): teksten var 40.500 tegn og er afkortet til Excels grænse på 32.767 tegn pr. celle.`
    );
  } finally {
    await goals.remove(created);
  }
}, 180000);

it("the export has the year's check-ins on their own sheet and each goal's latest status (issue 18), read in the same one $batch", async () => {
  const withCheckIns = { ...labels, CheckIns: locale.FollowUpDuringYear.Workbook };
  const w = withCheckIns.CheckIns;
  const file = await createExportServices(spForUser(site, 'sekretariat.skanderborg@kommune.local'), config).exportGoals({
    year: 2023,
    layout: 'single',
    labels: withCheckIns,
    fileName: 'x'
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file.bytes);
  const sheet = book.getWorksheet(w.SheetName);
  if (!sheet) throw new Error('no check-ins sheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const rows = [2, 3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
  // The seed's three monthly sick-leave values, oldest first.
  expect(rows.map((r) => [r[header.indexOf(w.Goal)], r[header.indexOf(w.Status)], r[header.indexOf(w.MeasuredValue)]])).toEqual([
    ['Sygefravær i staben', 'Udfordret', 3.1],
    ['Sygefravær i staben', 'Udfordret', 2.9],
    ['Sygefravær i staben', 'På rette vej', 2.7]
  ]);
  expect(sheet.getRow(5).values).toEqual([]);
  const goals = book.getWorksheet(labels.AllGoalsSheet);
  const goalHeader = (goals?.getRow(1).values as unknown[]).slice(1);
  const sick = [...Array(goals?.rowCount ?? 0).keys()]
    .map((i) => (goals?.getRow(i + 1).values as unknown[]).slice(1))
    .find((r) => r[goalHeader.indexOf(labels.Columns.Title)] === 'Sygefravær i staben');
  expect(sick?.[goalHeader.indexOf(w.LatestStatus)]).toBe('På rette vej');
}, 180000);
