// Emulator speed: with 50,000 items in a Goals-like list (indexed Year and Department lookup),
// the median time of a 100-item page filtered on indexed columns, and of a $batch of 20 reads,
// both through @pnp/sp, each answered from the leading clause's index (emulator/odata/itemIndex.ts)
// and by a scan of the whole list (queryPlan.scan, what the emulator did before), alternating in
// the same run. Then the department view's `$batch` (src/services/queries, as the Skanderborg
// employee) with the seed alone and with 20,000 goals and 100,000 check-ins (the first-render
// benchmark's data, bench/lib/departmentViewSite.ts), indexed and scanned: the ratio big/seed says
// how much of the view's cost still grows with the lists. Target: the filtered page under 50 ms
// median on this 2-core machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '@pnp/sp/batching';
import { startEmulator } from '../emulator';
import { queryPlan } from '../emulator/odata/items';
import { OWNER, rawSpForUser } from '../tests/integration/helpers/emulator';
import { addItems, createTestList } from '../tests/integration/emulator/setup';
import { recordSection, summarize } from './lib/record';
import { departmentViewSite } from './lib/departmentViewSite';

const ITEMS = 50000;
const RUNS = 40;
const VIEW_RUNS = 20;

interface Pair {
  indexed: number[];
  scanned: number[];
}

/** The same operation answered from the index and by a scan, alternating, after warm-up runs. */
async function pair(run: () => Promise<unknown>, runs = RUNS): Promise<Pair> {
  const out: Pair = { indexed: [], scanned: [] };
  for (let i = 0; i < runs + 5; i++) {
    for (const scan of i % 2 === 0 ? [false, true] : [true, false]) {
      queryPlan.scan = scan;
      const started = performance.now();
      await run();
      const ms = performance.now() - started;
      if (i >= 5) (scan ? out.scanned : out.indexed).push(ms); // the first five warm up
    }
  }
  queryPlan.scan = false;
  return out;
}

const ms = (n: number): string => n.toFixed(1);
const med = (samples: number[]): number => summarize(samples).median;

function row(label: string, p: Pair): string {
  const i = summarize(p.indexed);
  const s = summarize(p.scanned);
  return `| ${label} | ${ms(i.median)} | ${ms(i.min)}–${ms(i.max)} | ${ms(s.median)} | ${ms(s.min)}–${ms(s.max)} | ${(i.median / s.median).toFixed(2)} |`;
}

async function listQueries(): Promise<{ page: Pair; batch: Pair; loadMs: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir, sites: ['/sites/bench'] });
  try {
    const sp = rawSpForUser(emulator.siteUrl('/sites/bench'), OWNER);
    const list = await createTestList(sp, 'Goals');
    await addItems(sp, list.departments, 100, (i) => ({ Title: `Afdeling ${i}` }));
    const loadStarted = performance.now();
    await addItems(sp, list.id, ITEMS, (i) => ({
      Title: `Mål ${i}`,
      Year: 2015 + (i % 10),
      Stage: i % 3 ? 'Godkendt' : 'Kladde',
      DepartmentId: 1 + (i % 100),
      Purpose: 'Formål'
    }));
    const loadMs = performance.now() - loadStarted;
    const items = (): ReturnType<typeof sp.web.lists.getById>['items'] => sp.web.lists.getById(list.id).items;
    const page = await pair(() => items().filter('Department/Id eq 42 and Year eq 2021').select('Id', 'Title', 'Year', 'Stage', 'DepartmentId').top(100)());
    const batch = await pair(async () => {
      const [batched, execute] = sp.batched();
      const reads = Array.from({ length: 20 }, (_, d) =>
        batched.web.lists
          .getById(list.id)
          .items.filter(`Department/Id eq ${d + 1} and Year eq 2020`)
          .select('Id', 'Title')
          .top(100)()
      );
      await execute();
      await Promise.all(reads);
    });
    return { page, batch, loadMs };
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function departmentView(): Promise<{ seed: Pair; large: Pair; checkIns: number }> {
  const site = await departmentViewSite();
  try {
    const seed = await pair(site.readView, VIEW_RUNS);
    await site.addGoals();
    const checkIns = await site.addCheckIns();
    const large = await pair(site.readView, VIEW_RUNS);
    return { seed, large, checkIns };
  } finally {
    await site.close();
    rmSync(site.dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { page, batch, loadMs } = await listQueries();
  const view = await departmentView();
  const pageMedian = med(page.indexed);
  recordSection(
    'emulator',
    [
      '## Emulator (bench/emulator.bench.ts)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}: client (@pnp/sp) and emulator in one process over HTTP on localhost, no latency added, write-ahead-log persistence on. **indexed**: the emulator takes a query's candidates from the index of its leading clause's indexed column (an \`eq\`, or an \`or\` of them; emulator/odata/itemIndex.ts), as SharePoint walks the index; **scan**: every item of the list is filtered (\`queryPlan.scan\`, the emulator before the index). The two alternate in the same run; ${RUNS} runs each after 5 warm-up runs (the department view: ${VIEW_RUNS}).`,
      '',
      '| operation | indexed median ms | indexed min–max | scan median ms | scan min–max | indexed / scan |',
      '|---|---:|---:|---:|---:|---:|',
      row(`${ITEMS.toLocaleString('en')} items: 100-item page, \`Department/Id eq 42 and Year eq 2021\``, page),
      row(`${ITEMS.toLocaleString('en')} items: \`$batch\` of 20 filtered reads`, batch),
      row('department view `$batch`, seed only', view.seed),
      row(`department view \`$batch\`, seed + 20,000 goals + ${view.checkIns.toLocaleString('en')} check-ins`, view.large),
      '',
      `The department view (\`#/afdeling/<Staben Økonomi, Innovation og IT>/2020\` as the Skanderborg employee, \`createViewQueries().loadDepartmentView\`: one \`$batch\`, its answer parsed by the product's repositories) with 20,000 goals and the check-ins / seed only: indexed ${(med(view.large.indexed) / med(view.seed.indexed)).toFixed(2)}, scan ${(med(view.large.scanned) / med(view.seed.scanned)).toFixed(2)}. What remains grows with what the view's queries look at, not with the lists: its goals query (\`Department/Id eq <d> and Year ge <y-4> and Year le <y> and (Year eq <y> or Agreement/YearTo ge <y>)\`) walks the department's goals of five years as candidates, as SharePoint too must, but sends only the year's goals and those of a multi-year agreement still running (src/data/repositories/goalRepository.ts).`,
      '',
      `Target: filtered page under 50 ms median: ${pageMedian < 50 ? 'met' : `missed by ${ms(pageMedian - 50)} ms`}. Loading the ${ITEMS.toLocaleString('en')} items in 500 batches took ${(loadMs / 1000).toFixed(1)} s.`
    ].join('\n')
  );
  process.stdout.write(
    `page ${ms(med(page.indexed))}/${ms(med(page.scanned))} ms, batch ${ms(med(batch.indexed))}/${ms(med(batch.scanned))} ms, view seed ${ms(med(view.seed.indexed))}/${ms(med(view.seed.scanned))} ms, view large ${ms(med(view.large.indexed))}/${ms(med(view.large.scanned))} ms (indexed/scan)\n`
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
