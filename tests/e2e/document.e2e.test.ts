import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './harness/axe';
import { ARTIFACTS_DIR, screenshotter } from './harness/artifacts';
import { DEFAULT_STAGE_CONFIGURATIONS } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { spForUser } from '../integration/helpers/emulator';
import { page, stack, useE2eSession } from './harness/session';

// The secretariat opens an agreement as a document, prints it and downloads it as Word: the dev
// host page in Chromium against the seeded emulator.
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const config = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === 'skanderborg');
if (!config) throw new Error('Skanderborg stage configuration missing');

useE2eSession({ acceptDownloads: true });
let agreementId: number;
let departmentId: number;

beforeAll(async () => {
  const sp = spForUser(stack.emulator.siteUrl('/sites/skanderborg'), SECRETARIAT);
  const department = (await new DepartmentRepository(sp).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  if (!department) throw new Error('department not seeded');
  const agreement = await new AgreementRepository(sp, config).forDepartmentYear(department.id, 2023);
  if (!agreement) throw new Error('2023 agreement not seeded');
  agreementId = agreement.id;
  departmentId = department.id;
});

/** Whether an element takes part in the layout (display: none on it or an ancestor removes it). */
const shown = (selector: string): Promise<boolean> => page.$eval(selector, (el) => (el as HTMLElement).getClientRects().length > 0);

describe('secretariat reads, prints and downloads an agreement', () => {
  const shot = screenshotter('agreement-document');

  it('opens the 2023 agreement of Staben Økonomi, Digitalisering og Indkøb as a document from the department view', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, `#/afdeling/${departmentId}/2023`));
    await page.getByRole('link', { name: 'Vis som dokument' }).click();
    await page.waitForURL(new RegExp(`#/dokument/${agreementId}$`));
    const article = page.getByTestId('agreement-document');
    await article.waitFor();
    await expect(article.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb');
    expect(await article.getByRole('heading', { level: 3 }).allTextContents()).toHaveLength(9);
    expect(await page.getByTestId('climate-table').count()).toBe(2);
    await shot(page, 'screen');
  });

  it('prints only the document, black on white, each goal on a new page', async () => {
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'print');
    expect(await shown('[data-testid="agreement-document"]')).toBe(true);
    expect(await shown('[data-testid="host-kind"]')).toBe(false);
    expect(await shown('[role="toolbar"]')).toBe(false);
    expect(await shown('[role="region"][aria-label="Lokal udviklingsside"]')).toBe(false);
    const goalBreaks = await page.$$eval('.ua-document-goal', (els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(goalBreaks).toEqual(Array(8).fill('page'));
    const colours = await page.$eval('[data-testid="agreement-document"] h3', (el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    // Chromium's own print to PDF: the title page, seven goals and the climate annex.
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(ARTIFACTS_DIR, 'agreement-document', 'print.pdf'), pdf);
    const pages = Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
    expect(pages).toBeGreaterThanOrEqual(9);
    await page.emulateMedia({ media: 'screen' });
  });

  it('downloads the agreement as a Word file with a Danish name', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent som Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Udviklingsaftale 2023 - Staben Økonomi, Digitalisering og Indkøb.docx');
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
    await page.getByRole('button', { name: 'Hent som Word (.docx)' }).waitFor();
    await shot(page, 'downloaded');
  });

  it("downloads all of the year's agreements in one Word file", async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent alle aftaler for 2023 (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Udviklingsaftaler 2023 - alle afdelinger.docx');
    expect(
      readFileSync(await download.path())
        .subarray(0, 2)
        .toString('latin1')
    ).toBe('PK');
  });

  it('fits a phone-width screen: wide tables scroll inside the page, nothing is cut off', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('agreement-document').waitFor();
    await shot(page, 'phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('goes back to the department view', async () => {
    await page.getByRole('link', { name: 'Tilbage til afdelingens aftale' }).click();
    await page.getByTestId('track-matrix').waitFor();
    expect(page.url()).toMatch(new RegExp(`#/afdeling/${departmentId}/2023$`));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so when the agreement does not exist', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/dokument/9999'));
    await page.getByRole('heading', { name: 'Aftalen findes ikke' }).waitFor();
    await shot(page, 'not-found');
  });
});
