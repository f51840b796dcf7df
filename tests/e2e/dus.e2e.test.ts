import type { Locator } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { StrategyRepository } from '../../src/data/repositories/strategyRepository';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { page, stack, useE2eSession } from './harness/session';

// The DUS administration, the secretariat's journey: Skanderborg's secretariat starts 2024 as a
// copy of the seeded 2023 DUS, renames a track, adds the deadline the reminders know, saves and
// reloads; an employee then reads the 2024 DUS without any way to change it.
const SITE = '/sites/skanderborg';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const EMPLOYEE = 'medarbejder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const NEW_TITLE = 'Den røde tråd fra politik til virkning for borgeren – også i 2024';

useE2eSession();

const strategySection = (): Locator => page.getByRole('group', { name: 'Strategien' });
const trackRow = (n: number): Locator => page.getByRole('group', { name: `Spor ${n}`, exact: true });

describe('the secretariat sets up the 2024 DUS', () => {
  const shot = screenshotter('dus');

  it('opens 2023 as a form, with the copy offered', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/dus/2023'));
    await page.getByRole('heading', { name: 'DUS 2023', level: 2 }).waitFor();
    await page.getByTestId('dus-form').waitFor();
    expect(await trackRow(1).getByRole('textbox', { name: 'Titel' }).inputValue()).toBe('Den røde tråd fra politik til virkning for borgeren');
    await shot(page, 'opened-2023');
  });

  it('starts 2024 as a copy of 2023 and lands in its form', async () => {
    await page.getByRole('button', { name: 'Start 2024 som kopi af 2023' }).click();
    await page.getByRole('heading', { name: 'DUS 2024', level: 2 }).waitFor();
    await page.waitForURL(/#\/dus\/2024$/);
    await page.getByTestId('dus-form').waitFor();
    expect(await strategySection().getByRole('textbox', { name: /^År/ }).inputValue()).toBe('2024');
    expect(await strategySection().getByRole('textbox', { name: 'Titel' }).inputValue()).toContain('2024');
    expect(await page.locator('[data-testid^="dus-track-row-"]').count()).toBe(2);
    expect(await page.locator('[data-testid^="dus-requirement-row-"]').count()).toBe(6);
    await shot(page, 'copied-2024');
  });

  it('renames a track, adds the agreement deadline, is told about a bad date, and saves', async () => {
    await trackRow(1).getByRole('textbox', { name: 'Titel' }).fill(NEW_TITLE);
    await page.getByRole('button', { name: 'Tilføj »Afleveres til direktionen«' }).click();
    // The Danish date picker: a day that does not exist is refused at the field, dd-mm-åååå is read.
    await page.getByRole('combobox', { name: 'Frist 1, dato' }).fill('32-12-2023');
    await page.getByRole('combobox', { name: 'Frist 1, dato' }).press('Tab');
    await page.getByText('Skriv datoen som dd-mm-åååå, fx 01-12-2023.').waitFor();
    await shot(page, 'bad-date');
    await page.getByRole('combobox', { name: 'Frist 1, dato' }).fill('1-12-2023');
    await page.getByRole('combobox', { name: 'Frist 1, dato' }).press('Tab');
    await page.getByRole('button', { name: 'Gem DUS' }).click();
    await page.getByTestId('dus-saved').filter({ hasText: 'DUS er gemt.' }).waitFor();
    await shot(page, 'saved');
  });

  it('finds the changes after a reload, and one 2024 DUS in the list', async () => {
    await page.reload();
    await page.getByTestId('dus-form').waitFor();
    expect(await trackRow(1).getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(NEW_TITLE);
    expect(await page.getByRole('textbox', { name: 'Frist 1, titel' }).inputValue()).toBe('Afleveres til direktionen');
    expect(await page.getByRole('combobox', { name: 'Frist 1, dato' }).inputValue()).toBe('01-12-2023');
    expect(await page.getByTestId('dus-copy').textContent()).toContain('Start 2025 som kopi af 2024');
    const all = await new StrategyRepository(emulatorSp(stack.emulator.siteUrl(SITE), OWNER)).all();
    expect(all.filter((s) => s.year === 2024)).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('an employee reads the 2024 DUS', () => {
  const shot = screenshotter('dus-employee');

  it('sees it read-only with the renamed track and the deadline', async () => {
    await page.goto(stack.pageUrl(EMPLOYEE, '#/dus/2024'));
    await page.getByTestId('dus-read').waitFor();
    await page.getByText('Du kan læse årets DUS. Kun sekretariatet kan ændre den.').waitFor();
    await page.getByText(`1. ${NEW_TITLE}`).waitFor();
    expect(await page.getByTestId('dus-deadlines').textContent()).toContain('Afleveres til direktionen');
    expect(await page.getByRole('button', { name: 'Gem DUS' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByTestId('dus-copy').count()).toBe(0);
    await shot(page, 'read-only');
  });
});
