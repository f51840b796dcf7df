import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { SKANDERBORG_STAGES, stageLabel } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';

// Issue #17.1, .2 and .6 from both sides, in the dev host over the seeded emulator: the editor
// submits with a comment, which the leader group reads on its task card; the leader returns with a
// comment, which the editor cannot miss (department view, the goal, Mine opgaver, the e-mail);
// the editor resubmits straight to the leader group with a comment that reaches the leader's
// card and the history; the leader decides and the badge on "Mine opgaver" follows at once.
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const LEADER = 'leder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const DEPARTMENT = 'Staben Økonomi, Digitalisering og Indkøb';
const AGREEMENT_TITLE = `Udviklingsaftale 2023 for ${DEPARTMENT}`;
const SUBMIT_COMMENT = 'Klar til ledergruppen. Baseline for sygefravær er rettet til 2022-tal.';
const RETURN_COMMENT = 'Mål 1 mangler en opfølgning på virkningen.';
const RESUBMIT_COMMENT = 'Rettet: opfølgningen står nu under mål 1.';
const config = SKANDERBORG_STAGES;
const glyphless = (s: string | null): string =>
  (s ?? '')
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

let departmentId: number;
let firstGoal: { id: number; title: string };
const shot = screenshotter('conversation');

async function openTasks(login: string): Promise<void> {
  await page.goto(stack.pageUrl(login, '#/opgaver'));
  await page.getByTestId('tasks-view').waitFor();
  await page.getByTestId('task-list').or(page.getByTestId('empty-state')).waitFor();
}

const task = (title: string) => page.getByTestId('task').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

async function confirmed(): Promise<void> {
  await page.getByTestId('decision-form').waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: 'Beslutningen er gemt' }).waitFor();
}

async function decide(item: ReturnType<typeof task>, label: string, comment?: string): Promise<void> {
  // The card's own moves (a goal's "Retur" buttons sit in the list of goals above them).
  await item
    .getByRole('group', { name: /^Handlinger for/ })
    .getByRole('button', { name: label, exact: true })
    .click();
  if (comment !== undefined) await item.getByRole('textbox', { name: /Kommentar/ }).fill(comment);
  await item.getByRole('button', { name: `Bekræft: ${label}` }).click();
  await confirmed();
}

useE2eSession();

beforeAll(async () => {
  const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER);
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === DEPARTMENT);
  if (!department) throw new Error('department not seeded');
  departmentId = department.id;
  const agreement = await new AgreementRepository(owner, config).forDepartmentYear(department.id, 2023);
  if (!agreement) throw new Error('2023 agreement not seeded');
  await owner.web.lists
    .getByTitle('Udviklingsaftaler')
    .items.getById(agreement.id)
    .update({ Stage: stageLabel(config, 'draft') });
  const goals = await new GoalRepository(owner, config).forAgreement(agreement.id);
  for (const g of goals)
    await owner.web.lists
      .getByTitle('Udviklingsmål')
      .items.getById(g.id)
      .update({ Stage: stageLabel(config, 'draft') });
  const first = goals.sort((a, b) => (a.number ?? 99) - (b.number ?? 99))[0];
  firstGoal = { id: first.id, title: first.title };
}, 240000);

describe('the approval conversation (#17.1, .2, .6)', () => {
  it('the editor submits with a comment; the leader group reads it on its task card, and the badge says "1 opgave"', async () => {
    await openTasks(EDITOR);
    await decide(task(AGREEMENT_TITLE), 'Send til ledergruppen', SUBMIT_COMMENT);
    const mail = stack.emulator.control.sentEmails().pop();
    expect(mail?.body).toContain(SUBMIT_COMMENT);
    // #17.5: the sender reads what happened, not "Ledergruppe (bekræftet)".
    await page.goto(stack.pageUrl(EDITOR, `#/afdeling/${departmentId}/2023`));
    const stage = page.getByTestId('agreement-stage').getByTestId('verification-badge');
    await stage.waitFor();
    expect(glyphless(await stage.textContent())).toMatch(/^Venter på ledergruppen \(sendt \d{1,2}\. [a-zæø]+\.? af Rasmus Lund\)$/);
    await shot(page, 'editor-sees-waiting');

    await openTasks(LEADER);
    const item = task(AGREEMENT_TITLE);
    const note = item.getByTestId('move-note');
    await note.waitFor();
    expect(glyphless(await note.textContent())).toContain(SUBMIT_COMMENT);
    expect(glyphless(await note.textContent())).toMatch(/^Kommentar fra .+ \(\d{1,2}\. [a-zæø]+\.?\):/);
    const badge = page.getByTestId('task-count');
    await badge.waitFor();
    // The visible number, then the screen reader's sentence.
    expect(glyphless(await badge.textContent())).toBe('11 opgave venter på dig');
    expect(await badge.getAttribute('title')).toBe('1 opgave venter på dig');
    await shot(page, 'leader-reads-submit-comment');
  });

  it('the leader returns with a comment; the e-mail carries the comment and the stage', async () => {
    await decide(task(AGREEMENT_TITLE), 'Retur', RETURN_COMMENT);
    // The leader is also the department's leader: the returned draft is now theirs to send again.
    await task(AGREEMENT_TITLE).getByRole('button', { name: 'Send til ledergruppen' }).waitFor();
    expect(await task(AGREEMENT_TITLE).getByRole('button', { name: 'Godkendt i ledergruppen: send til LMU-høring' }).count()).toBe(0);
    await shot(page, 'leader-returned');
    const mail = stack.emulator.control.sentEmails().pop();
    expect(mail?.to).toContain(EDITOR);
    expect(mail?.subject).toBe(`Sendt retur: ${AGREEMENT_TITLE}`);
    expect(mail?.body).toContain(RETURN_COMMENT);
    expect(mail?.body).toContain('retur fra »Ledergruppe« til »Kladde«');
    expect(mail?.body).toContain('sendes igen direkte til »Ledergruppe«');
  });

  it('the editor cannot miss the return: the department view, the goal and Mine opgaver say who, when, from where and why', async () => {
    await page.goto(stack.pageUrl(EDITOR, `#/afdeling/${departmentId}/2023`));
    const notices = page.getByTestId('return-notice');
    await notices.first().waitFor();
    const texts = (await notices.allTextContents()).map(glyphless);
    // The agreement and its goals went back together: one notice tells it (a goal returned on its
    // own would have its own).
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Sendt retur\. Sendt retur af .+ \d{1,2}\. [a-zæø]+\.? fra »Ledergruppe«\./);
    expect(texts[0]).toContain(`Kommentar: ${RETURN_COMMENT}`);
    expect(texts[0]).toContain('kan det sendes igen direkte til »Ledergruppe«');
    await shot(page, 'editor-department-view-return');

    await page.goto(stack.pageUrl(EDITOR, `#/maal/${firstGoal.id}`));
    const goalNotice = page.getByTestId('goal-editor').getByTestId('return-notice');
    await goalNotice.waitFor();
    expect(glyphless(await goalNotice.textContent())).toContain(RETURN_COMMENT);
    await shot(page, 'editor-goal-return');

    await openTasks(EDITOR);
    const item = task(AGREEMENT_TITLE);
    expect(glyphless(await item.getByTestId('return-notice').textContent())).toContain(RETURN_COMMENT);
    // Returned from the stage the first submission goes to: sending it again goes straight there.
    await item.getByRole('button', { name: 'Send til ledergruppen' }).waitFor();
    await shot(page, 'editor-tasks-return');
  });

  it('a colleague saves the goal while the editor types: the conflict dialog names the colleague, not "En anden" (#17.6)', async () => {
    await page.goto(stack.pageUrl(EDITOR, `#/maal/${firstGoal.id}`));
    const editor = page.getByTestId('goal-editor');
    const title = editor.getByRole('textbox', { name: /^Titel/ });
    await title.fill(`${firstGoal.title} (redaktørens)`);
    // The leader saves the same field meanwhile, through the same repository the editor uses.
    const goals = new GoalRepository(emulatorSp(`${stack.emulator.url}/sites/skanderborg`, LEADER), config);
    await goals.update(await goals.getById(firstGoal.id), { title: `${firstGoal.title} (lederens)` });
    await page.getByTestId('goal-save').click();
    const dialog = page.getByRole('alertdialog', { name: 'Lene Kjær har gemt imens' }).or(page.getByRole('dialog', { name: 'Lene Kjær har gemt imens' }));
    await dialog.waitFor({ state: 'attached' });
    expect(glyphless(await dialog.textContent())).toContain('Lene Kjær har gemt ændringer, mens du redigerede.');
    await page.waitForTimeout(400); // Fluent's dialog fade-in, before axe
    await shot(page, 'editor-conflict-names-leader');
    await dialog.getByRole('radio', { name: /^Min version/ }).check();
    await dialog.getByRole('button', { name: 'Gem mine valg' }).click();
    await page.getByRole('status').filter({ hasText: 'gemt' }).first().waitFor();
  });

  it('the editor resubmits straight to the leader group; the leader reads the new comment, the history keeps every comment', async () => {
    await openTasks(EDITOR);
    await decide(task(AGREEMENT_TITLE), 'Send til ledergruppen', RESUBMIT_COMMENT);
    await openTasks(LEADER);
    const item = task(AGREEMENT_TITLE);
    expect(glyphless(await item.getByTestId('move-note').textContent())).toContain(RESUBMIT_COMMENT);
    await item.getByRole('button', { name: 'Vis historik' }).click();
    const timeline = item.getByTestId('history-timeline');
    await timeline.getByTestId('history-event').first().waitFor();
    const events = (await timeline.getByTestId('history-event').allTextContents()).map(glyphless);
    const submit = events.findIndex((e) => e.includes(SUBMIT_COMMENT));
    const ret = events.findIndex((e) => e.includes(RETURN_COMMENT));
    const resubmit = events.findIndex((e) => e.includes(RESUBMIT_COMMENT));
    expect(submit).toBeGreaterThan(-1);
    expect(ret).toBeGreaterThan(submit);
    expect(resubmit).toBeGreaterThan(ret);
    await shot(page, 'leader-history-comments');

    // The leader decides: the task leaves the queue and the badge goes at once (#17.6).
    await decide(task(AGREEMENT_TITLE), 'Godkendt i ledergruppen: send til LMU-høring');
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('task-count').waitFor({ state: 'detached' });
    await shot(page, 'leader-decided-badge-gone');
    // #17.5 from the decider's side: the stage now waits for the LMU, sent by the leader.
    await page.goto(stack.pageUrl(LEADER, `#/afdeling/${departmentId}/2023`));
    const stage = page.getByTestId('agreement-stage').getByTestId('verification-badge');
    await stage.waitFor();
    expect(glyphless(await stage.textContent())).toMatch(/^Venter på LMU \(sendt \d{1,2}\. [a-zæø]+\.? af Lene Kjær\)$/);

    // Sent again: the editor's department view no longer shows the return.
    await page.goto(stack.pageUrl(EDITOR, `#/afdeling/${departmentId}/2023`));
    await page.getByTestId('agreement-stage').getByTestId('verification-badge').waitFor();
    expect(await page.getByTestId('return-notice').count()).toBe(0);
  });
});
