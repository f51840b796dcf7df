import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { SKANDERBORG_STAGES, type Goal } from '../../src/domain';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { page, stack, useE2eSession } from './harness/session';

// Check-ins during the year (issue 18), the leader's journey: from the department view of
// Skanderborg's approved 2023 agreement the leader opens the sick-leave goal's status page (the
// seed has three monthly values around 2,8 %), is told in Danish what is wrong with a bad value
// and date, records three check-ins with values, and sees them newest first and in the chart
// against the target line, with the text alternative.
const SITE = '/sites/skanderborg';
const LEADER = 'leder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';

useE2eSession();
let goal: Goal;

beforeAll(async () => {
  const sp = emulatorSp(stack.emulator.siteUrl(SITE), OWNER);
  goal = (await new GoalRepository(sp, SKANDERBORG_STAGES).forYear(2023)).find((g) => g.title === 'Sygefravær i staben')!;
});

async function checkIn(status: string, note: string, value: string, date: string): Promise<void> {
  const form = page.getByTestId('checkin-form');
  await form.getByRole('radiogroup').getByText(status, { exact: true }).click();
  await form.getByRole('textbox', { name: 'Bemærkning' }).fill(note);
  await form.getByRole('textbox', { name: /^Målt værdi/ }).fill(value);
  await form.getByRole('textbox', { name: /^Målt den/ }).fill(date);
  await form.getByRole('button', { name: 'Gem status' }).click();
  await form.getByRole('status').filter({ hasText: 'Statussen er gemt.' }).waitFor();
}

describe('a leader records check-ins on the sick-leave goal', () => {
  const shot = screenshotter('check-ins');

  it('opens the goal\'s status page from the department view and sees the seeded measurements in the chart', async () => {
    await page.goto(stack.pageUrl(LEADER, `#/afdeling/${goal.departmentId}/2023`));
    await page.getByTestId('goal-list').locator('li').filter({ hasText: 'Sygefravær i staben' }).getByRole('link', { name: 'Status og målinger' }).click();
    await page.waitForURL(new RegExp(`#/status/${goal.id}$`));
    await page.getByRole('heading', { name: 'Status på målet: Sygefravær i staben' }).waitFor();
    await page.getByTestId('checkin-chart').locator('svg').first().waitFor();
    expect(await page.getByTestId('checkin-chart-summary').textContent()).toContain('3 målinger, senest 2,7 % den 31.03.2023. Målsætningen er højst 2,8 %.');
    await shot(page, 'opened');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('tells in Danish what is wrong with a value and a date, and keeps what was typed', async () => {
    const form = page.getByTestId('checkin-form');
    await form.getByRole('textbox', { name: /^Målt værdi/ }).fill('2,6 pct');
    await form.getByRole('textbox', { name: /^Målt den/ }).fill('31.04.2023');
    await form.getByRole('button', { name: 'Gem status' }).click();
    await page.getByText('»2,6 pct« er ikke et tal. Skriv fx 2,8 (med komma og uden enhed).').waitFor();
    await page.getByText('»31.04.2023« er ikke en dato. Skriv fx 31.01.2023.').waitFor();
    expect(await form.getByRole('textbox', { name: /^Målt værdi/ }).inputValue()).toBe('2,6 pct');
    await shot(page, 'bad-input');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('records three check-ins with values and sees them newest first and in the chart', async () => {
    await checkIn('På rette vej', 'April: under målet.', '2,6', '30.04.2023');
    await checkIn('Udfordret', 'Maj: sommerferie-vikarer syge.', '2,9', '31.05.2023');
    await checkIn('På rette vej', 'Juni: tilbage under målet.', '2,5', '30.06.2023');
    const items = page.getByTestId('checkin-timeline').locator('li');
    expect(await items.count()).toBe(6);
    expect(await items.first().textContent()).toContain('målt 2,5 % den 30.06.2023');
    expect(await items.nth(1).textContent()).toContain('Udfordret');
    expect(await page.getByTestId('checkin-chart-summary').textContent()).toContain('6 målinger, senest 2,5 % den 30.06.2023');
    await page.getByTestId('checkin-chart').scrollIntoViewIfNeeded();
    // The chart draws the measured series and the target line.
    expect(await page.getByTestId('checkin-chart').locator('path').count()).toBeGreaterThanOrEqual(2);
    await shot(page, 'three-recorded');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers the values as a table for screen readers', async () => {
    await page.getByText('Målingerne som tabel').first().click();
    const rows = page.getByTestId('checkin-chart-table').locator('tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.last().textContent()).toBe('30.06.20232,5 %');
    await shot(page, 'table');
    expect(await axeViolations(page)).toEqual([]);
  });
});
