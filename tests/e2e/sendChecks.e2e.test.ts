import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { SKANDERBORG_STAGES, stageLabel } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';

// Issue #17.4 from both sides: one goal of the Staben's 2023 agreement no longer covers its
// requirement. The editor sending it to the leader group is warned and may send; the approver
// recording the LMU hearing (the move into "Til godkendelse i direktionen") is blocked.
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const LEADER = 'leder.skanderborg@kommune.local';
const APPROVER = 'godkender.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const AGREEMENT_TITLE = 'Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb';
const config = SKANDERBORG_STAGES;

const shot = screenshotter('send-checks');
const task = (title: string) => page.getByTestId('task').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

async function openTasks(login: string): Promise<void> {
  await page.goto(stack.pageUrl(login, '#/opgaver'));
  await page.getByTestId('tasks-view').waitFor();
  await page.getByTestId('task-list').or(page.getByTestId('empty-state')).waitFor();
}

useE2eSession();

beforeAll(async () => {
  const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER);
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  const agreement = department && (await new AgreementRepository(owner, config).forDepartmentYear(department.id, 2023));
  if (!agreement) throw new Error('2023 agreement not seeded');
  await owner.web.lists
    .getByTitle('Udviklingsaftaler')
    .items.getById(agreement.id)
    .update({ Stage: stageLabel(config, 'draft') });
  const goals = (await new GoalRepository(owner, config).forAgreement(agreement.id)).sort((a, b) => (a.number ?? 99) - (b.number ?? 99));
  for (const g of goals)
    await owner.web.lists
      .getByTitle('Udviklingsmål')
      .items.getById(g.id)
      .update({ Stage: stageLabel(config, 'draft') });
  // The first goal stops covering its requirement; no other goal covers it.
  await owner.web.lists.getByTitle('Udviklingsmål').items.getById(goals[0].id).update({ RequirementsId: [] });
}, 240000);

describe('checks before sending (#17.4)', () => {
  it('the editor is warned before sending to the leader group, and may send', async () => {
    await openTasks(EDITOR);
    const item = task(AGREEMENT_TITLE);
    await item
      .getByRole('group', { name: /^Handlinger for/ })
      .getByRole('button', { name: 'Send til ledergruppen', exact: true })
      .click();
    const checks = item.getByTestId('send-checks');
    await checks.waitFor();
    expect(await checks.getAttribute('data-mode')).toBe('warn');
    expect(await checks.textContent()).toMatch(/Kravet »1\. .+« dækkes ikke af noget mål\./);
    await shot(page, 'editor-warned');
    await item.getByRole('button', { name: 'Bekræft: Send til ledergruppen' }).click();
    await page.getByRole('status').filter({ hasText: 'Beslutningen er gemt' }).waitFor();
    await openTasks(LEADER);
    const lead = task(AGREEMENT_TITLE);
    await lead
      .getByRole('group', { name: /^Handlinger for/ })
      .getByRole('button', { name: 'Godkendt i ledergruppen: send til LMU-høring' })
      .click();
    await lead.getByRole('button', { name: 'Bekræft: Godkendt i ledergruppen: send til LMU-høring' }).click();
    await page.getByRole('status').filter({ hasText: 'Beslutningen er gemt' }).waitFor();
  });

  it('the approver recording the hearing is blocked until the requirement is covered', async () => {
    await openTasks(APPROVER);
    const item = task(AGREEMENT_TITLE);
    await item
      .getByRole('group', { name: /^Handlinger for/ })
      .getByRole('button', { name: 'Behandlet i LMU' })
      .click();
    const checks = item.getByTestId('send-checks');
    await checks.waitFor();
    expect(await checks.getAttribute('data-mode')).toBe('block');
    expect(await checks.textContent()).toContain('Aftalen kan ikke sendes videre, før dette er rettet:');
    expect(await item.getByRole('button', { name: 'Bekræft: Behandlet i LMU' }).isDisabled()).toBe(true);
    await shot(page, 'approver-blocked');
  });
});
