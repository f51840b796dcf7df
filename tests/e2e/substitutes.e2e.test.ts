import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { rawSpForUser } from '../integration/helpers/emulator';
import { SKANDERBORG_STAGES, stageLabel } from '../../src/domain';
import { danishDay } from '../../src/domain/substitution';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';

// Issue #17.3 from both sides, in the dev host over the seeded emulator: the leader (a member of
// the leader group) names the secretariat's Susanne Dahl as substitute for a period typed the
// Danish way; Susanne sees the leader group's queue "som stedfortræder for Lene Kjær", decides, and
// the history says "på vegne af Lene Kjær". A substitution out of its period gives the approver no
// queue, and the approver's decision forged by hand shows "Ikke verificeret".
const LEADER = 'leder.skanderborg@kommune.local';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const APPROVER = 'godkender.skanderborg@kommune.local';
const READER = 'medarbejder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const DEPARTMENT = 'Staben Økonomi, Digitalisering og Indkøb';
const config = SKANDERBORG_STAGES;
const glyphless = (s: string | null): string =>
  (s ?? '')
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const shot = screenshotter('substitutes');
const inDays = (n: number): string => danishDay(new Date(Date.now() + n * 86400000));
const typed = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

let departmentId: number;
let departmentIds2020: number;
const titles: Record<number, string> = {};
const agreementIds: Record<number, number> = {};

async function openTasks(login: string): Promise<void> {
  await page.goto(stack.pageUrl(login, '#/opgaver'));
  await page.getByTestId('tasks-view').waitFor();
  await page.getByTestId('task-list').or(page.getByTestId('empty-state')).waitFor();
}

const task = (title: string) => page.getByTestId('task').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

useE2eSession();

beforeAll(async () => {
  const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER);
  const departments = await new DepartmentRepository(owner).all();
  const department = departments.find((d) => d.title === DEPARTMENT);
  if (!department) throw new Error('department not seeded');
  departmentId = department.id;
  // The 2023 agreement (Staben) and the 2020 one (another department) wait in the leader group
  // (the editors' submission).
  for (const year of [2023, 2020]) {
    let agreement;
    for (const d of departments) {
      if (agreement) break;
      agreement = await new AgreementRepository(owner, config).forDepartmentYear(d.id, year);
      if (agreement && year === 2020) departmentIds2020 = d.id;
    }
    if (!agreement) throw new Error(`${year} agreement not seeded`);
    agreementIds[year] = agreement.id;
    titles[year] = agreement.title;
    await owner.web.lists
      .getByTitle('Udviklingsaftaler')
      .items.getById(agreement.id)
      .update({ Stage: stageLabel(config, 'leaderGroup') });
    for (const g of await new GoalRepository(owner, config).forAgreement(agreement.id)) {
      await owner.web.lists
        .getByTitle('Udviklingsmål')
        .items.getById(g.id)
        .update({ Stage: stageLabel(config, 'leaderGroup') });
    }
  }
}, 240000);

describe('substitutes (#17.3)', () => {
  it('the leader names Susanne Dahl as substitute for the leader group, with dates typed the Danish way', async () => {
    await openTasks(LEADER);
    await page.getByRole('button', { name: 'Stedfortræder' }).click();
    await page.getByRole('combobox', { name: /^Stedfortræder/ }).click();
    await page.getByRole('option', { name: 'Susanne Dahl', exact: true }).click();
    for (const [label, iso] of [
      [/^Fra( \*)?$/, inDays(0)],
      [/^Til og med( \*)?$/, inDays(3)]
    ] as const) {
      const input = page.getByRole('combobox', { name: label });
      await input.fill(typed(iso));
      await input.press('Tab');
    }
    await page.getByRole('button', { name: 'Udpeg stedfortræder' }).click();
    await page.getByRole('status').filter({ hasText: 'Susanne Dahl er din stedfortræder' }).waitFor();
    expect(glyphless(await page.getByTestId('my-substitutes').textContent())).toContain('Susanne Dahl for ledergruppen');
    await shot(page, 'leader-named-substitute');
  });

  it('Susanne sees the leader group\'s queue as substitute, decides, and the history says "på vegne af Lene Kjær"', async () => {
    // SharePoint's Created has whole seconds: the decision comes after the substitution.
    await page.waitForTimeout(1100);
    await openTasks(SECRETARIAT);
    expect(glyphless(await page.getByTestId('acting-for').first().textContent())).toMatch(
      /^Du er stedfortræder for Lene Kjær i ledergruppen til og med \d{1,2}\. [a-zæø]+ \d{4}\.$/
    );
    const item = task(titles[2023]);
    expect(glyphless(await item.getByTestId('task-on-behalf').textContent())).toBe('Som stedfortræder for Lene Kjær');
    await shot(page, 'substitute-sees-queue');
    const label = 'Godkendt i ledergruppen: send til LMU-høring';
    await item
      .getByRole('group', { name: /^Handlinger for/ })
      .getByRole('button', { name: label, exact: true })
      .click();
    await item.getByRole('button', { name: `Bekræft: ${label}` }).click();
    await page.getByRole('status').filter({ hasText: 'Beslutningen er gemt' }).waitFor();
    const decided = page.getByTestId('history-event').filter({ hasText: 'LMU-høring' }).first();
    await decided.waitFor();
    expect(glyphless(await decided.textContent())).toContain('Susanne Dahl på vegne af Lene Kjær');
    await shot(page, 'substitute-decided-history');
    const mail = stack.emulator.control.sentEmails().pop();
    expect(mail?.body).toContain('Susanne Dahl på vegne af Lene Kjær');

    // Everyone reads it as verified: the department view shows the decision's words, no warning.
    await page.goto(stack.pageUrl(READER, `#/afdeling/${departmentId}/2023`));
    const stage = page.getByTestId('agreement-stage').getByTestId('verification-badge');
    await stage.waitFor();
    expect(glyphless(await stage.textContent())).not.toContain('Ikke verificeret');

    // Overblik says it in the same words (#17.5): waiting for the LMU, sent by the substitute.
    await page.goto(stack.pageUrl(READER, '#/overblik/2023'));
    const row = page.getByTestId(`stage-row-${departmentId}`);
    await row.getByText(/^Venter på LMU/).waitFor();
    expect(glyphless(await row.textContent())).toMatch(/Venter på LMU \(sendt \d{1,2}\. [a-zæø]+\.? af Susanne Dahl\)/);
    await shot(page, 'overview-stage-words');
  });

  it('out of its period a substitution gives no queue, and a decision forged on it shows "Ikke verificeret"', async () => {
    // The leader's substitution for Gert Bach ended yesterday (added by hand: the panel refuses a past period).
    const site = `${stack.emulator.url}/sites/skanderborg`;
    const owner = emulatorSp(site, OWNER);
    const approverId = (await owner.web.ensureUser(APPROVER)).Id;
    await rawSpForUser(site, LEADER)
      .web.lists.getByTitle('Stedfortrædere')
      .items.add({ Title: 'Stedfortræder', SubstituteId: approverId, SubstituteFor: 'leaders', From: inDays(-10), To: inDays(-1) });
    await page.waitForTimeout(1100);
    await openTasks(APPROVER);
    expect(await task(titles[2020]).count()).toBe(0);
    expect(await page.getByTestId('acting-for').count()).toBe(0);
    await shot(page, 'expired-substitute-no-queue');

    const raw = rawSpForUser(site, APPROVER);
    const item = raw.web.lists.getByTitle('Udviklingsaftaler').items.getById(agreementIds[2020]);
    await item.update({ Stage: stageLabel(config, 'lmuHearing') });
    const { OData__UIVersionString: version } = await item.select('OData__UIVersionString')<{ OData__UIVersionString: string }>();
    await raw.web.lists.getByTitle('Godkendelseslog').items.add({
      Title: 'Godkendt',
      TargetList: 'Agreements',
      TargetId: agreementIds[2020],
      FromStage: 'leaderGroup',
      ToStage: 'lmuHearing',
      Decision: 'approved',
      ApprovedVersion: version,
      ActorId: approverId,
      At: new Date().toISOString()
    });
    await page.goto(stack.pageUrl(READER, `#/afdeling/${departmentIds2020}/2020`));
    const stage = page.getByTestId('agreement-stage').getByTestId('verification-badge');
    await stage.waitFor();
    expect(glyphless(await stage.textContent())).toContain('Ikke verificeret');
    await shot(page, 'forged-on-expired-unverified');
  });
});
