import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { SKANDERBORG_STAGES, type Goal } from '../../src/domain';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { page, stack, useE2eSession } from './harness/session';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { CheckInRepository } from '../../src/data/repositories/followUpRepositories';
import { StrategyRepository } from '../../src/data/repositories/strategyRepository';

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

  it("opens the goal's status page from the department view and sees the seeded measurements in the chart", async () => {
    await page.goto(stack.pageUrl(LEADER, `#/afdeling/${goal.departmentId}/2023`));
    await page.getByTestId('goal-list').locator('li').filter({ hasText: 'Sygefravær i staben' }).getByRole('link', { name: 'Status og målinger' }).click();
    await page.waitForURL(new RegExp(`#/status/${goal.id}$`));
    await page.getByRole('heading', { name: 'Status på målet: Sygefravær i staben' }).waitFor();
    await page.getByTestId('checkin-chart').locator('svg').first().waitFor();
    expect(await page.getByTestId('checkin-chart-summary').textContent()).toContain(
      '3 målinger, senest 2,7 % den 31. marts 2023. Målsætningen er højst 2,8 %.'
    );
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
    expect(await items.first().textContent()).toContain('målt 2,5 % den 30. juni 2023');
    expect(await items.nth(1).textContent()).toContain('Udfordret');
    expect(await page.getByTestId('checkin-chart-summary').textContent()).toContain('6 målinger, senest 2,5 % den 30. juni 2023');
    await page.getByTestId('checkin-chart').scrollIntoViewIfNeeded();
    // The chart draws the measured series and the target line.
    expect(await page.getByTestId('checkin-chart').locator('path').count()).toBeGreaterThanOrEqual(2);
    // Danish numbers on the value axis ("2,6", never "2.6"), and the legend as Danish writes it:
    // "Målt værdi", not the library's capitalised "Målt Værdi".
    const ticks = await page.getByTestId('checkin-chart').locator('g.tick text').allTextContents();
    expect(ticks.some((t) => /^\d+,\d+$/.test(t))).toBe(true);
    expect(ticks.filter((t) => /^\d+\.\d+$/.test(t))).toEqual([]);
    const legend = page.getByTestId('checkin-chart').locator('button').filter({ hasText: 'Målt værdi' }).first();
    expect(await legend.evaluate((el) => getComputedStyle(el).textTransform)).toBe('none');
    expect(await legend.innerText()).toContain('Målt værdi');
    await shot(page, 'three-recorded');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes back a check-in recorded by mistake the same day, after asking', async () => {
    await checkIn('Bagud', 'Skrevet ved en fejl.', '2,5', '30.06.2023');
    const items = page.getByTestId('checkin-timeline').locator('li');
    expect(await items.count()).toBe(7);
    await items.first().getByRole('button', { name: 'Slet' }).click();
    await items
      .first()
      .getByRole('group', { name: /^Slet denne status\?/ })
      .waitFor();
    await items.first().scrollIntoViewIfNeeded();
    await shot(page, 'delete-confirm');
    expect(await axeViolations(page)).toEqual([]);
    await items.first().getByRole('button', { name: 'Ja, slet' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="checkin-timeline"] li').length === 6);
    expect(await items.first().textContent()).toContain('Juni: tilbage under målet.');
  });

  it('offers the values as a table for screen readers', async () => {
    await page.getByText('Målingerne som tabel').first().click();
    const rows = page.getByTestId('checkin-chart-table').locator('tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.last().textContent()).toBe('30-06-20232,5 %');
    await shot(page, 'table');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a half-typed check-in', () => {
  const shot = screenshotter('check-ins-draft');

  it('is put back after a reload, and can be discarded', async () => {
    const form = page.getByTestId('checkin-form');
    await form.getByRole('radiogroup').getByText('Bagud', { exact: true }).click();
    await form.getByRole('textbox', { name: 'Bemærkning' }).fill('Juli: halvt skrevet.');
    await form.getByRole('textbox', { name: /^Målt værdi/ }).fill('3,4');
    await page.reload();
    await page.getByTestId('checkin-draft-restored').getByText('Det, du skrev sidst, men ikke gemte, er sat ind igen.').waitFor();
    expect(await form.getByRole('textbox', { name: 'Bemærkning' }).inputValue()).toBe('Juli: halvt skrevet.');
    expect(await form.getByRole('textbox', { name: /^Målt værdi/ }).inputValue()).toBe('3,4');
    expect(await form.getByRole('radio', { name: 'Bagud' }).isChecked()).toBe(true);
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'restored');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Kassér det' }).click();
    expect(await form.getByRole('textbox', { name: 'Bemærkning' }).inputValue()).toBe('');
    await page.reload();
    await page.getByTestId('checkin-form').waitFor();
    expect(await page.getByTestId('checkin-draft-restored').count()).toBe(0);
  });
});

describe('Overblik filtered by status', () => {
  const shot = screenshotter('check-ins-overview-filter');

  it('lists the goals whose latest status is the chosen one', async () => {
    await page.goto(stack.pageUrl('sekretariat.skanderborg@kommune.local', '#/overblik/2023'));
    const section = page.getByTestId('checkin-overview');
    await section.waitFor();
    await section.getByRole('combobox', { name: /^Vis mål med status/ }).click();
    await page.getByRole('option', { name: 'På rette vej' }).click();
    // The seed's spring dialogue with Staben.
    expect(await page.getByTestId(`dialogue-held-${goal.departmentId}`).textContent()).toBe('dialog holdt');
    const list = page.getByTestId('checkin-status-goals');
    await list.getByText('Mål med status »På rette vej«: 1').waitFor();
    expect(await list.getByRole('link').allTextContents()).toEqual(['Sygefravær i staben']);
    await section.getByRole('combobox', { name: /^Vis mål med status/ }).click();
    await page.getByRole('option', { name: 'ingen endnu' }).click();
    await list.getByText(/^Mål med status »ingen endnu«: \d+$/).waitFor();
    expect(await list.getByRole('link').allTextContents()).not.toContain('Sygefravær i staben');
    await list.scrollIntoViewIfNeeded();
    await shot(page, 'no-status-yet');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('status rounds', () => {
  const shot = screenshotter('status-round-reminders');

  it("the secretariat e-mails the leader whose goals have had no check-in before the DUS's status date", async () => {
    // The 2023 DUS names a status date a week from today.
    const strategies = new StrategyRepository(emulatorSp(stack.emulator.siteUrl(SITE), OWNER)).strategies;
    const [dus] = await strategies.query(StrategyRepository.forYear(2023));
    const soon = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
    await strategies.update(dus, { deadlines: [...dus.deadlines, { title: 'Status august/september', date: soon }] });
    await page.goto(stack.pageUrl('sekretariat.skanderborg@kommune.local', '#/overblik/2023'));
    const actions = page.getByTestId('send-status-reminders');
    await actions.getByRole('button', { name: 'Send påmindelser om status' }).click();
    await actions.getByRole('status').filter({ hasText: '1 påmindelse sendt' }).waitFor();
    await actions.scrollIntoViewIfNeeded();
    await shot(page, 'sent');
    expect(await axeViolations(page)).toEqual([]);
    const mails = stack.emulator.control.sentEmails().filter((m) => m.subject === 'Påmindelse: status på udviklingsmålene 2023');
    expect(mails.map((m) => m.to)).toEqual([[LEADER]]);
  });
});

describe('the secretariat records a contract dialogue', () => {
  const shot = screenshotter('contract-dialogue');

  it("on the agreement's document, with the date at the field, and sees it printed there", async () => {
    await page.goto(stack.pageUrl('sekretariat.skanderborg@kommune.local', `#/dokument/${goal.agreementId}`));
    const form = page.getByTestId('dialogue-form');
    await form.waitFor();
    await form.getByRole('textbox', { name: /^Deltagere/ }).fill('Direktionen\nStabschefen');
    await form.getByRole('button', { name: 'Gem kontraktdialogen' }).click();
    await form.getByText('Skriv mødets dato, fx 18-04-2023.').waitFor();
    await form.getByRole('combobox', { name: /^Mødets dato/ }).fill('05-09-2023');
    await form.getByRole('combobox', { name: /^Mødets dato/ }).press('Tab');
    await form.getByRole('textbox', { name: /^Referat/ }).fill('Status august/september: sygefraværet under målet.');
    await form.getByRole('textbox', { name: /^Aftalt/ }).fill('Målingerne fortsætter månedligt.');
    await form.getByRole('textbox', { name: /^Opfølgningspunkter/ }).fill('Status i december');
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'filled');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Gem kontraktdialogen' }).click();
    await form.getByRole('status').filter({ hasText: 'Kontraktdialogen er gemt' }).waitFor();
    const printed = page.getByTestId('document-dialogue').filter({ hasText: '5. september 2023' });
    await printed.waitFor();
    expect(await printed.textContent()).toContain('Målingerne fortsætter månedligt.');
    await printed.scrollIntoViewIfNeeded();
    await shot(page, 'printed');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers the form to nobody in the department', async () => {
    await page.goto(stack.pageUrl(LEADER, `#/dokument/${goal.agreementId}`));
    await page.getByTestId('document-dialogue').first().waitFor();
    expect(await page.getByTestId('dialogue-form').count()).toBe(0);
  });
});

describe('a check-in written past the service on a draft agreement', () => {
  const shot = screenshotter('check-ins-unverified');
  let draftId: number;
  let draftGoalId: number;

  it('shows as "Ikke verificeret" on the goal\'s status page', async () => {
    const owner = emulatorSp(stack.emulator.siteUrl(SITE), OWNER);
    const draft = await new AgreementRepository(owner, SKANDERBORG_STAGES).create({
      departmentId: goal.departmentId,
      year: 2030,
      title: 'Kladde 2030',
      policies: [],
      milestones: [],
      stage: 'draft'
    });
    const draftGoal = await new GoalRepository(owner, SKANDERBORG_STAGES).create({
      agreementId: draft.id,
      departmentId: goal.departmentId,
      year: 2030,
      title: 'Kladdemål 2030',
      sharedWithDepartmentIds: [],
      trackIds: [],
      policies: [],
      requirementIds: [],
      stage: 'draft',
      evidence: []
    });
    // The department's editor writes straight to SharePoint (the folder lets them); the service would refuse.
    const editor = emulatorSp(stack.emulator.siteUrl(SITE), 'redaktoer.skanderborg@kommune.local');
    const forged = await new CheckInRepository(editor).create({
      goalId: draftGoal.id,
      departmentId: goal.departmentId,
      year: 2030,
      status: 'achieved',
      note: 'Alt er nået.'
    });
    await page.goto(stack.pageUrl(LEADER, `#/status/${draftGoal.id}`));
    const marked = page.getByTestId(`checkin-unverified-${forged.id}`);
    await marked.waitFor();
    expect((await marked.textContent())?.replace(/[\uE000-\uF8FF]/g, '')).toContain(
      'Ikke verificeret Givet, mens aftalen ifølge godkendelsesloggen ikke var godkendt.'
    );
    await page.getByTestId('checkin-locked').waitFor();
    await shot(page, 'unverified');
    expect(await axeViolations(page)).toEqual([]);
    draftId = draft.id;
    draftGoalId = draftGoal.id;
  });

  it('is not the goal\'s status on the department view nor counted in Overblik, even with the agreement\'s Stage forged to "Godkendt"', async () => {
    const owner = emulatorSp(stack.emulator.siteUrl(SITE), OWNER);
    const agreements = new AgreementRepository(owner, SKANDERBORG_STAGES);
    await agreements.update(await agreements.getById(draftId), { stage: 'approved' });
    await page.goto(stack.pageUrl(LEADER, `#/afdeling/${goal.departmentId}/2030`));
    const status = page.getByTestId(`goal-latest-status-${draftGoalId}`);
    await page.getByTestId(`goal-unverified-check-ins-${draftGoalId}`).waitFor();
    expect(await status.textContent()).toBe('Seneste status: ingen endnu · en nyere statusmelding er ikke verificeret og tæller ikke med');
    await status.scrollIntoViewIfNeeded();
    await shot(page, 'department-view');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(stack.pageUrl('sekretariat.skanderborg@kommune.local', '#/overblik/2030'));
    const note = page.getByTestId('unverified-check-ins');
    await note.waitFor();
    expect(await note.textContent()).toContain('En statusmelding er givet, mens godkendelsesloggen ikke viser aftalen godkendt.');
    // Nået is not counted: the goal is among those without a check-in.
    const row = page.getByTestId(`checkin-overview-row-${goal.departmentId}`);
    expect(await row.locator('td.count').allTextContents()).toEqual(['0', '0', '0', '0', '0', '1']);
    expect(await page.getByTestId('stale-goals').textContent()).toContain('Kladdemål 2030');
    await note.scrollIntoViewIfNeeded();
    await shot(page, 'overview');
    expect(await axeViolations(page)).toEqual([]);
  });
});
