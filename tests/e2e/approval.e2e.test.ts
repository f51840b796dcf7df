import { screenshotter } from './harness/artifacts';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { SKANDERBORG_STAGES, stageLabel } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { completeMinimumContent } from '../integration/helpers/minimumContent';
import { page, stack, useE2eSession } from './harness/session';

// Issue 7's "Done when", in the dev host with the seeded emulator: an editor submits Staben
// Økonomi, Digitalisering og Indkøb's 2023 agreement; the leader group approves; the LMU hearing
// is recorded; the board returns one goal with a comment and approves the rest; the editor fixes
// the goal and resubmits; the approver approves it from Mine opgaver; the history shows it all.
// Each user opens Mine opgaver (#/opgaver); every step is a screenshot checked with axe.
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const LEADER = 'leder.skanderborg@kommune.local';
const APPROVER = 'godkender.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const AGREEMENT_TITLE = 'Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb';
const config = SKANDERBORG_STAGES;

useE2eSession();
let returnedGoal: { id: number; title: string };
const shot = screenshotter('approval-journey');

async function openTasks(login: string): Promise<void> {
  await page.goto(stack.pageUrl(login, '#/opgaver'));
  await page.getByTestId('tasks-view').waitFor();
  await page.getByTestId('task-list').or(page.getByTestId('empty-state')).waitFor();
}

const task = (title: string) => page.getByTestId('task').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

/** The decision is saved: its form has gone (the task left the list) and the page says so. The
 * form's going first matters: the previous decision's message may still be on the page. */
async function confirmed(): Promise<void> {
  await page.getByTestId('decision-form').waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: 'Beslutningen er gemt' }).waitFor();
}

beforeAll(async () => {
  const siteUrl = `${stack.emulator.url}/sites/skanderborg`;
  const owner = emulatorSp(siteUrl, OWNER);
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  if (!department) throw new Error('department not seeded');
  const agreement = await new AgreementRepository(owner, config).forDepartmentYear(department.id, 2023);
  if (!agreement) throw new Error('2023 agreement not seeded');
  // The seed holds the agreement as signed; the journey starts from the department's draft.
  await owner.web.lists
    .getByTitle('Udviklingsaftaler')
    .items.getById(agreement.id)
    .update({ Stage: stageLabel(config, 'draft') });
  const goalRepo = new GoalRepository(owner, config);
  const goals = await goalRepo.forAgreement(agreement.id);
  for (const g of goals)
    await owner.web.lists
      .getByTitle('Udviklingsmål')
      .items.getById(g.id)
      .update({ Stage: stageLabel(config, 'draft') });
  // The journey is of a complete agreement: the hearing's move into the board's stage is blocked
  // while a goal lacks the year's minimum content (#17.4, sendChecks.e2e.test.ts shows that).
  await completeMinimumContent(owner, config, agreement.id);
  const first = goals.sort((a, b) => (a.number ?? 99) - (b.number ?? 99))[0];
  returnedGoal = { id: first.id, title: first.title };
}, 240000);

describe('approval journey', () => {
  it('the editor submits the 2023 agreement to the leader group from Mine opgaver', async () => {
    await openTasks(EDITOR);
    await shot(page, 'editor-tasks');
    const item = task(AGREEMENT_TITLE);
    await item.getByRole('button', { name: 'Send til ledergruppen' }).click();
    await item.getByRole('button', { name: 'Bekræft: Send til ledergruppen' }).click();
    await confirmed();
    expect(await page.getByRole('status').filter({ hasText: 'Mail sendt til' }).textContent()).toContain(LEADER);
    await shot(page, 'editor-submitted');
    const mail = stack.emulator.control.sentEmails().pop();
    expect(mail?.to).toEqual([LEADER]);
    expect(mail?.body).toMatch(/#\/afdeling\/\d+\/2023/);
  });

  it('the leader group approves and sends it to the LMU hearing', async () => {
    await openTasks(LEADER);
    const item = task(AGREEMENT_TITLE);
    await item.getByText('Fase: Ledergruppe').waitFor();
    await shot(page, 'leader-tasks');
    await item.getByRole('button', { name: 'Godkendt i ledergruppen: send til LMU-høring' }).click();
    await item.getByRole('button', { name: 'Bekræft: Godkendt i ledergruppen: send til LMU-høring' }).click();
    await confirmed();
    await shot(page, 'leader-approved');
  });

  it('the LMU hearing is recorded with its meeting date and minutes, which the form requires', async () => {
    await openTasks(APPROVER);
    const item = task(AGREEMENT_TITLE);
    await item.getByRole('button', { name: 'Behandlet i LMU' }).click();
    await item.getByRole('button', { name: 'Bekræft: Behandlet i LMU' }).click();
    await item.getByText('»Mødedato« skal udfyldes med en gyldig dato (dd-mm-åååå).').waitFor();
    await item.getByText('»Link til referat« skal være en webadresse, der begynder med https://.').waitFor();
    await shot(page, 'hearing-required-fields');
    await item.getByRole('combobox', { name: /Mødedato/ }).fill('19-01-2023');
    await item.getByRole('combobox', { name: /Mødedato/ }).press('Enter');
    await item.getByRole('textbox', { name: /Link til referat/ }).fill('https://intranet.skanderborg.dk/lmu/2023-01-19');
    await item.getByRole('button', { name: 'Bekræft: Behandlet i LMU' }).click();
    await confirmed();
    await shot(page, 'hearing-recorded');
  });

  it('the board returns one goal with a comment and approves the rest', async () => {
    await openTasks(APPROVER);
    const item = task(AGREEMENT_TITLE);
    const goals = item.getByTestId('task-goals');
    await goals.getByRole('button', { name: 'Retur', description: new RegExp(returnedGoal.title) }).click();
    await goals.getByRole('button', { name: 'Bekræft: Retur' }).click();
    await goals.getByText('»Kommentar« skal udfyldes, når du sender retur: skriv, hvad der skal rettes.').waitFor();
    await shot(page, 'return-needs-comment');
    await goals.getByRole('textbox', { name: /Kommentar/ }).fill('Målet mangler en opfølgning på virkningen.');
    await goals.getByRole('button', { name: 'Bekræft: Retur' }).click();
    await confirmed();
    await shot(page, 'goal-returned');
    const approve = task(AGREEMENT_TITLE);
    await approve.getByRole('button', { name: 'Godkend', exact: true }).click();
    await approve.getByRole('button', { name: 'Bekræft: Godkend' }).click();
    await confirmed();
    await shot(page, 'agreement-approved');
  });

  it('the editor fixes the goal and resubmits it straight to the board', async () => {
    // The goal editor is its own view; the fix goes through the same repository it uses.
    const goals = new GoalRepository(emulatorSp(`${stack.emulator.url}/sites/skanderborg`, EDITOR), config);
    await goals.update(await goals.getById(returnedGoal.id), { followUpMethod: 'Vi følger op kvartalsvis i ledelsesinformationen.' });
    await openTasks(EDITOR);
    const item = task(returnedGoal.title);
    await item.getByRole('button', { name: 'Vis historik' }).click();
    await item.getByTestId('history-timeline').getByText('Målet mangler en opfølgning på virkningen.').waitFor();
    // The return is on the card itself too (#17.1).
    expect(await item.getByTestId('return-notice').textContent()).toContain('Kommentar: Målet mangler en opfølgning på virkningen.');
    await shot(page, 'editor-sees-return');
    await item.getByRole('button', { name: 'Send igen til »Til godkendelse i direktionen«' }).click();
    await item.getByRole('button', { name: 'Bekræft: Send igen til »Til godkendelse i direktionen«' }).click();
    await confirmed();
    await shot(page, 'editor-resubmitted');
  });

  it('the approver sees what changed and approves the goal from Mine opgaver; the history shows it all', async () => {
    await openTasks(APPROVER);
    const item = task(returnedGoal.title);
    await item.getByRole('button', { name: 'Vis ændringer' }).click();
    const diff = item.getByRole('table');
    await diff.waitFor();
    expect(await diff.getByRole('rowheader').allTextContents()).toEqual(['Opfølgning på virkningen']);
    await shot(page, 'approver-diff');
    await item.getByRole('button', { name: 'Godkend', exact: true }).click();
    await item.getByRole('button', { name: 'Bekræft: Godkend' }).click();
    await confirmed();
    const timeline = page.getByTestId('history-timeline');
    await timeline.getByTestId('history-event').first().waitFor();
    const events = await timeline.getByTestId('history-event').allTextContents();
    // Fluent's icon glyphs (private-use characters in aria-hidden elements) are no part of a label.
    expect(
      events.map(
        (e) =>
          e
            .replace(/[\uE000-\uF8FF]/g, '')
            .trim()
            .split(':')[0]
      )
    ).toEqual([
      'Godkendt', // the seed: the document's agreement was approved by the board
      'Faseskift fra versionshistorikken', // the owner's reset to draft before the journey
      'Faseskift fra versionshistorikken', // the editor's submission
      'Godkendt', // leader group
      'Behandlet', // LMU
      'Sendt retur', // the board returns this goal
      'Faseskift fra versionshistorikken', // the editor resubmits
      'Godkendt' // the board approves it
    ]);
    expect(events[4]).toContain('Behandlet på mødet 19. januar 2023');
    expect(events[5]).toContain('Målet mangler en opfølgning på virkningen.');
    await shot(page, 'history');
    await page.getByTestId('empty-state').or(page.getByTestId('task-list')).waitFor();
  });
});
