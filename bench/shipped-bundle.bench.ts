// What municipalities install, measured (issue 21): the built .sppkg's bundle (dist/, made by
// `npm run build`) loaded through the shipped-bundle harness of the browser tests, against the
// emulator at 100 ms per request. Per round, alternating, in fresh browser profiles:
// - floor: the same page loading the bundle and defining its module, with nothing else run;
// - ours: the web part's onInit and render, to the department dashboard's track matrix.
// Their ratio is what the web part costs over merely loading its script.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startEmulator } from '../emulator';
import { seedAllSites } from '../scripts/seed/seedSites';
import { seedMunicipalities } from '../seed';
import { launchChromium } from '../tests/e2e/harness/browser';
import { startShippedServer } from '../tests/e2e/shipped/shippedServer';
import { rawSpForUser } from '../tests/integration/helpers/emulator';
import { DepartmentRepository } from '../src/data/repositories/departmentRepository';
import { recordSection, summarize } from './lib/record';
import { matrixSeenAt, watchMatrix } from './lib/matrixWatch';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LATENCY_MS = 100;
async function run(browser: Browser, url: string, loadOnly: boolean): Promise<number> {
  const context = await browser.newContext();
  await watchMatrix(context);
  const page = await context.newPage();
  await page.goto(loadOnly ? url.replace('/#', '/?loadOnly=1#') : url);
  const ms = loadOnly
    ? await page
        .waitForFunction(() => (window as unknown as { __loadedAt?: number }).__loadedAt, undefined, { timeout: 30000 })
        .then((h) => h.jsonValue() as Promise<number>)
    : await matrixSeenAt(page);
  await context.close();
  return ms;
}

async function main(): Promise<void> {
  if (!existsSync(join(__dirname, '..', 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
  const skanderborg = seedMunicipalities.find((m) => m.key === 'skanderborg');
  const reader = skanderborg?.users.find((u) => u.role === 'reader');
  if (!skanderborg || !reader) throw new Error('seed lacks the Skanderborg reader');
  const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-shipped-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  const browser = await launchChromium();
  try {
    await seedAllSites(emulator.url);
    const departments = await new DepartmentRepository(rawSpForUser(emulator.siteUrl(skanderborg.sitePath), 'admin@kommune.local')).all();
    const target = departments.find((d) => d.title === 'Staben Økonomi, Innovation og IT');
    if (!target) throw new Error('seed department missing');
    const shipped = await startShippedServer(emulator.url, skanderborg.sitePath, reader.login);
    const url = `${shipped.url}#/afdeling/${target.id}/2020`;
    try {
      emulator.control.setFaults({ latencyMs: LATENCY_MS });
      await run(browser, url, true);
      await run(browser, url, false);
      const floor: number[] = [];
      const ours: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        floor.push(await run(browser, url, true));
        ours.push(await run(browser, url, false));
      }
      const f = summarize(floor);
      const o = summarize(ours);
      const ms = (n: number): string => n.toFixed(0);
      recordSection(
        'shipped-bundle',
        [
          '## The shipped bundle: web part boot to the dashboard vs loading the bundle alone (bench/shipped-bundle.bench.ts)',
          '',
          `Measured ${new Date().toISOString().slice(0, 10)} in headless Chromium with the built bundle (dist/, what the .sppkg carries) in the browser tests' shipped-bundle page (tests/e2e/shipped), emulator latency ${LATENCY_MS} ms per request, \`#/afdeling/<Staben Økonomi, Innovation og IT>/2020\` as the Skanderborg employee, ${RUNS} rounds after one warm-up, fresh browser profile per run, alternating. **Floor**: the page loads React, the loader stand-in, the locale file and the bundle, and defines the web part's module, and runs nothing else. **Ours**: the same, then the web part's onInit and render until the track matrix is laid out.`,
          '',
          '| | median ms | min ms | max ms |',
          '|---|---:|---:|---:|',
          `| floor: bundle loaded and defined | ${ms(f.median)} | ${ms(f.min)} | ${ms(f.max)} |`,
          `| ours: boot to the track matrix | ${ms(o.median)} | ${ms(o.min)} | ${ms(o.max)} |`,
          '',
          `Ours / floor: **${(o.median / f.median).toFixed(2)}**. The difference (${ms(o.median - f.median)} ms) is the web part's own work after its script is in: onInit, the site check, the view's reads (at ${LATENCY_MS} ms a request) and the render.`
        ].join('\n')
      );
      process.stdout.write(`shipped bundle: floor ${ms(f.median)} ms, ours ${ms(o.median)} ms\n`);
    } finally {
      await shipped.close();
    }
  } finally {
    await browser.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
