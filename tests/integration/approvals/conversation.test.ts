// Issue #17 against the emulator over the real @pnp/sp client: the comment of an editor's move is
// stored with the move (StageComment, in version history) and reaches the decider's task and the
// history; a return is read from the log's Author/Created; the stage's words come from verified
// facts; the conflict dialog learns who saved in between from the item's versions.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SKANDERBORG_STAGES, stageLabel } from '../../../src/domain';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { createApprovalServices } from '../../../src/services/approvals/approvalServices';
import type { ApprovalServices } from '../../../src/services/approvals/approvalTypes';
import { seedMunicipality } from '../../../scripts/seed/seedSites';
import { seedMunicipalities } from '../../../seed';
import { createGraphMailSender } from '../../../src/services/mail/mailSender';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const config = SKANDERBORG_STAGES;
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const LEADER = 'leder.skanderborg@kommune.local';

let emulator: TestEmulator;
let siteUrl: string;
let owner: SPFI;
let agreementId: number;
let goalId: number;

const as = (login: string): ApprovalServices =>
  createApprovalServices(spForUser(siteUrl, login), {
    defaultConfig: config,
    links: { pageUrl: 'https://intra.example/p.aspx' },
    graph: graphForUser(emulator.url, login),
    mail: createGraphMailSender(graphForUser(emulator.url, login))
  });

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
  siteUrl = emulator.siteUrl(SITE);
  owner = spForUser(siteUrl, OWNER);
  const m = seedMunicipalities.find((x) => x.key === 'skanderborg');
  if (!m) throw new Error('no Skanderborg seed');
  await seedMunicipality(owner, m);
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  const found = department && (await new AgreementRepository(owner, config).forDepartmentYear(department.id, 2023));
  if (!found) throw new Error('2023 agreement not seeded');
  agreementId = found.id;
  const goals = await new GoalRepository(owner, config).forAgreement(agreementId);
  goalId = goals[0].id;
  await owner.web.lists
    .getByTitle('Udviklingsaftaler')
    .items.getById(agreementId)
    .update({ Stage: stageLabel(config, 'draft') });
  for (const g of goals)
    await owner.web.lists
      .getByTitle('Udviklingsmål')
      .items.getById(g.id)
      .update({ Stage: stageLabel(config, 'draft') });
}, 120000);

afterAll(async () => {
  await emulator?.close();
});

describe('the approval conversation against the emulator (#17)', () => {
  it("keeps the comment of an editor's submission and shows it on the leader's task and in the history", async () => {
    await as(EDITOR).decide({ target: { list: 'Agreements', id: agreementId }, to: 'leaderGroup', comment: 'Baseline rettet.' });
    const task = (await as(LEADER).myTasks()).find((t) => t.target.list === 'Agreements' && t.target.id === agreementId);
    expect(task?.moveNote).toEqual(expect.objectContaining({ by: 'Rasmus Lund', comment: 'Baseline rettet.' }));
    const history = await as(LEADER).history({ list: 'Agreements', id: agreementId });
    expect(history.filter((e) => e.kind === 'stageChange').pop()).toEqual(
      expect.objectContaining({ toStageLabel: 'Ledergruppe', actor: 'Rasmus Lund', comment: 'Baseline rettet.' })
    );
    const facts = await as(EDITOR).stageFacts([{ list: 'Agreements', id: agreementId }]);
    expect(facts[`Agreements:${agreementId}`]).toEqual(
      expect.objectContaining({ status: 'verified', kind: 'queue', by: 'Rasmus Lund', deciders: { text: 'ledergruppen', groups: ['leaders'] } })
    );
  });

  it('a return is told from the log: who, from where and why; a comment-less later move leaves no stale comment', async () => {
    await as(LEADER).decide({ target: { list: 'Agreements', id: agreementId }, to: 'draft', comment: 'Mangler opfølgning.' });
    const returns = await as(EDITOR).returns([
      { list: 'Agreements', id: agreementId },
      { list: 'Goals', id: goalId }
    ]);
    expect(returns[`Agreements:${agreementId}`]).toEqual(
      expect.objectContaining({ by: 'Lene Kjær', fromStage: 'leaderGroup', fromStageLabel: 'Ledergruppe', comment: 'Mangler opfølgning.' })
    );
    expect(returns[`Goals:${goalId}`]?.comment).toBe('Mangler opfølgning.');
    const editorTask = (await as(EDITOR).myTasks()).find((t) => t.target.list === 'Agreements' && t.target.id === agreementId);
    expect(editorTask?.returned?.fromStageLabel).toBe('Ledergruppe');

    await as(EDITOR).decide({ target: { list: 'Agreements', id: agreementId }, to: 'leaderGroup' });
    expect(await as(EDITOR).returns([{ list: 'Agreements', id: agreementId }])).toEqual({});
    const task = (await as(LEADER).myTasks()).find((t) => t.target.list === 'Agreements' && t.target.id === agreementId);
    expect(task?.moveNote).toBeUndefined();
  });

  it("names who saved in between from the versions, skipping the user's own", async () => {
    const goals = new GoalRepository(spForUser(siteUrl, LEADER), config);
    await goals.update(await goals.getById(goalId), { purpose: 'Lederens ændring.' });
    expect(await as(EDITOR).savedBy({ list: 'Goals', id: goalId })).toBe('Lene Kjær');
    expect(await as(LEADER).savedBy({ list: 'Goals', id: goalId })).not.toBe('Lene Kjær');
  });
});
