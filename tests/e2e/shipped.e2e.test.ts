import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { screenCopyKept } from './harness/screenCopy';
import { startShippedServer } from './shipped/shippedServer';
import { seedMunicipalities } from '../../seed';
import { browser, stack, useE2eSession } from './harness/session';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';

// The bundle we ship is the bundle we test: dist/ holds the JS files the .sppkg carries (npm run
// build makes them; .ci/run builds before the browser tests). They are loaded unchanged into a page
// that provides what SharePoint's loader would, and the web part's own onInit and render run
// against the emulator.
const skanderborg = seedMunicipalities.find((m) => m.key === 'skanderborg');
const reader = skanderborg?.users.find((u) => u.role === 'reader');

useE2eSession();

beforeAll(async () => {
  if (!existsSync(join(__dirname, '..', '..', 'dist'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
});

it('the production bundle boots through onInit and renders the department dashboard from the emulator', async () => {
  if (!skanderborg || !reader) throw new Error('seed lacks the Skanderborg reader');
  const shipped = await startShippedServer(stack.emulator.url, skanderborg.sitePath, reader.login);
  try {
    const page = await browser.newPage();
    // When React first puts something into the web part's element (before any app code runs).
    await page.addInitScript(`(() => {
      new MutationObserver((_m, observer) => {
        const el = document.getElementById('webpart');
        if (el && el.firstChild && window.__mountedAt === undefined) {
          window.__mountedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    })();`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The page carries its form digest (legacyPageContext), so SPFx(context) asks for none (issue 21).
    const digestRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/_api\/contextinfo$/i.test(new URL(r.url()).pathname)) digestRequests.push(r.url());
    });
    // A deep link to a department's year: the view's read starts in onInit, as a $batch.
    const owner = emulatorSp(`${stack.emulator.url}${skanderborg.sitePath}`, 'admin@kommune.local');
    const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Innovation og IT');
    if (!department) throw new Error('seed department missing');
    await page.goto(`${shipped.url}#/afdeling/${department.id}/2020`);
    await page.waitForFunction(
      () => (window as unknown as { __mounted?: boolean; __mountError?: string }).__mounted || (window as unknown as { __mountError?: string }).__mountError
    );
    expect(await page.evaluate(() => (window as unknown as { __mountError?: string }).__mountError ?? null)).toBeNull();
    await page.getByTestId('department-view').waitFor();
    await page.getByRole('combobox', { name: 'Afdeling' }).waitFor();
    await page.getByTestId('track-matrix').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Udviklingsaftaler');
    await screenshotter('shipped-bundle')(page, 'dashboard');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(digestRequests).toEqual([]);
    // The first reads, the view's $batch among them, are on the wire before React mounts
    // (firstReads.ts: the app is evaluated and mounted once they have left), and SPFx is told when
    // the asynchronous render completed (issue 21).
    const timing = await page.evaluate(() => ({
      mountedAt: (window as unknown as { __mountedAt?: number }).__mountedAt ?? -1,
      firstRead: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/_api/'))
          .map((e) => e.startTime)
      ),
      batch: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/_api/$batch'))
          .map((e) => e.startTime)
      ),
      completed: (window as unknown as { __renderCompleted?: number }).__renderCompleted ?? 0
    }));
    expect(timing.mountedAt).toBeGreaterThan(0);
    expect(timing.firstRead).toBeLessThan(timing.mountedAt);
    expect(timing.batch).toBeLessThan(timing.mountedAt);
    expect(timing.completed).toBe(1);

    // A revisit (decision 0015): onInit paints the copy of the screen kept a second after the view
    // settled, before the app's chunks are in (held back here), and the app's mount replaces it.
    await screenCopyKept(page);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (u) => /\/dist\/chunk\./.test(u.pathname),
      async (route) => {
        await released;
        await route.continue();
      }
    );
    try {
      await page.reload({ waitUntil: 'commit' });
      const copy = page.locator('#webpart > [data-screen-copy]');
      await copy.locator('[data-testid="track-matrix"]').waitFor({ timeout: 10000 });
      expect(await copy.getAttribute('inert')).toBe('');
      // The app has not rendered (SPFx has not been told its render completed).
      expect(await page.evaluate(() => (window as unknown as { __renderCompleted?: number }).__renderCompleted ?? 0)).toBe(0);
      await screenshotter('shipped-bundle')(page, 'revisit-screen-copy');
      expect(await axeViolations(page)).toEqual([]);
      release();
      await page.waitForFunction(() => (window as unknown as { __renderCompleted?: number }).__renderCompleted === 1);
      await copy.waitFor({ state: 'detached' });
      await page.getByTestId('track-matrix').waitFor();
      expect(errors).toEqual([]);
    } finally {
      release();
    }
  } finally {
    await shipped.close();
  }
});
