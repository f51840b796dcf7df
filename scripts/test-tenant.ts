// `npm run test:tenant -- --site <url> --token <bearer> [--graph-token <bearer>] [--keep]`
// Before go-live, IT runs the product's integration scenarios against its own SharePoint site: a
// test installation with a unique prefix is provisioned, read, written and approved through the
// product's own code, a report is printed in Danish and English, and everything the installation
// created is removed again (also when a step fails). Without --site it does nothing and says so,
// so `npm test` and CI are unaffected. `--user <login>` instead of a token reaches the local
// emulator (as `npm run provision` does). Exit code 1 when a step failed or something was left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAmdLocale } from '../devhost/locales/amd';
import type { ExportLabels } from '../src/services/export/labels';
import { parseTenantArgs } from './tenant/args';
import { formatReport, runTenantCheck } from './tenant/check';

/** The Excel export's labels as the web part passes them (the Danish workbook and resilience strings). */
export function danishWorkbookLabels(): ExportLabels {
  const file = join(__dirname, '..', 'src', 'webparts', 'udviklingsaftaler', 'loc', 'da-dk.js');
  const strings = evaluateAmdLocale<IUdviklingsaftalerStrings>(readFileSync(file, 'utf8'));
  return { ...strings.Overview.Workbook, Fields: strings.GoalFields, Resilience: strings.Resilience };
}

export async function main(argv: string[], env: Record<string, string | undefined>, out: (text: string) => void): Promise<number> {
  const args = parseTenantArgs(argv, env);
  if (!args) {
    out('test:tenant: intet websted angivet (--site), intet testet / no site given (--site), nothing tested\n');
    return 0;
  }
  out(`Tester / testing ${args.site} ...\n`);
  const report = await runTenantCheck(args, {
    workbookLabels: danishWorkbookLabels(),
    onStep: (r) => out(`  ${r.ok ? (r.skipped ? '-' : '✓') : '✗'} ${r.da} / ${r.en}\n`)
  });
  out(`\n${formatReport(report, args.keep)}`);
  return report.ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2), process.env, (text) => process.stdout.write(text)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`test:tenant: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  );
}
