import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';

// Secretariat journey (issue 8): the 2023 overview shows which departments lack the sick-leave
// requirement, filters to them, and the Excel export downloads a real .xlsx.
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const READER = 'medarbejder.skanderborg@kommune.local';

useE2eSession({ acceptDownloads: true });

/** The sick-leave column of the requirements table, as department -> "Dækket" | "Mangler". */
async function sickLeaveColumn(): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="requirement-table"]', (tables) => {
    const table = tables[0];
    const headers = Array.from(table.querySelectorAll('thead th'));
    const column = headers.findIndex((th) => /sygefravær/i.test(th.textContent ?? ''));
    const out: Record<string, string> = {};
    for (const tr of Array.from(table.querySelectorAll('tbody tr'))) {
      const name = tr.querySelector('th a')?.textContent ?? '';
      out[name] = tr.querySelectorAll('td')[column - 1]?.textContent ?? '';
    }
    return out;
  });
}

describe('secretariat reads the 2023 overview', () => {
  const shot = screenshotter('secretariat-overview');

  it('shows which departments lack the sick-leave requirement', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/overblik/2023'));
    await page.getByTestId('requirement-table').waitFor({ timeout: 30000 });
    await page.getByTestId('stage-chart').locator('svg rect').first().waitFor({ timeout: 30000 });
    const column = await sickLeaveColumn();
    expect(column['Staben Økonomi, Digitalisering og Indkøb']).toBe('Dækket');
    expect(column['HR staben']).toBe('Mangler');
    expect(column['Byråds- og Direktionssekretariatet']).toBe('Mangler');
    expect(Object.keys(column)).not.toContain('Kontrolgruppen');
    await expect(page.getByTestId('secretariat-actions').isVisible()).resolves.toBe(true);
    await shot(page, 'overview-2023');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('filters to departments missing requirements, and clicks through to a department', async () => {
    // Fluent's checkbox box covers the input: click the label, as a user does.
    await page.getByText('Kun afdelinger, der mangler krav', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Kun afdelinger, der mangler krav' }).isChecked()).resolves.toBe(true);
    const names = await page.$$eval('[data-testid="stage-table"] tbody th a', (as) => as.map((a) => a.textContent));
    expect(names).toContain('HR staben');
    expect(names).not.toContain('Staben Økonomi, Digitalisering og Indkøb');
    await shot(page, 'only-missing');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('stage-table').getByRole('link', { name: 'HR staben' }).click();
    await page.getByTestId('department-view').waitFor();
    expect(page.url()).toMatch(/#\/afdeling\/\d+\/2023$/);
  });

  it('downloads the Excel file (a zip: starts with "PK")', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/overblik/2023'));
    await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
    await page.getByText('Ét ark med alle mål', { exact: true }).click();
    await shot(page, 'export-dialog');
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Hent Excel-fil' }).click()]);
    expect(download.suggestedFilename()).toBe('Udviklingsmål 2023.xlsx');
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    // Issue 18: the year's check-ins on their own sheet (the seed's three sick-leave values).
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path));
    expect(book.getWorksheet('Statusmeldinger')?.getRow(4).getCell(4).value).toBe('På rette vej');
    await page.getByText('Excel-filen Udviklingsmål 2023.xlsx er hentet.').waitFor();
    // The dialog fades out after the download; the page is checked once it is gone.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await shot(page, 'exported');
  });

  it('hides the secretariat action from an employee', async () => {
    await page.goto(stack.pageUrl(READER, '#/overblik/2023'));
    await page.getByTestId('requirement-table').waitFor({ timeout: 30000 });
    expect(await page.getByTestId('secretariat-actions').count()).toBe(0);
  });
});
