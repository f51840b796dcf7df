import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { seedMunicipalities } from '../../seed';
import { policyKey } from '../../src/domain';
import { page, stack, useE2eSession } from './harness/session';

// Employee journey: open the intranet page, find the department's agreement for a year, read which
// DUS tracks each goal serves. Runs the real dev host page in Chromium against the seeded emulator.
const skanderborg = seedMunicipalities.find((m) => m.key === 'skanderborg');
if (!skanderborg) throw new Error('seed has no Skanderborg');
const reader = skanderborg.users.find((u) => u.role === 'reader');
if (!reader) throw new Error('seed has no Skanderborg reader');

useE2eSession();

async function chooseOption(label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('employee reads the department dashboard', () => {
  const shot = screenshotter('employee-dashboard');

  it('shows the Danish heading of the web part, with the Fluent icon font from the installed package', async () => {
    const fonts: Array<{ url: string; status: number }> = [];
    const hosts = new Set<string>();
    page.on('request', (request) => {
      if (/^https?:/.test(request.url())) hosts.add(new URL(request.url()).hostname);
    });
    page.on('response', (response) => {
      if (/\.woff2?($|\?)/.test(response.url())) fonts.push({ url: response.url(), status: response.status() });
    });
    await page.goto(stack.pageUrl(reader.login));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Udviklingsaftaler');
    await page.getByTestId('department-view').waitFor();
    // The pickers' chevrons are icon glyphs: their font comes from the dev host, never a CDN. (A
    // font check passes before any icon has registered its font, so wait for one to be loaded.)
    await page.getByRole('combobox', { name: 'Afdeling' }).waitFor();
    await page.waitForFunction(() => Array.from(document.fonts).some((f) => f.family.includes('FabricMDL2Icons') && f.status === 'loaded'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.status === 200 && new URL(f.url).pathname.startsWith('/devhost/fonts/'))).toBe(true);
    // The page asks no other host for anything (Fluent's Segoe UI from its CDN included).
    expect([...hosts]).toEqual([new URL(stack.pageUrl(reader.login)).hostname]);
    await shot(page, 'opened');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the 2020 agreement of Staben Økonomi, Innovation og IT with the X marks of the document', async () => {
    await chooseOption('Afdeling', 'Staben Økonomi, Innovation og IT');
    await chooseOption('År', '2020');
    await page.getByTestId('track-matrix').waitFor();
    expect(page.url()).toMatch(/#\/afdeling\/\d+\/2020$/);
    await shot(page, 'agreement-2020');
    expect(await axeViolations(page)).toEqual([]);

    const columns = await page.$$eval('[data-testid="track-matrix"] thead th[data-kind]', (ths) =>
      ths.map((th) => ({ kind: th.getAttribute('data-kind') ?? '', number: th.getAttribute('data-number'), title: th.getAttribute('data-title') ?? '' }))
    );
    const rows = await page.$$eval('[data-testid="track-matrix"] tbody tr', (trs) =>
      trs.map((tr) => ({ title: tr.querySelector('th')?.textContent ?? '', marks: Array.from(tr.querySelectorAll('td')).map((td) => td.textContent === 'X') }))
    );
    const agreement = skanderborg.agreements.find((a) => a.year === 2020);
    const goals = skanderborg.goals.filter((g) => g.agreementKey === agreement?.key);
    expect(goals).toHaveLength(4);
    expect(rows).toHaveLength(4);
    for (const goal of goals) {
      const row = rows.find((r) => r.title.includes(goal.title));
      expect({ goal: goal.title, found: row !== undefined }).toEqual({ goal: goal.title, found: true });
      const expected = columns.map((c) =>
        c.kind === 'policy'
          ? goal.policies.some((p) => policyKey(p) === policyKey(c.title))
          : goal.trackRefs.some((ref) => ref.kind === c.kind && String(ref.number) === c.number)
      );
      expect({ goal: goal.title, marks: row?.marks }).toEqual({ goal: goal.title, marks: expected });
    }
  });

  it('keeps the view after a reload (the hash route is the address)', async () => {
    const url = page.url();
    await page.reload();
    await page.getByTestId('track-matrix').waitFor();
    expect(page.url()).toBe(url);
    await shot(page, 'reloaded');
  });

  it('fits a phone-width screen with the matrix scrollable, not cut off', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('track-matrix').waitFor();
    await shot(page, 'phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
