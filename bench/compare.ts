// Two builds of the dev host side by side: the department view's cold first render (navigation
// start to the track matrix laid out) of checkout A and checkout B, in one run, against one emulator
// with SharePoint's 100 ms latency. For trying a change before it lands (issue 21): a change worth
// a few per cent cannot be seen by comparing two runs of `npm run bench`, minutes apart on a shared
// machine.
//
// Usage: npx tsx bench/compare.ts [--runs N] <checkout A> <checkout B>
//   A checkout is a directory with the repository, e.g. `git worktree add ../ua-before HEAD~1`; it
//   needs node_modules (`ln -s "$PWD/node_modules" ../ua-before/node_modules`). Each builds its own
//   production page (devhost/webpackBuild.ts), as the first-render benchmark's page.
//
// Why four servers: of two dev host servers from the same code, started one after the other and
// measured in turns, the second was 8 % slower (decision 0014). Each checkout gets two servers,
// started A, B, B, A, and each round measures the four in an order reversed every other round, so
// neither the start order nor the turn order favours one checkout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/browser';
import { startEmulatorProcess } from './lib/emulatorProcess';
import { raiseServerPriority } from './lib/priority';
import { matrixSeenAt, watchMatrix } from './lib/matrixWatch';
import { summarize } from './lib/record';
import { parseArgs, turnOrder } from './lib/compareArgs';
import { seedStorage } from './lib/seededStorage';

const READER = 'medarbejder.skanderborg@kommune.local';
const LATENCY_MS = 100;

interface Page {
  checkout: 0 | 1;
  url: string;
  close(): Promise<void>;
}

async function coldRender(browser: Browser, url: string): Promise<{ ms: number; mount: number | undefined }> {
  const context = await browser.newContext();
  try {
    await watchMatrix(context);
    const page = await context.newPage();
    await page.goto(url);
    const ms = await matrixSeenAt(page);
    const mount = (await page.evaluate(`(performance.getEntriesByName('devhost:mount')[0] || {}).startTime`)) as number | undefined;
    return { ms, mount };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { runs, checkouts } = parseArgs(process.argv.slice(2));
  const browser = await launchChromium();
  const priority = raiseServerPriority();
  const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-compare-'));
  const pages: Page[] = [];
  let emulator: { url: string; close(): Promise<void> } | undefined;
  try {
    const { departmentId } = await seedStorage(dataDir);
    emulator = await startEmulatorProcess(dataDir, LATENCY_MS);
    const route = `#/afdeling/${departmentId}/2020`;
    for (const checkout of [0, 1, 1, 0] as const) {
      const server = (await import(join(checkouts[checkout], 'devhost', 'server'))) as typeof import('../devhost/server');
      const devhost = await server.startDevhostServer({ emulatorUrl: emulator.url, port: 0, production: true });
      pages.push({ checkout, url: `${devhost.url}?user=${encodeURIComponent(READER)}${route}`, close: () => devhost.close() });
    }
    // Warm-up: each page once (its bundle's first load, the emulator's first answers).
    for (const page of pages) await coldRender(browser, page.url);
    const samples: Array<Array<{ ms: number; mount: number | undefined }>> = [[], []];
    for (let round = 0; round < runs; round++) {
      for (const index of turnOrder(round)) samples[pages[index].checkout].push(await coldRender(browser, pages[index].url));
    }
    const line = (label: string, checkout: 0 | 1): string => {
      const cold = summarize(samples[checkout].map((s) => s.ms));
      // A checkout from before the dev host marked React's mount has no figure for it.
      const afterMount = samples[checkout].every((s) => s.mount !== undefined)
        ? summarize(samples[checkout].map((s) => s.ms - (s.mount ?? 0))).median.toFixed(0)
        : '–';
      return `| ${label} | ${cold.median.toFixed(0)} | ${cold.min.toFixed(0)} | ${cold.max.toFixed(0)} | ${afterMount} | ${cold.n} |`;
    };
    const a = summarize(samples[0].map((s) => s.ms)).median;
    const b = summarize(samples[1].map((s) => s.ms)).median;
    process.stdout.write(
      [
        `Cold first render, ${runs} rounds (each checkout twice a round, servers started A, B, B, A); ${priority}.`,
        '',
        '| checkout | median ms | min ms | max ms | React mount to matrix, median ms | runs |',
        '|---|---:|---:|---:|---:|---:|',
        line(`A ${checkouts[0]}`, 0),
        line(`B ${checkouts[1]}`, 1),
        '',
        `B / A (medians): ${(b / a).toFixed(3)}`,
        ''
      ].join('\n')
    );
  } finally {
    for (const page of pages) await page.close();
    await browser.close();
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
