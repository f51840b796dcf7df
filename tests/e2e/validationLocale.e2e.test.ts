import type { Locator } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';

// #20.4: the domain returns codes and the UI says them in the user's language. Before, an English
// user of the DUS form read the domain's Danish sentences. Skanderborg's secretariat, in English,
// empties the 2023 DUS's title and gives an end year before its year: the messages at the fields
// are English; in Danish the same problems read as before. Nothing is saved.
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';

useE2eSession();
const shot = screenshotter('validation-locale');

async function breakAndSave(section: Locator, names: { title: string; yearTo: RegExp; save: string }): Promise<void> {
  await section.getByRole('textbox', { name: names.title }).fill('');
  await section.getByRole('textbox', { name: names.yearTo }).fill('2020');
  await page.getByRole('button', { name: names.save }).click();
  await page.getByTestId('dus-invalid').waitFor();
}

describe("validation messages in the user's language", () => {
  it("shows the DUS form's problems in English for an English user", async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/dus/2023', { locale: 'en-us' }));
    await page.getByTestId('dus-form').waitFor();
    await breakAndSave(page.getByRole('group', { name: 'The strategy' }), { title: 'Title', yearTo: /^Through year/, save: 'Save DUS' });
    await page.getByText('"Title" is required.').waitFor();
    await page.getByText('"Through year" must be a year from 2023 to 2027, or empty for a one-year strategy.').waitFor();
    expect(await page.getByText(/skal udfyldes|skal være et årstal/).count()).toBe(0);
    await shot(page, 'english');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the same problems in Danish for a Danish user, and nothing was saved', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/dus/2023'));
    await page.getByTestId('dus-form').waitFor();
    const section = page.getByRole('group', { name: 'Strategien' });
    expect(await section.getByRole('textbox', { name: 'Titel' }).inputValue()).not.toBe('');
    await breakAndSave(section, { title: 'Titel', yearTo: /^Til og med år/, save: 'Gem DUS' });
    await page.getByText('»Titel« skal udfyldes.').waitFor();
    await page.getByText('»Til og med år« skal være et årstal fra 2023 til 2027, eller tomt for en etårig DUS.').waitFor();
    await shot(page, 'danish');
    expect(await axeViolations(page)).toEqual([]);
  });
});
