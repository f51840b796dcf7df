import { screenshotter } from './harness/artifacts';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { SKANDERBORG_STAGES, stageLabel } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { page, stack, useE2eSession } from './harness/session';

// E-mail through Microsoft Graph in the dev host: the leader group approves Staben Økonomi,
// Digitalisering og Indkøb's 2023 agreement from Mine opgaver, and the dev host's "Udbakke" shows
// the mail to the approvers with its link. Then the tenant withdraws Mail.Send: the next decision
// is still stored, and the leader is told in Danish which e-mails were not sent, to whom and why.
const LEADER = 'leder.skanderborg@kommune.local';
const APPROVER = 'godkender.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const AGREEMENT_TITLE = 'Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb';
const APPROVE = 'Godkendt i ledergruppen: send til LMU-høring';
const config = SKANDERBORG_STAGES;

useE2eSession();
let agreementId: number;
const shot = screenshotter('mail');

/** The owner puts the agreement and its goals where the leader group decides. */
async function toLeaderGroup(): Promise<void> {
  const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER);
  await owner.web.lists
    .getByTitle('Udviklingsaftaler')
    .items.getById(agreementId)
    .update({ Stage: stageLabel(config, 'leaderGroup') });
  for (const g of await new GoalRepository(owner, config).forAgreement(agreementId)) {
    await owner.web.lists
      .getByTitle('Udviklingsmål')
      .items.getById(g.id)
      .update({ Stage: stageLabel(config, 'leaderGroup') });
  }
}

async function leaderApproves(): Promise<void> {
  // A fresh load: going to the same URL with only a hash would keep the old list.
  await page.goto('about:blank');
  await page.goto(stack.pageUrl(LEADER, '#/opgaver'));
  const item = page.getByTestId('task').filter({ has: page.getByRole('heading', { level: 3, name: AGREEMENT_TITLE, exact: true }) });
  await item.getByText('Fase: Ledergruppe').waitFor();
  await item.getByRole('button', { name: APPROVE }).click();
  await item.getByRole('button', { name: `Bekræft: ${APPROVE}` }).click();
  await page.getByTestId('decision-form').waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: 'Beslutningen er gemt' }).waitFor();
}

beforeAll(async () => {
  const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER);
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  const agreement = department && (await new AgreementRepository(owner, config).forDepartmentYear(department.id, 2023));
  if (!agreement) throw new Error('2023 agreement not seeded');
  agreementId = agreement.id;
}, 240000);

describe('e-mail through Graph', () => {
  it('an approver decides, and the Udbakke shows the mail to the next deciders with its link', async () => {
    await toLeaderGroup();
    await leaderApproves();
    await page.getByRole('status').filter({ hasText: `Mail sendt til` }).filter({ hasText: APPROVER }).waitFor();
    await shot(page, 'decided-mail-sent');
    await page.getByTestId('devhost-outbox').click();
    await page.getByTestId('outbox-list').waitFor();
    const mail = page.getByTestId('outbox-mail').first();
    await mail.getByRole('heading', { name: `Til behandling: ${AGREEMENT_TITLE}` }).waitFor();
    expect(await mail.textContent()).toContain(APPROVER);
    expect(await mail.textContent()).toContain(`Fra: ${LEADER}`);
    const href = await mail.getByTestId('outbox-body').getByRole('link').getAttribute('href');
    expect(href).toMatch(new RegExp(`#/afdeling/\\d+/2023$`));
    await shot(page, 'udbakke');
  });

  it('without Mail.Send the decision is stored and the approver is told in Danish which e-mails were not sent', async () => {
    // The tenant withdraws the approval: the Udbakke page's switch plays the admin.
    await page.goto(`${stack.devhost.url}udbakke`);
    const grant = page.getByRole('switch', { name: /Mail\.Send godkendt/ });
    await grant.waitFor();
    expect(await grant.isChecked()).toBe(true);
    await grant.click();
    await page.getByText('Ikke godkendt: Graph svarer 403').waitFor();
    expect(stack.emulator.control.tenant()).toEqual({ mailSendGranted: false });
    await shot(page, 'mail-send-withdrawn');
    const before = stack.emulator.control.sentEmails().length;
    await toLeaderGroup();
    await leaderApproves();
    const warning = page.getByTestId('mail-failures');
    await warning.waitFor();
    const text = await warning.textContent();
    expect(text).toContain('Nogle e-mails blev ikke sendt');
    expect(text).toContain(`E-mail til ${APPROVER}`);
    expect(text).toContain('blev ikke sendt: appen har ikke fået tilladelsen Mail.Send. Bed IT godkende den under API-adgang.');
    await shot(page, 'decided-mail-not-granted');
    // The decision stands: the agreement moved on; nothing went out.
    const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER);
    const row = await owner.web.lists.getByTitle('Udviklingsaftaler').items.getById(agreementId).select('Stage')<{ Stage: string }>();
    expect(row.Stage).toBe(stageLabel(config, 'lmuHearing'));
    expect(stack.emulator.control.sentEmails()).toHaveLength(before);
  });
});
