// When the track matrix is on screen, as the measured page itself notes it. A MutationObserver
// installed before any of the page's scripts records the moment the matrix is in the DOM and laid
// out, and settles a promise the benchmark awaits with one evaluate. The benchmark does not poll:
// Playwright's locator.waitFor would query the page's DOM on every animation frame while the page
// loads, on the main thread it is measuring, and that costs more the larger the page's DOM is, so
// it weighed on our page more than on the floor (measured: ~8 % of our cold render).
import type { BrowserContext, Page } from 'playwright-core';

// A string, not a function: the test runner's transpiler would wrap named functions in a helper
// the page does not have.
const OBSERVER = `(() => {
  let seen;
  window.__matrixSeen = new Promise((resolve) => { seen = resolve; });
  new MutationObserver((_m, observer) => {
    const el = document.querySelector('[data-testid="track-matrix"]');
    if (window.__matrixAt === undefined && el && el.offsetParent !== null) {
      window.__matrixAt = performance.now();
      observer.disconnect();
      seen(window.__matrixAt);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Installs the observer in every page of `context`, before the page's own scripts. */
export async function watchMatrix(context: BrowserContext): Promise<void> {
  await context.addInitScript(OBSERVER);
}

/** Ms since navigation start at which the page's matrix was laid out; waits for it without polling. */
export async function matrixSeenAt(page: Page, timeoutMs = 30000): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the track matrix was not on screen within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([page.evaluate('window.__matrixSeen') as Promise<number>, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
