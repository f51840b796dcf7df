// The department dashboard's first meaningful render (the track matrix on screen) in headless
// Chromium against the emulator with 100 ms latency per request, with the seed alone and with
// 20,000 goals in the Goals list, side by side in one run. Budget (issue 6): at most 1 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startEmulator } from '../emulator';
import { startDevhostServer } from '../devhost/server';
import { seedAllSites } from '../scripts/seed/seedSites';
import { launchChromium } from '../tests/e2e/harness/browser';
import { rawSpForUser } from '../tests/integration/helpers/emulator';
import { bulkAgreements, bulkGoals } from '../tests/integration/data/support/fixture';
import { DepartmentRepository } from '../src/data/repositories/departmentRepository';
import { recordSection, summarize } from './lib/record';

const RUNS = 7;
const READER = 'medarbejder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';

async function measure(browser: Browser, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext();
    // The page notes the moment the matrix is in the DOM and laid out (a MutationObserver, before
    // any app code runs): Playwright's polling and the evaluate round trip are not part of it.
    await context.addInitScript(() => {
      const w = window as unknown as { __matrixAt?: number };
      const seen = (): boolean => {
        const el = document.querySelector('[data-testid="track-matrix"]');
        return !!el && (el as HTMLElement).offsetParent !== null;
      };
      new MutationObserver((_m, observer) => {
        if (w.__matrixAt === undefined && seen()) {
          w.__matrixAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('track-matrix').waitFor({ timeout: 30000 });
    const ms = await page.evaluate(() => (window as unknown as { __matrixAt?: number }).__matrixAt ?? performance.now());
    if (i > 0) samples.push(ms); // the first run warms the dev host's bundle and the emulator
    await context.close();
  }
  return samples;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-render-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  const devhost = await startDevhostServer({ emulatorUrl: emulator.url, port: 0, production: true });
  const browser = await launchChromium();
  try {
    await seedAllSites(emulator.url);
    const raw = rawSpForUser(emulator.siteUrl('/sites/skanderborg'), OWNER);
    const departments = await new DepartmentRepository(raw).all();
    const target = departments.find((d) => d.title === 'Staben Økonomi, Innovation og IT');
    if (!target) throw new Error('seed department missing');
    const url = `${devhost.url}?user=${encodeURIComponent(READER)}#/afdeling/${target.id}/2020`;

    emulator.control.setFaults({ latencyMs: 100 });
    const seedOnly = await measure(browser, url);
    emulator.control.clearFaults();
    const years = Array.from({ length: 10 }, (_, i) => 2008 + i);
    const ids = departments.map((d) => d.id);
    const agreementId = await bulkAgreements(raw, ids, years);
    await bulkGoals(raw, { count: 20000, years, departmentIds: ids, agreementId });
    emulator.control.setFaults({ latencyMs: 100 });
    const large = await measure(browser, url);

    const a = summarize(seedOnly);
    const b = summarize(large);
    const ms = (n: number): string => n.toFixed(0);
    recordSection('first-render', [
      '## Department dashboard first meaningful render (bench/first-render.bench.ts)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} in headless Chromium (the dev host page built for production: minified, React's production build, split into chunks like the SPFx bundle so lazy views load on use): from navigation start to the track matrix laid out on screen (noted in the page by a MutationObserver, so Playwright's polling is not counted), \`#/afdeling/<Staben Økonomi, Innovation og IT>/2020\` as the Skanderborg employee, emulator latency 100 ms per request, ${RUNS} runs each after one warm-up, fresh browser context per run.`,
      '',
      '| Goals list | median ms | min ms | max ms |',
      '|---|---:|---:|---:|',
      `| seed only (${16} Skanderborg goals) | ${ms(a.median)} | ${ms(a.min)} | ${ms(a.max)} |`,
      `| seed + 20,000 goals | ${ms(b.median)} | ${ms(b.min)} | ${ms(b.max)} |`,
      '',
      `Budget 1,000 ms: ${b.median <= 1000 ? 'met' : `missed by ${ms(b.median - 1000)} ms`} at 20,000 goals (ratio to seed only: ${(b.median / a.median).toFixed(2)}).`
    ].join('\n'));
    process.stdout.write(`first render: seed ${ms(a.median)} ms, 20k ${ms(b.median)} ms\n`);
  } finally {
    await browser.close();
    await devhost.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
