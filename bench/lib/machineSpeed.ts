// How fast this machine runs a page's JavaScript at the moment of a run: a fixed loop in a blank
// page of the benchmark's own browser. For a page that computes, the ratio to a floor that mostly
// waits rises on a slower machine (decision 0014): recorded beside the ratios, this says what kind
// of machine, or moment, a run is from, so runs on different machines can be compared.
import type { Browser } from 'playwright-core';

/** Additions in the loop: 16 to 18 ms in the page on the benchmark machine of session 11. */
export const LOOP_ADDITIONS = 20_000_000;

// A string, not a function: the test runner's transpiler would wrap a function in a helper the
// page does not have.
const LOOP = `(() => {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < ${LOOP_ADDITIONS}; i++) sum += i;
  return sum > 0 ? performance.now() - started : -1;
})()`;

/** Median ms of `rounds` runs of the loop in a blank page. */
export async function pageLoopMs(browser: Browser, rounds = 5): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push((await page.evaluate(LOOP)) as number);
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    await context.close();
  }
}
