// The .docx of the seeded agreements, generated through the real services over @pnp/sp against the
// emulator, then opened by a different program: LibreOffice converts it to PDF and to plain text,
// and the text must hold every goal, the X marks of the tables and both climate annex tables.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_STAGE_CONFIGURATIONS } from '../../../src/domain';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { createDocumentServices, type DocumentServices } from '../../../src/services/documents/documentServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { createDataLayer } from '../../../src/data/pnp';
import { rawSpForUser, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { countingFetch } from '../data/support/fixture';

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const config = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === 'skanderborg');
if (!config) throw new Error('Skanderborg stage configuration missing');

let emulator: TestEmulator;
let documents: DocumentServices;
let agreements: AgreementRepository;
let departmentIdOf: (title: string) => number;
let singlePages = 0;
const work = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-docx-'));

beforeAll(async () => {
  // Never skipped: without LibreOffice the check cannot be made, and that is a failure (CI installs it).
  if (!existsSync(SOFFICE)) {
    throw new Error(`LibreOffice is missing: ${SOFFICE} not found. Install it (apt-get install libreoffice-writer-nogui) or set SOFFICE_PATH.`);
  }
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  const sp = spForUser(emulator.siteUrl('/sites/skanderborg'), 'sekretariat.skanderborg@kommune.local');
  documents = createDocumentServices(sp, config);
  agreements = new AgreementRepository(sp, config);
  const departments = await new DepartmentRepository(sp).all();
  departmentIdOf = (title) => {
    const d = departments.find((x) => x.title === title);
    if (!d) throw new Error(`department ${title} not seeded`);
    return d.id;
  };
}, 120000);

afterAll(async () => {
  await emulator?.close();
  rmSync(work, { recursive: true, force: true });
});

/** LibreOffice converts the file; a profile of its own keeps parallel runs apart. */
async function convert(file: string, to: string): Promise<string> {
  const profile = `file://${join(work, 'profile')}`;
  await run(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', work, file], { timeout: 120000 });
  const out = file.replace(/\.docx$/, `.${to.split(':')[0]}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${file} to ${to}`);
  return out;
}

async function asText(data: ArrayBuffer, name: string): Promise<{ lines: string[]; pdf: Buffer }> {
  const file = join(work, `${name}.docx`);
  writeFileSync(file, Buffer.from(data));
  const pdf = readFileSync(await convert(file, 'pdf'));
  const text = readFileSync(await convert(file, 'txt:Text'), 'utf8').replace(/^\uFEFF/, '');
  return { lines: text.split(/\r?\n/).map((l) => l.trim()), pdf };
}

/** Pages of LibreOffice's PDF (its page tree states the count). */
function pdfPages(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...counts);
}

/** The cells after a table's first header cell, as LibreOffice writes them (one per line). */
function cellsAfter(lines: string[], from: number, first: string, count: number): string[] {
  const start = lines.indexOf(first, from);
  if (start < 0) throw new Error(`"${first}" not in the text after line ${from}`);
  return lines.slice(start, start + count);
}

it('the 2023 agreement of Staben Økonomi, Digitalisering og Indkøb has its seven goals and both climate tables', async () => {
  const agreement = await agreements.forDepartmentYear(departmentIdOf('Staben Økonomi, Digitalisering og Indkøb'), 2023);
  if (!agreement) throw new Error('2023 agreement not seeded');
  const file = await documents.agreementDocx(agreement.id);
  expect(file.fileName).toBe('Udviklingsaftale 2023 - Staben Økonomi, Digitalisering og Indkøb.docx');
  expect(Buffer.from(file.data).subarray(0, 2).toString()).toBe('PK');
  const { lines, pdf } = await asText(file.data, 'aftale-2023');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The footer names the department and the page (LibreOffice's HTML keeps the footer and its field).
  const html = readFileSync(await convert(join(work, 'aftale-2023.docx'), 'html'), 'utf8').replace(/\s+/g, ' ');
  expect(html).toMatch(/<div title="footer">.*Staben Økonomi, Digitalisering og Indkøb · 2023 · side <span[^>]*><sdfield type=PAGE/);
  // Each of the seven goals starts a page, and so does the climate annex.
  singlePages = pdfPages(pdf);
  expect(singlePages).toBeGreaterThanOrEqual(9);

  expect(lines).toContain('Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb');
  // The board's contract dialogue (seeded, issue 18) is printed with what was agreed.
  expect(lines).toContain('Kontraktdialog 18. april 2023: Kontraktdialog forår 2023');
  expect(lines).toContain('Sygefraværet følges fortsat månedligt i LMU.');
  for (const heading of [
    '1. Forslag til noget vi skal holde op med at gøre',
    '2. Fokusområder i ledelsesudviklingen',
    '3. Sygefravær i staben',
    '4. Flexible arbejdsformer',
    '5. God modtagelse af nye kollegaer',
    '6. Udvikling i opgaveløsningen',
    '7. Dataunderstøttelse af "Fastholdelse og rekruttering"'
  ]) {
    expect({ heading, found: lines.includes(heading) }).toEqual({ heading, found: true });
  }
  expect(lines).toContain('Fællesmål med Byrådssekretariatet og HR staben');
  // No 2023 goal marks a track, and the 2023 document prints no "Udgangspunkt for målet" table:
  // neither does the .docx (it prints what is written, issue 16), and no cell reads "(tom)".
  const goal1 = lines.indexOf('1. Forslag til noget vi skal holde op med at gøre');
  expect(goal1).toBeGreaterThan(0);
  expect(lines).not.toContain('Udgangspunkt for målet');
  expect(lines.filter((l) => /\(tom\)/.test(l))).toEqual([]);
  // Bullet lists survive into Word as bullets (goal 1's "Aktiviteter").
  expect(lines).toContain(
    '• Derudover vil vi i de enkelte afdelinger drøfte, hvordan man bringer ”udfordringspligten” i spil på andre områder på ”den gode måde”.'
  );

  const annex = lines.indexOf('Mål vedr. Klimainsatsen');
  expect(annex).toBeGreaterThan(goal1);
  const indkob = lines.indexOf('Indkøb med omtanke – videreførelsen af strategisporet ”Fokus på bæredygtige indkøb”', annex);
  const pc = lines.indexOf('Bæredygtige Pc-anskaffelser', annex);
  expect(indkob).toBeGreaterThan(annex);
  expect(pc).toBeGreaterThan(indkob);
  for (const [start, end] of [
    [indkob, pc],
    [pc, lines.length]
  ]) {
    const table = lines.slice(start, end);
    for (const row of ['Strategispor i klima-, energi- og ressourcepolitikken', 'Beskrivelse af tiltaget', 'Barrierer', 'Verdensmål']) {
      expect({ row, found: table.includes(row) }).toEqual({ row, found: true });
    }
  }
  // The PC annex leaves "CO2 effekt" blank: an empty row is not printed.
  expect(lines.slice(pc)).not.toContain('CO2-effekt');
  const indkobTable = lines.slice(indkob, pc);
  expect(indkobTable).toEqual(expect.arrayContaining(['• 7. Bæredygtig energi', '• 13. Klimaindsats', 'Skanderborg Kommune går forrest.']));
  expect(lines.slice(pc)).toEqual(expect.arrayContaining(['• 12. Ansvarligt forbrug og produktion', '• 13. Klimaindsats', "500 reproducerede Pc'er i 2026."]));
  // Ressourceeffekt: the X in the fourth of five cells for Indkøb med omtanke; the PCs mark none,
  // so their annex has no empty scale.
  const row = 'Vurdering af effekt ift. at nedbringe ressourceforbruget, 1 (lav effekt) – 5 (høj effekt)';
  expect(cellsAfter(lines, indkob, row, 6)).toEqual([row, '', '', '', 'X', '']);
  expect(lines.slice(pc)).not.toContain(row);
}, 180000);

it('the 2020 agreement of Staben Økonomi, Innovation og IT has the X marks of the document', async () => {
  const agreement = await agreements.forDepartmentYear(departmentIdOf('Staben Økonomi, Innovation og IT'), 2020);
  if (!agreement) throw new Error('2020 agreement not seeded');
  const { lines } = await asText((await documents.agreementDocx(agreement.id)).data, 'aftale-2020');
  const table = (goalHeading: string): string[] => {
    const at = lines.indexOf(goalHeading);
    expect({ goalHeading, at: at >= 0 }).toEqual({ goalHeading, at: true });
    return cellsAfter(lines, at, 'Udgangspunkt for målet', 9).slice(1);
  };
  const tracks = ['Vores relationer til folkestyret', 'Vores relationer til borgerne', 'Vores relationer til hinanden'];
  expect(table('1. Styrket digital ledelse og udvikling af digitale kompetencer')).toEqual([
    ...tracks,
    'Digitaliserings- og IT-strategien',
    'X',
    'X',
    'X',
    'X'
  ]);
  expect(table('2. Det skal være lettere at være decentral leder')).toEqual([...tracks, 'Andet', '', '', 'X', '']);
  expect(table('3. Bedre anlægsstyring med henblik på forbedring af det politiske beslutningsgrundlag for anlægsinvesteringer')).toEqual([
    ...tracks,
    'Den økonomiske politik',
    'X',
    '',
    'X',
    'X'
  ]);
  expect(table('4. Strategi for videreudviklingen af vores ledelsesinformation (TARGIT)')).toEqual([...tracks, 'Andet', 'X', 'X', '', '']);
  // "Aftalens tilblivelse" as a table.
  expect(cellsAfter(lines, 0, 'Afleveres til direktionen', 2)).toEqual(['Afleveres til direktionen', '3. december 2019']);
}, 180000);

it("the year's file holds every agreement of the year, each on its own pages after a title page", async () => {
  const year = await documents.loadYearDocuments(2023);
  expect(year.map((d) => d.department.title)).toEqual(['Staben Økonomi, Digitalisering og Indkøb']);
  expect(year[0].goals).toHaveLength(9);
  const file = await documents.yearDocx(2023);
  expect(file.fileName).toBe('Udviklingsaftaler 2023 - alle afdelinger.docx');
  const { lines, pdf } = await asText(file.data, 'aar-2023');
  // A title page before the agreement, which starts on a page of its own.
  expect(pdfPages(pdf)).toBe(singlePages + 1);
  expect(lines[0]).toBe('Udviklingsaftaler 2023');
  expect(lines).toContain('• Staben Økonomi, Digitalisering og Indkøb · 2023: Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb');
  expect(lines).toContain('7. Dataunderstøttelse af "Fastholdelse og rekruttering"');
  await expect(documents.yearDocx(2031)).rejects.toMatchObject({ kind: 'notFound', message: 'Der er ingen udviklingsaftaler for 2031.' });
}, 180000);

it("reads a year's agreements in one request (one $batch, once the digest is known) and one agreement's .docx in two", async () => {
  const counter = countingFetch();
  const { sp } = createDataLayer(rawSpForUser(emulator.siteUrl('/sites/skanderborg'), 'sekretariat.skanderborg@kommune.local'), { fetch: counter.fetch });
  const counted = createDocumentServices(sp, config);
  const first = await counted.loadYearDocuments(2020);
  expect(first.map((d) => d.goals.length)).toEqual([4]);
  counter.reset();
  const again = await counted.loadYearDocuments(2023);
  expect(counter.requests).toBe(1);
  expect(again[0].goals).toHaveLength(9);
  expect(again[0].tracks.filter((t) => t.kind === 'track')).toHaveLength(2);
  counter.reset();
  await counted.agreementDocx(again[0].agreement.id);
  expect(counter.requests).toBe(2);
});
