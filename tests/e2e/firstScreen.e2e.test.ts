import type { Page } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { browser, stack, useE2eSession } from './harness/session';

// Issue 16: each demo user (devhost/users.ts) opens the page without a route and lands on their
// own work; a deep link always wins. Albertslund's leader lands on 2017 and sees the 2016-2017
// plan, not an invitation to create a duplicate.
useE2eSession();
const shot = screenshotter('first-screen');

/** A fresh browser context per user: nothing remembered from another user. */
async function open(login: string, hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(stack.pageUrl(login, hash));
  return page;
}

/** A picker's shown choice, once it shows one (within 5 s). The pickers' data is read once the
 * routed view is on screen (issue 21), so they may come a moment after the matrix. */
async function selectedText(page: Page, label: string): Promise<string> {
  const read = async (): Promise<string> =>
    ((await page.getByTestId('department-view').getByRole('combobox', { name: label }).textContent()) ?? '').replace(/[\uE000-\uF8FF]/g, '').trim();
  const until = Date.now() + 5000;
  let text = await read();
  while (text === '' && Date.now() < until) {
    await page.waitForTimeout(100);
    text = await read();
  }
  return text;
}

describe('the first screen per demo role', () => {
  it('the leader lands on their department in the newest year it has an agreement', async () => {
    const page = await open('leder.skanderborg@kommune.local');
    await page.waitForURL(/#\/afdeling\/\d+\/2023$/);
    await page.getByTestId('track-matrix').waitFor();
    expect(await selectedText(page, 'Afdeling')).toBe('Staben Økonomi, Digitalisering og Indkøb');
    await shot(page, 'leader');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the editor lands on the department they edit', async () => {
    const page = await open('redaktoer.skanderborg@kommune.local');
    await page.waitForURL(/#\/afdeling\/\d+\/\d{4}$/);
    await page.getByTestId('department-view').waitFor();
    // The seeded editor edits two units; either is their own work.
    expect(['Staben Økonomi, Innovation og IT', 'Staben Økonomi, Digitalisering og Indkøb']).toContain(await selectedText(page, 'Afdeling'));
    await page.close();
  });

  it('the employee lands on the department their user profile names (through its alias), without "Din afdeling" guesses', async () => {
    const page = await open('medarbejder.skanderborg@kommune.local');
    await page.waitForURL(/#\/afdeling\/\d+\/\d{4}$/);
    await page.getByTestId('department-view').waitFor();
    expect(await selectedText(page, 'Afdeling')).toBe('Indkøb & Udbud');
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain('Indkøb & Udbud har endnu ikke en udviklingsaftale');
    await shot(page, 'employee');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the secretariat lands on Overblik', async () => {
    const page = await open('sekretariat.skanderborg@kommune.local');
    await page.waitForURL(/#\/overblik$/);
    await page.getByRole('link', { name: 'Overblik' }).and(page.locator('[aria-current="page"]')).waitFor();
    await shot(page, 'secretariat');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the approver lands on Mine opgaver, where the seeded agreement waits for them', async () => {
    const page = await open('godkender.skanderborg@kommune.local');
    await page.waitForURL(/#\/opgaver$/);
    await page.getByTestId('task').first().waitFor();
    await shot(page, 'approver');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the site owner (no department, no profile) gets the chooser; the department chosen is where the next visit opens', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(stack.pageUrl('admin@kommune.local'));
    const chooser = page.getByTestId('first-screen-chooser');
    await chooser.waitFor();
    await page.getByRole('heading', { name: 'Vælg din afdeling' }).waitFor();
    await shot(page, 'chooser');
    expect(await axeViolations(page)).toEqual([]);
    await chooser.getByRole('link', { name: 'HR staben' }).click();
    await page.getByTestId('department-view').waitFor();
    await page.waitForFunction(() => Object.keys(window.localStorage).some((k) => k.startsWith('last-department:')));
    // The next visit, same browser, no route: the department viewed last.
    await page.goto(stack.pageUrl('admin@kommune.local'));
    await page.waitForURL(/#\/afdeling\/\d+\/\d{4}$/);
    expect(await selectedText(page, 'Afdeling')).toBe('HR staben');
    await context.close();
  });

  it('a deep link always wins', async () => {
    const page = await open('leder.skanderborg@kommune.local', '#/overblik');
    await page.getByRole('link', { name: 'Overblik' }).and(page.locator('[aria-current="page"]')).waitFor();
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/#\/overblik$/);
    await page.close();
  });
});

describe('a multi-year agreement', () => {
  it("Albertslund's leader lands on 2017 and sees the 2016-2017 plan, with nothing to create", async () => {
    const page = await open('leder.albertslund@kommune.local');
    await page.waitForURL(/#\/afdeling\/\d+\/2017$/);
    await page.getByText('Virksomhedsplan for Økonomi og Stab 2016-2017').first().waitFor();
    expect(await page.getByText('Her er endnu ingen udviklingsaftale').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Opret årets aftale' }).count()).toBe(0);
    await shot(page, 'albertslund-2017');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("next year's agreement and the year's DUS", () => {
  it('next year is offered; before its DUS exists the leader is told so and whom to ask, with nothing to create', async () => {
    const next = new Date().getFullYear() + 1;
    const page = await open('leder.skanderborg@kommune.local');
    await page.waitForURL(/#\/afdeling\/\d+\/2023$/);
    await page.getByTestId('department-view').getByRole('combobox', { name: 'År' }).click();
    await page.getByRole('option', { name: String(next), exact: true }).click();
    await page.getByRole('heading', { name: 'Årets DUS er ikke oprettet endnu' }).waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain(`Aftalen for ${next} kan oprettes, når sekretariatet har oprettet`);
    expect(await page.getByTestId('empty-state').textContent()).toContain('Spørg sekretariatet');
    expect(await page.getByRole('button', { name: 'Opret årets aftale' }).count()).toBe(0);
    await shot(page, 'next-year-without-dus');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the secretariat names the sections in the DUS; a new agreement of the year starts with them in the agreement editor', async () => {
    const secretariat = await open('sekretariat.skanderborg@kommune.local', '#/dus/2023');
    await secretariat.getByTestId('dus-form').waitFor();
    await secretariat.getByRole('textbox', { name: 'Aftalens afsnit' }).fill('Bæredygtig arbejdskultur\nOrganisering');
    await secretariat.getByRole('button', { name: 'Gem DUS' }).click();
    await secretariat.getByTestId('dus-saved').waitFor();
    await shot(secretariat, 'dus-sections');
    await secretariat.close();

    // The site owner starts HR staben's 2023 agreement (the seed has none).
    const owner = await open('admin@kommune.local');
    await owner.getByTestId('first-screen-chooser').getByRole('link', { name: 'HR staben' }).click();
    await owner.getByTestId('department-view').getByRole('combobox', { name: 'År' }).click();
    await owner.getByRole('option', { name: '2023', exact: true }).click();
    await owner.getByRole('button', { name: 'Opret årets aftale' }).click();
    await owner.getByTestId('edit-agreement').click();
    await owner.waitForURL(/#\/aftale\/\d+$/);
    await owner.getByRole('textbox', { name: 'Overskrift, afsnit 1' }).waitFor();
    expect(await owner.getByRole('textbox', { name: 'Overskrift, afsnit 1' }).inputValue()).toBe('Bæredygtig arbejdskultur');
    expect(await owner.getByRole('textbox', { name: 'Overskrift, afsnit 2' }).inputValue()).toBe('Organisering');
    await shot(owner, 'agreement-starts-with-dus-sections');
    expect(await axeViolations(owner)).toEqual([]);
    await owner.close();
  });
});
