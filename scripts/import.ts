// `npm run import -- --site <url> (--token <bearer> | --user <login>) [--dry-run] [--json] FILE.docx…`
// For IT migrating an archive of Word agreements (issue 19): each file is read and recognised
// exactly as "Importér fra Word" in the page does (src/services/wordImport), the mapping printed
// (as JSON with --json) and, without --dry-run, saved through the same save path. The department
// and year come from the document; --department <title> and --year <yyyy> override them for every
// file. A real tenant is reached with an access token for SharePoint (--token or SP_ACCESS_TOKEN,
// as `npm run provision`); the local emulator with --user <login>. The site's own stage
// configuration (Settings list) decides the stages; --stages names the fallback (skanderborg).
// A file that cannot be imported gets one Danish line naming it and nothing is written for it;
// the exit code is 1 when any file failed.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { createSp } from '../src/data/pnp';
import { DEFAULT_STAGE_CONFIGURATIONS, SKANDERBORG_STAGES } from '../src/domain/stageConfigurations';
import type { StageConfiguration } from '../src/domain';
import { assemble, departmentByName, documentDepartment, resolveGoal } from '../src/domain/wordImport/assemble';
import { loadWorkflow } from '../src/services/approvals/workflowSettings';
import { SettingsRepository } from '../src/data/repositories/settingsRepository';
import { ImportFileError, MAX_IMPORT_BYTES, type ImportFileProblem } from '../src/services/wordImport/importErrors';
import { createWordImportServices, type ImportSaveResult } from '../src/services/wordImport/wordImportServices';

export interface ImportArgs {
  site: string;
  token?: string;
  user?: string;
  dryRun: boolean;
  json: boolean;
  stages: string;
  department?: string;
  year?: number;
  files: string[];
}

const VALUE_FLAGS = ['--site', '--token', '--user', '--stages', '--department', '--year'];

export function parseImportArgs(argv: string[], env: Record<string, string | undefined>): ImportArgs {
  const args: Partial<ImportArgs> & { files: string[] } = { files: [], dryRun: false, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--dry-run') {
      args.dryRun = true;
      continue;
    }
    if (flag === '--json') {
      args.json = true;
      continue;
    }
    if (!flag.startsWith('--')) {
      args.files.push(flag);
      continue;
    }
    if (!VALUE_FLAGS.includes(flag)) throw new Error(`Ukendt flag: ${flag}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} mangler en værdi`);
    i += 1;
    if (flag === '--year') {
      if (!/^\d{4}$/.test(value)) throw new Error(`--year skal være et årstal, fx 2024 (fik »${value}«)`);
      args.year = Number(value);
    } else (args as Record<string, unknown>)[flag.slice(2)] = value;
  }
  if (!args.site || !/^https?:\/\/[^\s/]+\/?/.test(args.site))
    throw new Error('Angiv webstedet med --site, fx --site https://kommune.sharepoint.com/sites/udvikling');
  const token = args.token ?? env.SP_ACCESS_TOKEN;
  if (!token && !args.user) throw new Error('Angiv --token (eller SP_ACCESS_TOKEN) for en rigtig tenant, eller --user <login> for emulatoren');
  if (args.files.length === 0) throw new Error('Angiv mindst én .docx-fil');
  return {
    site: args.site.replace(/\/+$/, ''),
    token,
    user: args.user,
    dryRun: !!args.dryRun,
    json: !!args.json,
    stages: args.stages ?? 'skanderborg',
    department: args.department,
    year: args.year,
    files: args.files
  };
}

/** The Danish message of a refused file, naming it (the page says the same, loc/da-dk.js WordImport). */
export function problemMessage(code: ImportFileProblem, fileName: string): string {
  const messages: Record<ImportFileProblem, string> = {
    tooLarge: `${fileName} er større end ${MAX_IMPORT_BYTES / 1024 / 1024} MB og kan ikke importeres.`,
    emptyFile: `${fileName} er tom (0 byte).`,
    oldDoc: `${fileName} er i det gamle Word-format (.doc). Åbn den i Word og gem den som .docx, og prøv igen.`,
    passwordProtected: `${fileName} er beskyttet med adgangskode. Fjern adgangskoden i Word, og prøv igen.`,
    notDocx: `${fileName} er ikke et Word-dokument (.docx).`,
    noText: `${fileName} indeholder ingen tekst.`,
    noGoals: `${fileName}: der blev ikke fundet nogen udviklingsmål i dokumentet.`
  };
  return messages[code];
}

function summary(fileName: string, result: ImportSaveResult): string {
  const count = (o: string): number => result.goals.filter((g) => g.outcome === o).length;
  const agreementDa = {
    created: 'aftale oprettet',
    updated: 'aftale opdateret',
    unchanged: 'aftale uændret',
    locked: 'aftalen er låst (ikke ændret)',
    conflict: 'aftalen har felter ændret både i filen og i appen'
  }[result.agreement];
  const agreementEn = {
    created: 'agreement created',
    updated: 'agreement updated',
    unchanged: 'agreement unchanged',
    locked: 'agreement locked (not changed)',
    conflict: 'agreement has fields changed both in the file and in the app'
  }[result.agreement];
  const extra = ['locked', 'conflict', 'noTitle'].filter((o) => count(o) > 0);
  const extraDa = extra.map((o) => `${count(o)} ${{ locked: 'låst', conflict: 'i konflikt', noTitle: 'uden titel' }[o]}`).join(', ');
  const extraEn = extra.map((o) => `${count(o)} ${{ locked: 'locked', conflict: 'in conflict', noTitle: 'without title' }[o]}`).join(', ');
  // Fields both changed are left as the app has them; the page lets the user choose (the CLI cannot ask).
  const waitingDa = result.conflicts.length > 0 ? `; ${result.conflicts.length} felter ændret begge steder er ikke overskrevet (vælg i siden)` : '';
  const waitingEn = result.conflicts.length > 0 ? `; ${result.conflicts.length} fields changed in both places were not overwritten (choose in the page)` : '';
  return (
    `${fileName}: ${agreementDa}, ${count('created')} mål oprettet, ${count('updated')} opdateret, ${count('unchanged')} uændret${extraDa ? `, ${extraDa}` : ''}${waitingDa}` +
    ` · ${agreementEn}, ${count('created')} goals created, ${count('updated')} updated, ${count('unchanged')} unchanged${extraEn ? `, ${extraEn}` : ''}${waitingEn}`
  );
}

async function siteConfig(sp: SPFI, fallbackKey: string): Promise<StageConfiguration> {
  const fallback = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === fallbackKey) ?? SKANDERBORG_STAGES;
  return (await loadWorkflow(new SettingsRepository(sp), fallback)).config;
}

export async function runImport(args: ImportArgs, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const headers: Record<string, string> = args.token ? { Authorization: `Bearer ${args.token}` } : { 'X-Emulator-User': args.user ?? '' };
  const sp = createSp(spfi(args.site).using(SPBrowser({ baseUrl: args.site }), InjectHeaders(headers)));
  const services = createWordImportServices(sp, await siteConfig(sp, args.stages));
  let failed = 0;
  const json: unknown[] = [];
  for (const path of args.files) {
    const fileName = basename(path);
    try {
      // Checked before reading, so a huge file is never loaded into memory.
      if (statSync(path).size > MAX_IMPORT_BYTES) throw new ImportFileError('tooLarge', fileName);
      const bytes = readFileSync(path);
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const file = await services.readFile(fileName, data);
      const year = args.year ?? file.mapping.year;
      if (year === undefined) throw new Error(`${fileName}: dokumentet nævner intet år; angiv det med --year.`);
      const context = await services.yearContext(year);
      const department = args.department ? departmentByName(args.department, context.departments) : documentDepartment(file.mapping, context.departments);
      if (!department)
        throw new Error(
          `${fileName}: afdelingen »${args.department ?? file.mapping.departmentName ?? '?'}« findes ikke på webstedet; angiv den med --department.`
        );
      const { agreement, goals } = assemble(file.mapping);
      // A year without a DUS: marked tracks are kept aside and reported (the page offers another DUS year).
      const resolved = goals.map((g) =>
        resolveGoal(g, { ...context, withoutStrategy: context.strategy === undefined, ownDepartmentId: department.id, agreementPolicies: agreement.policies })
      );
      const mapping = {
        file: fileName,
        department: department.title,
        departmentId: department.id,
        year,
        yearTo: file.mapping.yearTo,
        agreement,
        goals: goals.map((g, i) => ({ ...g, ...resolved[i].resolved })),
        problems: resolved.flatMap((r) => r.problems),
        parts: file.mapping.parts.map((p) => ({ index: p.index, destination: p.destination, source: p.source }))
      };
      const saved = args.dryRun
        ? undefined
        : await services.save({
            mapping: file.mapping,
            departmentId: department.id,
            year,
            ...(file.mapping.yearTo !== undefined && file.mapping.yearTo > year ? { yearTo: file.mapping.yearTo } : {})
          });
      if (args.json) json.push(saved ? { ...mapping, saved } : mapping);
      else if (saved) out(summary(fileName, saved));
      else
        out(
          `${fileName}: ${department.title} ${year}${file.mapping.yearTo ? `-${file.mapping.yearTo}` : ''}, ${goals.length} mål, ${agreement.sections.length} frie afsnit (prøvekørsel, intet gemt) · ${goals.length} goals, ${agreement.sections.length} free sections (dry run, nothing saved)`
        );
    } catch (e) {
      failed += 1;
      err(e instanceof ImportFileError ? problemMessage(e.code, e.fileName) : `${fileName}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (args.json) out(JSON.stringify(json, null, 2));
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  (async () => {
    const args = parseImportArgs(process.argv.slice(2), process.env);
    process.exitCode = await runImport(
      args,
      (l) => process.stdout.write(`${l}\n`),
      (l) => process.stderr.write(`${l}\n`)
    );
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
