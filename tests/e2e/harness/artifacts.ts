import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS_DIR = join(__dirname, '..', '..', '..', 'test-artifacts', 'e2e');

/** Screenshots of each journey step, kept as test artifacts (test-artifacts/e2e/<journey>/). */
export function screenshotter(journey: string): (page: Page, step: string) => Promise<string> {
  let counter = 0;
  const dir = join(ARTIFACTS_DIR, journey);
  mkdirSync(dir, { recursive: true });
  return async (page, step) => {
    counter += 1;
    const file = join(dir, `${String(counter).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
}
