import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { browser, stack, useE2eSession } from './harness/session';

// Issue 21, instant revisits: the second visit paints the department view from the browser's copy
// at once, says it is being updated, and offers nothing to act on until SharePoint has answered.
useE2eSession();
const shot = screenshotter('revisit');
const EMPLOYEE = 'medarbejder.skanderborg@kommune.local';

it('a revisit shows the last view at once, marked as updating, with its actions only after the fresh data', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = stack.pageUrl(EMPLOYEE, '#/afdeling/1/2020');
  await page.goto(url);
  await page.getByTestId('track-matrix').waitFor();
  const actions = page.getByRole('group', { name: 'Målet' });
  await actions.waitFor();
  await page.getByTestId('view-refreshing').waitFor({ state: 'detached' });

  // SharePoint is slow now: the fresh data takes 4 s per request.
  stack.emulator.control.setFaults({ latencyMs: 4000 });
  try {
    const started = Date.now();
    await page.reload();
    await page.getByTestId('track-matrix').waitFor({ timeout: 3000 });
    const paintedAfter = Date.now() - started;
    expect(paintedAfter).toBeLessThan(4000); // before any answer from the server could have come
    await page.getByTestId('view-refreshing').waitFor();
    expect(await page.getByTestId('view-refreshing').textContent()).toContain('Opdaterer');
    // Nothing stale can be acted on.
    expect(await actions.count()).toBe(0);
    expect(await page.getByRole('button', { name: /Eksportér/ }).count()).toBe(0);
    await shot(page, 'cached-refreshing');
    expect(await axeViolations(page)).toEqual([]);

    stack.emulator.control.clearFaults();
    await page.getByTestId('view-refreshing').waitFor({ state: 'detached', timeout: 30000 });
    await actions.waitFor({ timeout: 30000 });
    await shot(page, 'fresh');
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    stack.emulator.control.clearFaults();
    await context.close();
  }
});

it("another user in the same browser does not get the first user's copy", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(stack.pageUrl(EMPLOYEE, '#/afdeling/1/2020'));
  await page.getByTestId('track-matrix').waitFor();
  // Any use of a kept copy shows the "Opdaterer" mark: note whether it ever appears.
  await context.addInitScript(() => {
    const w = window as unknown as { __refreshingSeen?: boolean };
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="view-refreshing"]')) w.__refreshingSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(stack.pageUrl('leder.skanderborg@kommune.local', '#/afdeling/1/2020'));
  await page.getByTestId('track-matrix').waitFor({ timeout: 30000 });
  expect(await page.evaluate(() => (window as unknown as { __refreshingSeen?: boolean }).__refreshingSeen ?? false)).toBe(false);
  const index = await page.evaluate(() => window.localStorage.getItem('udviklingsaftaler:view:index') ?? '');
  expect(index).toContain('leder.skanderborg');
  expect(index).not.toContain('medarbejder.skanderborg');
  await context.close();
});

// Issue 21, round trips on the first paint: a SharePoint page carries its form digest, and SPFx's
// PnPjs behaviour uses it, so the web part asks _api/contextinfo for none; the dev host page does
// the same (devhost/client/pageDigest.ts). Before, two digest requests ran ahead of the view's $batch.
it('the first render asks for no form digest: the page carries one, as a SharePoint page does', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const api: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/_api/')) api.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  await page.goto(stack.pageUrl(EMPLOYEE, '#/afdeling/1/2020'));
  await page.getByTestId('track-matrix').waitFor();
  await page.getByRole('group', { name: 'Målet' }).waitFor();
  expect(api.filter((r) => r.endsWith('/_api/contextinfo'))).toEqual([]);
  expect(api.filter((r) => r.endsWith('/_api/$batch')).length).toBeGreaterThan(0);
  await context.close();
});
