import type { Page } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { browser, page, stack, useE2eSession } from './harness/session';
import { seedLogin, seedMunicipality } from './harness/seedUsers';
import { copyStrategyToNextYear } from './harness/nextYearStrategy';

// Issue 16's journey: Skanderborg's leader of Staben Økonomi, Digitalisering og Indkøb creates next
// year's agreement (2024) and writes every agreement section in the page (introduction, relation to
// the DUS, core task, policies, a budget change, what continues, a free section, "Aftalens
// tilblivelse" as dated steps), saves, reloads, and the Dokument view shows it all with bullets,
// and a reader gets the reason instead of a form. Real dev host page in Chromium.
const login = (role: string): string => seedLogin('skanderborg', role);
const LEADER = login('leader');
const READER = login('reader');
const DEPARTMENT = 'Staben Økonomi, Digitalisering og Indkøb';

useE2eSession();
// The secretariat has made the 2024 DUS (a copy of 2023's) before a department writes its 2024 agreement.
beforeAll(async () => {
  await copyStrategyToNextYear(stack, seedMunicipality('skanderborg').sitePath, login('secretariat'), 2023);
});
let agreementHash: string;
const shot = screenshotter('agreement-editor');

const editor = (): ReturnType<Page['getByTestId']> => page.getByTestId('agreement-editor');
const input = (name: string | RegExp): ReturnType<Page['getByRole']> => editor().getByRole('textbox', { name });

describe("a leader writes next year's agreement in the page", () => {
  it('creates the 2024 agreement and opens its text', async () => {
    await page.goto(stack.pageUrl(LEADER));
    await page.getByTestId('department-view').waitFor();
    await page
      .getByTestId('department-view')
      .getByRole('combobox', { name: /^Afdeling/ })
      .click();
    await page.getByRole('option', { name: DEPARTMENT, exact: true }).click();
    await page.waitForURL(/#\/afdeling\/\d+/);
    const departmentId = Number(/#\/afdeling\/(\d+)/.exec(page.url())?.[1]);
    await page.goto(stack.pageUrl(LEADER, `#/afdeling/${departmentId}/2024`));
    await page.getByRole('button', { name: 'Opret årets aftale' }).click();
    await page.getByTestId('edit-agreement').click();
    await editor().waitFor();
    expect(page.url()).toMatch(/#\/aftale\/\d+$/);
    agreementHash = new URL(page.url()).hash;
    await shot(page, 'empty');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('meets a Danish message at a date typed the wrong way', async () => {
    await editor().getByRole('button', { name: 'Tilføj trin' }).click();
    await input(/^Trin 1/).fill('Drøftelse i ledergruppen');
    await input(/^Dato eller startdato, trin 1/).fill('2024-11-04');
    await input(/^Dato eller startdato, trin 1/).blur();
    await editor().getByText('»2024-11-04« er ikke en dato. Skriv dd-mm-åååå, fx 01-12-2023.').waitFor();
    await shot(page, 'date-message');
    expect(await axeViolations(page)).toEqual([]);
    await input(/^Dato eller startdato, trin 1/).fill('04-11-2024');
  });

  it('writes every section, saves and finds it after a reload', async () => {
    await input(/^Indledning/).fill('Aftalen bygger på DUS 2024.\n- Vi styrker økonomistyringen\n- Vi digitaliserer indkøb');
    await input(/^Relation til DUS/).fill('Vi bidrager især til pejlemærket om bæredygtig økonomi.');
    await input(/^Kerneopgave/).fill('Vi skaber overblik, så byrådet kan træffe gode beslutninger.');
    await editor().getByRole('button', { name: 'Tilføj politik' }).click();
    await input(/^Politik 1/).fill('Den økonomiske politik');
    await editor().getByRole('button', { name: 'Tilføj budgetændring' }).click();
    await input(/^Budgetændring 1/).fill('Justering af demografimodeller');
    await input(/^Fra sidste års aftale fortsætter/).fill('- Fælles indkøb af it');
    await editor().getByRole('button', { name: 'Tilføj afsnit' }).click();
    await input(/^Overskrift, afsnit 1/).fill('Bæredygtig arbejdskultur');
    await input(/^Tekst, afsnit 1/).fill('Vi passer på hinanden. <b>ikke fed</b>');
    await editor().getByRole('button', { name: 'Tilføj trin' }).click();
    await input(/^Trin 2/).fill('Høring i LMU');
    await input(/^Dato eller startdato, trin 2/).fill('20.11.2024');
    await input(/^Slutdato ved en periode, trin 2/).fill('5-12-2024');
    await editor().getByTestId('agreement-save').click();
    await editor().getByText('Aftalens tekst er gemt.').waitFor();
    await shot(page, 'saved');
    await page.reload();
    await editor().waitFor();
    expect(await input(/^Overskrift, afsnit 1/).inputValue()).toBe('Bæredygtig arbejdskultur');
    expect(await input(/^Slutdato ved en periode, trin 2/).inputValue()).toBe('05-12-2024');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the Dokument view shows every section, bullets as lists and the markup as text', async () => {
    await editor().getByRole('link', { name: 'Se dokumentet' }).click();
    const doc = page.getByTestId('agreement-document');
    await doc.waitFor();
    for (const heading of [
      'Indledning',
      'Relation til DUS',
      'Kerneopgave',
      'Byrådets politikker',
      'Årets budgetændringer',
      'Fra sidste års aftale fortsætter',
      'Bæredygtig arbejdskultur',
      'Aftalens tilblivelse'
    ]) {
      await doc.getByRole('heading', { name: heading, exact: true }).waitFor();
    }
    expect(await doc.getByRole('listitem').filter({ hasText: 'Vi digitaliserer indkøb' }).count()).toBe(1);
    expect(await doc.getByText('Vi passer på hinanden. <b>ikke fed</b>').isVisible()).toBe(true);
    expect(await doc.locator('b').count()).toBe(0);
    expect(await doc.getByText('20. november 2024 – 5. december 2024').isVisible()).toBe(true);
    await shot(page, 'document');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a reader is told why the text cannot be edited', async () => {
    const readerPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await readerPage.goto(stack.pageUrl(READER, agreementHash));
    await readerPage.getByText('Kun afdelingens leder og redaktører kan skrive aftalens tekst. Du kan læse den i dokumentet.').waitFor();
    expect(await readerPage.getByTestId('agreement-save').count()).toBe(0);
    await shot(readerPage, 'reader');
    expect(await axeViolations(readerPage)).toEqual([]);
    await readerPage.close();
  });
});

describe("the form's layout (issue 16 screenshots)", () => {
  it('sets the list headings off from the field above, and keeps "Tilføj trin" clear of the Gem bar', async () => {
    await page.goto(stack.pageUrl(LEADER, agreementHash));
    await editor().waitFor();
    // "Byrådets politikker" sits well below the help text of "Kerneopgave" above it.
    const helpBottom = await editor()
      .getByTestId('field-coreTask')
      .evaluate((el) => {
        const box = (el.closest('.ms-TextField') ?? el).getBoundingClientRect();
        return box.bottom;
      });
    const headingTop = (await editor().getByRole('heading', { name: 'Byrådets politikker' }).boundingBox())?.y ?? 0;
    expect(headingTop - helpBottom).toBeGreaterThanOrEqual(28);
    // Scrolled so that "Tilføj trin" is just in view at the bottom: the sticky bar does not cover it.
    const add = editor().getByRole('button', { name: 'Tilføj trin' });
    await add.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const addBox = await add.boundingBox();
    const barBox = await editor().getByTestId('agreement-save-bar').boundingBox();
    expect(addBox && barBox && addBox.y + addBox.height <= barBox.y).toBe(true);
    await shot(page, 'layout');
  });
});
