import type { Page } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { browser, page, stack, useE2eSession } from './harness/session';
import { seedLogin } from './harness/seedUsers';

// Editor journey (#6 done-when): Skanderborg's editor of Staben Økonomi, Innovation og IT reads the
// 2020 agreement, creates the 2023 agreement and a goal in it, meets the missing-field messages,
// saves, reloads and finds it; a reader gets the same views without any edit; what is typed survives
// SharePoint going away mid-edit. Real dev host page in Chromium against the seeded emulator.
const login = (role: string): string => seedLogin('skanderborg', role);
const EDITOR = login('editor');
const READER = login('reader');
const DEPARTMENT = 'Staben Økonomi, Innovation og IT';

useE2eSession();
let departmentId: number;
let goalHash: string;
const shot = screenshotter('goal-editor');

async function chooseOption(label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const editor = (): ReturnType<Page['getByTestId']> => page.getByTestId('goal-editor');
const input = (name: string | RegExp): ReturnType<Page['getByRole']> => editor().getByRole('textbox', { name });

describe('the editor writes a goal', () => {
  it('shows the four 2020 goals, approved and so not editable', async () => {
    await page.goto(stack.pageUrl(EDITOR));
    await page.getByTestId('department-view').waitFor();
    await chooseOption('Afdeling', DEPARTMENT);
    await chooseOption('År', '2020');
    await page.getByTestId('track-matrix').waitFor();
    departmentId = Number(/#\/afdeling\/(\d+)\/2020$/.exec(page.url())?.[1]);
    expect(await page.locator('[data-testid="track-matrix"] tbody tr').count()).toBe(4);
    expect(await page.getByRole('link', { name: 'Vis som dokument' }).isVisible()).toBe(true);
    expect(await page.getByTestId('new-goal').count()).toBe(0);
    await shot(page, 'editor-2020-approved');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates the 2023 agreement, opens a new goal and meets the missing-field messages', async () => {
    await page.goto(stack.pageUrl(EDITOR, `#/afdeling/${departmentId}/2023`));
    await page.getByRole('button', { name: 'Opret årets aftale' }).click();
    await page.getByTestId('new-goal').click();
    await editor().waitFor();
    expect(page.url()).toMatch(/#\/nyt-maal\/\d+$/);
    // 2023's template: sections with the citizen impact.
    await input(/Baggrund og formål/).waitFor();
    await page.getByTestId('goal-save').click();
    await editor()
      .getByText(/felt\(er\) skal rettes/)
      .waitFor();
    expect(await editor().getByText('»Titel« skal udfyldes.').isVisible()).toBe(true);
    expect(
      await editor()
        .getByText(/»Forventede virkninger for borgeren« skal udfyldes: DUS 2023 kræver det/)
        .isVisible()
    ).toBe(true);
    await shot(page, 'missing-fields');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves the goal with a track and finds it again after a reload', async () => {
    await input(/^Titel/).fill('Bedre overblik over indkøbsaftaler');
    await input(/Baggrund og formål/).fill('Vi mangler overblik over kommunens aftaler.');
    await input(/Forventede virkninger for borgeren/).fill('Bedre priser giver flere penge til kerneopgaven.');
    await input(/^Aktiviteter/).fill('Kortlægning af aftaler i første halvår.');
    await input(/Opfølgning på udviklingsmålet/).fill('Status ved opfølgningen på aftalen.');
    // By keyboard, as a keyboard user would (and the panel's sticky header cannot get in the way).
    await editor()
      .getByRole('checkbox', { name: /^1\. Den røde tråd/ })
      .focus();
    await page.keyboard.press('Space');
    await page.getByTestId('goal-save').click();
    await editor().getByText('Målet er gemt.').waitFor();
    await page.waitForURL(/#\/maal\/\d+$/);
    goalHash = new URL(page.url()).hash;
    await shot(page, 'saved');
    await page.reload();
    await editor().waitFor();
    expect(await input(/^Titel/).inputValue()).toBe('Bedre overblik over indkøbsaftaler');
    expect(
      await editor()
        .getByRole('checkbox', { name: /^1\. Den røde tråd/ })
        .isChecked()
    ).toBe(true);
    await page.getByRole('button', { name: 'Luk' }).first().click();
    await page.getByRole('link', { name: /Bedre overblik over indkøbsaftaler/ }).waitFor();
    await shot(page, 'listed');
  });
});

describe('a reader sees the same without edit', () => {
  it('offers no new goal and opens the goal read-only', async () => {
    const readerPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await readerPage.goto(stack.pageUrl(READER, `#/afdeling/${departmentId}/2023`));
    await readerPage.getByRole('link', { name: /Bedre overblik over indkøbsaftaler/ }).waitFor();
    expect(await readerPage.getByTestId('new-goal').count()).toBe(0);
    await readerPage.goto(stack.pageUrl(READER, goalHash));
    await readerPage.getByTestId('goal-read-only').waitFor();
    expect(await readerPage.getByTestId('goal-save').count()).toBe(0);
    await shot(readerPage, 'reader-read-only');
    expect(await axeViolations(readerPage)).toEqual([]);
    await readerPage.close();
  });
});

describe('nothing typed is lost when SharePoint goes away', () => {
  it('keeps the typing through a failed save and a reload, and saves it when SharePoint is back', async () => {
    await page.goto(stack.pageUrl(EDITOR, goalHash));
    await editor().waitFor();
    await input(/Hvem er involveret/)
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await input(/^Aktiviteter/).fill('Kortlægning af aftaler i første halvår. Tilføjet under nedbrud.');
    await stack.stopEmulator();
    await page.getByTestId('goal-save').click();
    await editor()
      .getByText(/Målet blev ikke gemt/)
      .waitFor({ timeout: 60000 });
    await shot(page, 'save-failed');
    await stack.restartEmulator();
    await page.reload();
    await editor().waitFor();
    await editor().getByRole('button', { name: 'Gendan ændringerne' }).click();
    expect(await input(/^Aktiviteter/).inputValue()).toMatch(/Tilføjet under nedbrud\.$/);
    await page.getByTestId('goal-save').click();
    await editor().getByText('Målet er gemt.').waitFor();
    await page.reload();
    await editor().waitFor();
    expect(await input(/^Aktiviteter/).inputValue()).toMatch(/Tilføjet under nedbrud\.$/);
    expect(await editor().getByRole('button', { name: 'Gendan ændringerne' }).count()).toBe(0);
  });
});
