// The Excel export of 5,000 goals in headless Chromium: the product's sheet model and the exceljs
// writer, bundled for the browser (minified, like the lazy 'xlsx-export' chunk), building and
// writing the whole .xlsx in the page. Budget (issue 8): at most 2 s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../tests/e2e/harness/browser';
import { evaluateAmdLocale } from '../devhost/locales/amd';
import { recordSection, summarize } from './lib/record';

const RUNS = 7;
const GOALS = 5000;
const BUDGET_MS = 2000;

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [join(__dirname, 'export', 'browserEntry.ts')],
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', minify: true,
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent'
  });
  const script = bundle.outputFiles[0].text;
  const strings = evaluateAmdLocale<IUdviklingsaftalerStrings>(
    readFileSync(join(__dirname, '..', 'src', 'webparts', 'udviklingsaftaler', 'loc', 'da-dk.js'), 'utf8')
  );
  const labels = { ...strings.Overview.Workbook, Fields: strings.GoalFields, Resilience: strings.Resilience };
  const browser = await launchChromium();
  try {
    const results: Record<string, { ms: number[]; bytes: number }> = {};
    for (const layout of ['single', 'perDepartment'] as const) {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>export bench</title>');
      await page.addScriptTag({ content: script });
      const ms: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS + 1; i++) {
        const r = await page.evaluate(({ n, l, lab }) => window.runExport(n, l, lab), { n: GOALS, l: layout, lab: labels });
        if (r.head !== 'PK') throw new Error('the export did not produce a zip');
        if (i > 0) ms.push(r.ms); // the first run warms the JIT
        bytes = r.bytes;
      }
      results[layout] = { ms, bytes };
      await page.close();
    }
    const rows = Object.entries(results).map(([layout, r]) => {
      const s = summarize(r.ms);
      return { layout, ...s, kb: r.bytes / 1024 };
    });
    const f = (n: number): string => n.toFixed(0);
    const worst = Math.max(...rows.map((r) => r.median));
    recordSection('export-xlsx', [
      '## Excel export of 5,000 goals (bench/export.bench.ts)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} in headless Chromium: building the sheet model and writing the .xlsx (exceljs 4.4.0, minified browser bundle) of ${GOALS.toLocaleString('en')} synthetic goals with realistic text lengths, 40 departments, 3 track columns, all ${'fields'}; ${RUNS} runs each after one warm-up, in one page per layout. Loading the data from SharePoint is not included (see the data-layer benchmark).`,
      '',
      '| Layout | median ms | min ms | max ms | file KB |',
      '|---|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.layout === 'single' ? 'one sheet for all' : 'one sheet per department (40)'} | ${f(r.median)} | ${f(r.min)} | ${f(r.max)} | ${f(r.kb)} |`),
      '',
      `Budget ${BUDGET_MS.toLocaleString('en')} ms: ${worst <= BUDGET_MS ? 'met' : `missed by ${f(worst - BUDGET_MS)} ms`}.`
    ].join('\n'));
    process.stdout.write(rows.map((r) => `export ${r.layout}: median ${f(r.median)} ms, ${f(r.kb)} KB\n`).join(''));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
