import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/browser';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { startStack, type Stack } from './harness/stack';

// The journeys must survive a SharePoint that throttles and is slow, and say clearly when it is gone.
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

it('completes the dashboard journey with 10 % 503 answers and 300 ms latency', async () => {
  const page = await browser.newPage();
  stack.emulator.control.setFaults({ errorRate: 0.1, errorStatus: 503, retryAfterSeconds: 1, latencyMs: 300 });
  try {
    for (let round = 0; round < 3; round++) {
      await page.goto(stack.pageUrl('medarbejder.skanderborg@kommune.local', `#/afdeling/1/2020`, { round: String(round) }));
      await page.getByTestId('department-view').waitFor();
      await page.getByRole('combobox', { name: 'Afdeling' }).click();
      await page.getByRole('option', { name: 'Staben Økonomi, Innovation og IT', exact: true }).click();
      await page.getByTestId('track-matrix').waitFor({ timeout: 60000 });
      expect(await page.locator('[data-testid="track-matrix"] tbody tr').count()).toBe(4);
    }
    await screenshotter('resilience')(page, 'throttled-but-complete');
  } finally {
    stack.emulator.control.clearFaults();
  }
});

it('tells the user in Danish, with a retry, when SharePoint stops answering', async () => {
  const page = await browser.newPage();
  await page.goto(stack.pageUrl('medarbejder.skanderborg@kommune.local'));
  // The pickers appear once the page has everything it needs; only then does SharePoint go away.
  await page.getByRole('combobox', { name: 'År' }).waitFor();
  await stack.stopEmulator();
  await page.getByRole('combobox', { name: 'År' }).click();
  // The page opens on the newest year (2023); another year forces a load while SharePoint is gone.
  await page.getByRole('option', { name: '2020', exact: true }).click();
  const retry = page.getByRole('button', { name: 'Prøv igen' });
  await retry.waitFor({ timeout: 60000 });
  expect(await page.getByRole('alert').textContent()).toMatch(/Noget gik galt/);
  await screenshotter('resilience')(page, 'sharepoint-gone');
  expect(await axeViolations(page)).toEqual([]);
  await stack.restartEmulator();
  await retry.click();
  await page.getByRole('alert').waitFor({ state: 'detached', timeout: 60000 });
  expect(await page.getByTestId('department-view').isVisible()).toBe(true);
});
