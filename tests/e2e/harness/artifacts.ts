import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';

export const ARTIFACTS_DIR = join(__dirname, '..', '..', '..', 'test-artifacts', 'e2e');

/**
 * A journey's checkpoints: each step is kept as a screenshot (test-artifacts/e2e/<journey>/) and
 * checked with axe-core at WCAG 2.1 A/AA; any violation fails the step, naming it.
 */
export function screenshotter(journey: string): (page: Page, step: string) => Promise<string> {
  let counter = 0;
  const dir = join(ARTIFACTS_DIR, journey);
  mkdirSync(dir, { recursive: true });
  return async (page, step) => {
    counter += 1;
    const file = join(dir, `${String(counter).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const violations = await axeViolations(page);
    if (violations.length > 0) {
      throw new Error(`axe found ${violations.length} violation(s) at ${journey}/${step}: ${JSON.stringify(violations, null, 2)}`);
    }
    return file;
  };
}
