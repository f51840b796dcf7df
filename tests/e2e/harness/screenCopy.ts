import type { Page } from 'playwright-core';

/** Until the page has kept its copy of the screen: a second after its view settled, once the browser
 * is idle (screenCopy.ts, decision 0015). A revisit before then paints none. */
export async function screenCopyKept(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(window.localStorage).some((k) => k.includes(':screen:')), undefined, { timeout: 10000 });
}
