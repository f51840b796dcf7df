import type { Page } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { browser, page, stack, useE2eSession } from './harness/session';
import { seedLogin, seedMunicipality } from './harness/seedUsers';
import { copyStrategyToNextYear } from './harness/nextYearStrategy';

// Issue 16, the read view of a goal: a reader of Skanderborg opens the seeded 2023 goals of Staben
// Økonomi, Digitalisering og Indkøb and sees everything stored (goal 7's "Tidsperspektiv:
// Flerårigt", goal 3's target with its baseline, the climate annex as the seed's table with
// Verdensmål, the responsible and the Ressourceeffekt X) and no "(tom)"; the leader writing a new
// goal keeps Gem in sight however far the panel is scrolled. Real dev host page in Chromium.
const login = (role: string): string => seedLogin('skanderborg', role);
const READER = login('reader');
const LEADER = login('leader');
const DEPARTMENT = 'Staben Økonomi, Digitalisering og Indkøb';

let departmentId: number;
const shot = screenshotter('goal-read-view');

const readView = (): ReturnType<Page['getByTestId']> => page.getByTestId('goal-read-only');

async function openGoal(title: RegExp): Promise<void> {
  await page.goto(stack.pageUrl(READER, `#/afdeling/${departmentId}/2023`));
  await page.getByRole('link', { name: title }).first().click();
  await readView().waitFor();
}

useE2eSession();
// The secretariat has made the 2024 DUS (a copy of 2023's) before a department writes its 2024 agreement.
beforeAll(async () => {
  await copyStrategyToNextYear(stack, seedMunicipality('skanderborg').sitePath, login('secretariat'), 2023);
});

describe('a reader sees everything a goal stores', () => {
  it('finds the 2023 agreement of the staff', async () => {
    await page.goto(stack.pageUrl(READER));
    await page.getByTestId('department-view').waitFor();
    await page
      .getByTestId('department-view')
      .getByRole('combobox', { name: /^Afdeling/ })
      .click();
    await page.getByRole('option', { name: DEPARTMENT, exact: true }).click();
    await page.waitForURL(/#\/afdeling\/\d+/);
    departmentId = Number(/#\/afdeling\/(\d+)/.exec(page.url())?.[1]);
    expect(departmentId).toBeGreaterThan(0);
  });

  it("shows goal 7's horizon and its bullets as a list", async () => {
    await openGoal(/Dataunderstøttelse af "Fastholdelse og rekruttering"/);
    expect(await readView().getByTestId('goal-read-horizon').innerText()).toBe('Tidsperspektiv\nFlerårigt');
    expect(await readView().getByTestId('goal-read-activities').getByRole('listitem').count()).toBe(4);
    expect(await readView().innerText()).not.toContain('(tom)');
    await shot(page, 'goal-7-horizon');
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows goal 3's target with its baseline", async () => {
    await openGoal(/Sygefravær i staben/);
    const target = await readView().getByTestId('goal-read-target').innerText();
    expect(target).toContain('Højst 2,8');
    expect(target).toContain('Udgangspunkt: 2,8');
    expect(target).toContain('i 2021');
    await shot(page, 'goal-3-target');
  });

  it("shows the climate annex as the seed's table, with Verdensmål, the responsible and the X", async () => {
    await openGoal(/Indkøb med omtanke/);
    const climate = readView().getByTestId('climate-table');
    await climate.scrollIntoViewIfNeeded();
    const rows = await climate.getByRole('row').allInnerTexts();
    expect(
      rows.some(
        (r) =>
          r.startsWith('Ansvarlig for gennemførelse af tiltaget (3.1.6)') && r.includes('Indkøb & Udbud i samarbejde med de decentrale indkøbsdisponenter.')
      )
    ).toBe(true);
    expect(rows.some((r) => r.startsWith('Verdensmål') && r.includes('Verdensmål 7: Bæredygtig energi') && r.includes('Verdensmål 13: Klimaindsats'))).toBe(
      true
    );
    const scale = readView().getByTestId('resource-effect-table');
    expect(await scale.getByRole('cell').evaluateAll((cells) => cells.map((c) => (c.textContent === 'X' ? 'X' : '')))).toEqual(['', '', '', '', 'X', '']);
    expect(await readView().innerText()).not.toContain('(tom)');
    await shot(page, 'climate-annex');
  });
});

describe('the goal editor keeps Gem in sight', () => {
  it('shows Gem next to Annuller at the top and at the bottom of a long goal', async () => {
    const leader = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await leader.goto(stack.pageUrl(LEADER, `#/afdeling/${departmentId}/2024`));
    await leader.getByRole('button', { name: 'Opret årets aftale' }).click();
    await leader.getByTestId('new-goal').click();
    const editor = leader.getByTestId('goal-editor');
    await editor.waitFor();
    const inView = async (): Promise<boolean> => {
      const box = await leader.getByTestId('goal-save').boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 700;
    };
    const footer = leader.getByTestId('goal-editor-footer');
    expect(await footer.getByRole('button').allInnerTexts()).toEqual(['Gem', 'Annuller']);
    expect(await inView()).toBe(true);
    // Scroll the panel's content to its end: Gem is still there.
    const scrolled = await leader.locator('.ms-Panel-scrollableContent').evaluate((el) => {
      el.scrollTo(0, el.scrollHeight);
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(200);
    expect(await inView()).toBe(true);
    await shot(leader, 'editor-scrolled-gem-visible');
    expect(await axeViolations(leader)).toEqual([]);
    await leader.close();
  });
});
