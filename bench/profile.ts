// Where a cold first render's CPU time goes, by function: the department view's page (the dev host's
// production build, as the first-render benchmark measures it) in fresh browser profiles against
// the emulator at SharePoint's 100 ms latency, with V8's sampling profiler on for two phases of each
// run. For finding what to cut once bench/first-render.bench.ts's breakdown has named the phase
// (issue 21); it records nothing in bench/results.md.
//   boot:   navigation start to the first SharePoint request (the main file's modules, the services,
//           PnPjs's timers);
//   render: React's mount (the dev host's `devhost:mount` mark) to the matrix laid out (React's
//           render and commit, the page's first style and layout).
// Each phase is bracketed in the page by console.profile / console.profileEnd, so its profile
// holds exactly that phase. The sampler slows the page; read the shares, not the milliseconds.
// In the render phase, "MutationObserver.observe.childList" is the page's first style and layout:
// bench/lib/matrixWatch.ts's observer reads the matrix's offsetParent, which lays the page out.
//
// Usage: npm run bench:profile -- [--runs N] [--top N] [--minified]
//   Without --minified the page is built without minifying, so the profile names our functions
//   and Fluent's (the same modules and chunks otherwise).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'playwright-core/types/protocol';
import { launchChromium } from '../tests/e2e/harness/browser';
import { startDevhostServer } from '../devhost/server';
import { startEmulatorProcess } from './lib/emulatorProcess';
import { raiseServerPriority } from './lib/priority';
import { matrixSeenAt, watchMatrix } from './lib/matrixWatch';
import { seedStorage } from './lib/seededStorage';
import { selfTimes, type ProfileTotals } from './lib/cpuProfile';
import { countOption } from './lib/compareArgs';

const READER = 'medarbejder.skanderborg@kommune.local';
const PHASES = ['boot', 'render'] as const;

// Strings, not functions: the test runner's transpiler would wrap named functions in helpers the
// page does not have. Installed before the page's scripts; the render phase ends in an observer
// added after bench/lib/matrixWatch.ts's, which has laid the matrix out by then.
const START = `(() => {
  console.profile('boot');
  const realFetch = window.fetch;
  let sent = false;
  window.fetch = function (...args) {
    const url = String(args[0] && (args[0].url || args[0]));
    if (!sent && url.includes('/_api/')) { sent = true; console.profileEnd('boot'); }
    return realFetch.apply(this, args);
  };
  const mark = performance.mark.bind(performance);
  performance.mark = function (name, options) {
    if (name === 'devhost:mount') console.profile('render');
    return mark(name, options);
  };
})();`;
const END = `new MutationObserver((_m, observer) => {
  if (window.__matrixAt !== undefined) { console.profileEnd('render'); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true, attributes: true });`;

function table(title: string, totals: Map<string, number>, runs: number, top: number): string {
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`${title}`, ...rows.map(([name, ms]) => `${(ms / runs).toFixed(1).padStart(8)}  ${name}`)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const counts = [...args];
  const runs = countOption(counts, '--runs', 5, 'runs');
  const top = countOption(counts, '--top', 25, 'rows');
  const browser = await launchChromium();
  const priority = raiseServerPriority();
  const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-profile-'));
  try {
    const { departmentId } = await seedStorage(dataDir);
    const seeded = await startEmulatorProcess(dataDir, 100);
    const devhost = await startDevhostServer({ emulatorUrl: seeded.url, port: 0, production: true, readableNames: !args.includes('--minified') }).catch(
      async (error: unknown) => {
        await seeded.close();
        throw error;
      }
    );
    const url = `${devhost.url}?user=${encodeURIComponent(READER)}#/afdeling/${departmentId}/2020`;
    const profiles: Record<string, Protocol.Profiler.Profile[]> = { boot: [], render: [] };
    const matrixAt: number[] = [];
    try {
      // One warm-up (the emulator's first answers, the page's first build served), then the runs.
      for (let run = 0; run <= runs; run++) {
        const context = await browser.newContext();
        await context.addInitScript(START);
        await watchMatrix(context);
        await context.addInitScript(END);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        const finished: Protocol.Profiler.consoleProfileFinishedPayload[] = [];
        cdp.on('Profiler.consoleProfileFinished', (event) => finished.push(event));
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await page.goto(url);
        const at = await matrixSeenAt(page);
        // consoleProfileFinished arrives after the page's profileEnd; wait for both phases.
        for (let wait = 0; wait < 50 && finished.length < PHASES.length; wait++) await page.waitForTimeout(20);
        await context.close();
        if (run === 0) continue;
        matrixAt.push(at);
        for (const event of finished) profiles[event.title ?? '']?.push(event.profile);
      }
    } finally {
      await devhost.close();
      await seeded.close();
    }
    const totals = Object.fromEntries(PHASES.map((phase) => [phase, selfTimes(profiles[phase])])) as Record<(typeof PHASES)[number], ProfileTotals>;
    const sorted = [...matrixAt].sort((a, b) => a - b);
    const lines = [`Cold first render, dev host production page${args.includes('--minified') ? '' : ' (not minified)'}, ${runs} runs; ${priority}.`];
    lines.push(`Matrix on screen (profiled, slower than unprofiled): median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms.`);
    for (const phase of PHASES) {
      const t = totals[phase];
      lines.push('', `## ${phase}: ${(t.totalMs / Math.max(1, t.profiles)).toFixed(1)} ms a run sampled (${t.profiles} profiles)`);
      lines.push(table('Self time by script (ms a run):', t.byScript, Math.max(1, t.profiles), top));
      lines.push(table('Self time by function (ms a run):', t.byFunction, Math.max(1, t.profiles), top));
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
