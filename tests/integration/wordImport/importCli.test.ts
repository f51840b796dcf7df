// `npm run import` (issue 19) against the emulator: --dry-run --json prints the mapping of every
// file and writes nothing; without --dry-run it saves and prints one Danish/English line per file;
// a bad file gets its Danish message naming it, the others still go through, the exit code is 1.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { parseImportArgs, runImport } from '../../../scripts/import';
import { seededDocuments } from '../../helpers/wordImportRoundTrip';
import { OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
let emulator: TestEmulator;
let dir: string;

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(
    parseImportArgs(argv, {}),
    (l) => out.push(l),
    (l) => err.push(l)
  );
  return { code, out, err };
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  dir = mkdtempSync(join(tmpdir(), 'word-import-cli-'));
  for (const doc of (await seededDocuments()).filter((d) => d.key.startsWith('skanderborg')))
    writeFileSync(join(dir, `${doc.key}.docx`), Buffer.from(doc.docx));
  writeFileSync(join(dir, 'gammel.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));
}, 180000);

afterAll(async () => {
  await emulator?.close();
});

describe('npm run import', () => {
  it('refuses arguments it cannot use, in Danish', () => {
    expect(() => parseImportArgs(['--site', 'x', 'a.docx'], {})).toThrow('Angiv webstedet med --site');
    expect(() => parseImportArgs(['--site', 'http://h/sites/a', 'a.docx'], {})).toThrow('Angiv --token');
    expect(() => parseImportArgs(['--site', 'http://h/sites/a', '--user', 'u'], {})).toThrow('Angiv mindst én .docx-fil');
  });

  it('--dry-run --json prints every mapping and writes nothing', async () => {
    const before = (await new AgreementRepository(spForUser(emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES).forYear(2023)).length;
    const { code, out } = await run([
      '--site',
      emulator.siteUrl(SITE),
      '--user',
      OWNER,
      '--dry-run',
      '--json',
      join(dir, 'skanderborg-2019.docx'),
      join(dir, 'skanderborg-2023.docx')
    ]);
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('\n')) as Array<{
      file: string;
      department: string;
      year: number;
      goals: Array<{ title: string; trackIds: number[] }>;
    }>;
    expect(printed.map((p) => [p.file, p.department, p.year, p.goals.length])).toEqual([
      ['skanderborg-2019.docx', 'Byråds- og Direktionssekretariatet', 2019, 3],
      ['skanderborg-2023.docx', 'Staben Økonomi, Digitalisering og Indkøb', 2023, 9]
    ]);
    expect((await new AgreementRepository(spForUser(emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES).forYear(2023)).length).toBe(before);
  });

  it('saves into another department and year, one line per file; a bad file is named and skipped', async () => {
    const { code, out, err } = await run([
      '--site',
      emulator.siteUrl(SITE),
      '--user',
      OWNER,
      '--department',
      'Klimaafdelingen',
      '--year',
      '2023',
      join(dir, 'gammel.doc'),
      join(dir, 'skanderborg-2023.docx')
    ]);
    expect(code).toBe(1);
    expect(err).toEqual(['gammel.doc er i det gamle Word-format (.doc). Åbn den i Word og gem den som .docx, og prøv igen.']);
    expect(out).toEqual([
      'skanderborg-2023.docx: aftale oprettet, 9 mål oprettet, 0 opdateret, 0 uændret · agreement created, 9 goals created, 0 updated, 0 unchanged'
    ]);
    const again = await run([
      '--site',
      emulator.siteUrl(SITE),
      '--user',
      OWNER,
      '--department',
      'Klimaafdelingen',
      '--year',
      '2023',
      join(dir, 'skanderborg-2023.docx')
    ]);
    expect(again.out).toEqual([
      'skanderborg-2023.docx: aftale uændret, 0 mål oprettet, 0 opdateret, 9 uændret · agreement unchanged, 0 goals created, 0 updated, 9 unchanged'
    ]);
    const departments = await new DepartmentRepository(spForUser(emulator.siteUrl(SITE), OWNER)).all();
    const klima = departments.find((d) => d.title === 'Klimaafdelingen')!.id;
    expect(await new AgreementRepository(spForUser(emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES).forDepartmentYear(klima, 2023)).toBeDefined();
  });
});
