// Issue #17.4: the stage configuration's "block" is enforced by the approval service itself, not
// only by the decision form. A caller of decide() that bypasses the form (here: the service called
// directly) is refused while the checks find something, with the problems as codes; a "warn" move
// goes through; once the goals are complete the blocked move goes through too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SKANDERBORG_STAGES, stageLabel } from '../../../src/domain';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { createApprovalServices } from '../../../src/services/approvals/approvalServices';
import { refusedSendProblems } from '../../../src/services/approvals/sendChecksRefusal';
import { createGraphMailSender } from '../../../src/services/mail/mailSender';
import type { ApprovalServices } from '../../../src/services/approvals/approvalTypes';
import { seedMunicipality } from '../../../scripts/seed/seedSites';
import { seedMunicipalities } from '../../../seed';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { completeMinimumContent } from '../helpers/minimumContent';

const SITE = '/sites/skanderborg';
const config = SKANDERBORG_STAGES;
const APPROVER = 'godkender.skanderborg@kommune.local';
const EDITOR = 'redaktoer.skanderborg@kommune.local';

let emulator: TestEmulator;
let siteUrl: string;
let owner: SPFI;
let agreementId: number;

const as = (login: string): ApprovalServices =>
  createApprovalServices(spForUser(siteUrl, login), {
    defaultConfig: config,
    graph: graphForUser(emulator.url, login),
    mail: createGraphMailSender(graphForUser(emulator.url, login))
  });

async function setAll(stage: string): Promise<void> {
  await owner.web.lists
    .getByTitle('Udviklingsaftaler')
    .items.getById(agreementId)
    .update({ Stage: stageLabel(config, stage) });
  for (const g of await new GoalRepository(owner, config).forAgreement(agreementId)) {
    await owner.web.lists
      .getByTitle('Udviklingsmål')
      .items.getById(g.id)
      .update({ Stage: stageLabel(config, stage) });
  }
}

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
  siteUrl = emulator.siteUrl(SITE);
  owner = spForUser(siteUrl, OWNER);
  const m = seedMunicipalities.find((x) => x.key === 'skanderborg');
  if (!m) throw new Error('no Skanderborg seed');
  await seedMunicipality(
    owner,
    m,
    () => undefined,
    (login) => spForUser(siteUrl, login)
  );
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  const agreement = department && (await new AgreementRepository(owner, config).forDepartmentYear(department.id, 2023));
  if (!agreement) throw new Error('2023 agreement not seeded');
  agreementId = agreement.id;
}, 180000);

afterAll(() => emulator.close());

describe('decide() enforces the send checks', () => {
  it('"warn" (Send til ledergruppen) lets an incomplete agreement go', async () => {
    await setAll('draft');
    const result = await as(EDITOR).decide({ target: { list: 'Agreements', id: agreementId }, to: 'leaderGroup' });
    expect(result.moved.length).toBeGreaterThan(1);
  }, 60000);

  it('"block" (Behandlet i LMU) refuses it with the problems as codes, and nothing moves', async () => {
    await setAll('lmuHearing');
    const refusal = await as(APPROVER)
      .decide({ target: { list: 'Agreements', id: agreementId }, to: 'boardApproval', meetingDate: '2023-01-19', minutesUrl: 'https://intra.example/lmu' })
      .then(
        () => undefined,
        (e: unknown) => e
      );
    const problems = refusedSendProblems(refusal);
    expect(problems?.length).toBeGreaterThan(0);
    expect(problems?.every((p) => ['requirementUncovered', 'goalMissingContent', 'goalReturned'].includes(p.code))).toBe(true);
    expect(problems?.some((p) => p.code === 'goalMissingContent')).toBe(true);
    const raw = await owner.web.lists.getByTitle('Udviklingsaftaler').items.getById(agreementId).select('Stage')<{ Stage: string }>();
    expect(raw.Stage).toBe(stageLabel(config, 'lmuHearing'));
  }, 60000);

  it('once the goals are complete the same move goes through', async () => {
    await completeMinimumContent(owner, config, agreementId);
    const result = await as(APPROVER).decide({
      target: { list: 'Agreements', id: agreementId },
      to: 'boardApproval',
      meetingDate: '2023-01-19',
      minutesUrl: 'https://intra.example/lmu'
    });
    expect(result.moved.length).toBeGreaterThan(1);
  }, 60000);
});
