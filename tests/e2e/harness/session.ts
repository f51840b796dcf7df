// The setup every browser test shares: the stack (emulator on a fresh data directory, seeded
// through the product's code unless told otherwise, with the dev host in front), Chromium, and one
// page at the app's desktop viewport; all closed after the file. A test file calls
// useE2eSession() once at its top level and reads `stack`, `browser` and `page` from here (live
// bindings: set before the file's own beforeAll hooks run, which may prepare data with them).
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startStack, type Stack } from './stack';

export let stack: Stack;
export let browser: Browser;
export let page: Page;

export const VIEWPORT = { width: 1280, height: 900 };

export interface E2eSessionOptions {
  /** false: empty sites without lists (the set-up journey). Default: seeded. */
  seed?: boolean;
  /** The page saves downloads (documents, workbooks). */
  acceptDownloads?: boolean;
}

export function useE2eSession(options: E2eSessionOptions = {}): void {
  beforeAll(async () => {
    stack = await startStack({ seed: options.seed });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: options.acceptDownloads });
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
}
