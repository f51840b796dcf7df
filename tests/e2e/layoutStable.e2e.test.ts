import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { screenCopyKept } from './harness/screenCopy';
import { browser, stack, useE2eSession, VIEWPORT } from './harness/session';

// Issue 21: what a view reads after its first paint (a routed view's pickers, what the user may do,
// whether the approval log backs the stage) and a revisit's "Opdaterer" mark must not move the
// agreement the user has started to read. Each takes a place kept for it from the first paint.
useE2eSession();
const shot = screenshotter('layout-stable');
const EMPLOYEE = 'medarbejder.skanderborg@kommune.local';
/** Sub-pixel rounding and an icon font arriving may move a line by a pixel; a jump is more. */
const TOLERANCE_PX = 2;

// Where the agreement's title and the track matrix are when the matrix is first laid out, noted by
// the page itself (a string: the test runner's transpiler would wrap a function in a helper the
// page does not have).
const NOTE_FIRST_LAYOUT = `(() => {
  new MutationObserver((_m, observer) => {
    const matrix = document.querySelector('[data-testid="track-matrix"]');
    const title = document.querySelector('[data-testid="department-view"] h2');
    if (matrix && title && matrix.offsetParent !== null) {
      window.__firstLayout = { title: title.getBoundingClientRect().top, matrix: matrix.getBoundingClientRect().top, fromCopy: title.closest('[data-screen-copy]') !== null };
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

type Tops = { title: number; matrix: number };
/** `fromCopy`: the first layout was the copy of the screen a revisit paints first (decision 0015). */
type FirstTops = Tops & { fromCopy: boolean };

async function topsNow(page: Page): Promise<Tops> {
  return (await page.evaluate(`(() => ({
    title: document.querySelector('[data-testid="department-view"] h2').getBoundingClientRect().top,
    matrix: document.querySelector('[data-testid="track-matrix"]').getBoundingClientRect().top
  }))()`)) as Tops;
}

async function firstTops(page: Page): Promise<FirstTops> {
  return (await page.evaluate('window.__firstLayout')) as FirstTops;
}

/** Until everything read after the first paint is on screen: pickers, actions, the stage's badge. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Afdeling' }).waitFor({ timeout: 30000 });
  await page.getByRole('group', { name: 'Målet' }).waitFor({ timeout: 30000 });
  await page.getByTestId('verification-badge').first().waitFor({ timeout: 30000 });
  await page.getByTestId('view-refreshing').waitFor({ state: 'detached', timeout: 30000 });
}

function expectStill(first: Tops, now: Tops): void {
  expect(Math.abs(now.title - first.title)).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(Math.abs(now.matrix - first.matrix)).toBeLessThanOrEqual(TOLERANCE_PX);
}

let context: BrowserContext;
afterEach(async () => {
  stack.emulator.control.clearFaults();
  await context?.close();
});

it('a first visit: the pickers, the actions and the stage check arrive without moving the agreement', async () => {
  context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(NOTE_FIRST_LAYOUT);
  const page = await context.newPage();
  // The reads after the first paint take a while: their places show meanwhile.
  stack.emulator.control.setFaults({ latencyMs: 300 });
  await page.goto(stack.pageUrl(EMPLOYEE, '#/afdeling/1/2020'));
  await page.getByTestId('track-matrix').waitFor();
  await page.getByTestId('department-pickers-pending').waitFor();
  await page.getByTestId('agreement-actions-pending').waitFor();
  const first = await firstTops(page);
  expect(first).toBeDefined();
  await shot(page, 'first-paint');
  expect(await axeViolations(page)).toEqual([]);

  stack.emulator.control.clearFaults();
  await settled(page);
  expect(await page.getByTestId('department-pickers-pending').count()).toBe(0);
  expectStill(first, await topsNow(page));
  // A reader has no stage to move the agreement to: no empty group takes a row.
  expect(await page.getByTestId('stage-actions').count()).toBe(0);
  await shot(page, 'settled');
  expect(await axeViolations(page)).toEqual([]);
});

it("a revisit: the screen's copy, the browser's copy of the data, then the fresh data, in the same places", async () => {
  context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const url = stack.pageUrl(EMPLOYEE, '#/afdeling/1/2020');
  await page.goto(url);
  await page.getByTestId('track-matrix').waitFor();
  await settled(page);
  await page.waitForLoadState('networkidle');
  // The copy of the screen is kept a second after the view settled (screenCopy.ts).
  await screenCopyKept(page);

  await context.addInitScript(NOTE_FIRST_LAYOUT);
  stack.emulator.control.setFaults({ latencyMs: 1500 });
  await page.reload();
  await page.getByTestId('view-refreshing').waitFor();
  const first = await firstTops(page);
  expect(first).toBeDefined();
  // The first layout was the copy of the screen; the app's render of the kept data that replaced
  // it, and the fresh data after, keep its places.
  expect(first.fromCopy).toBe(true);
  expectStill(first, await topsNow(page));
  await shot(page, 'revisit-copy');

  stack.emulator.control.clearFaults();
  await settled(page);
  expectStill(first, await topsNow(page));
  await shot(page, 'revisit-fresh');
  expect(await axeViolations(page)).toEqual([]);
});
