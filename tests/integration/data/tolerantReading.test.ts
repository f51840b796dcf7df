// Reading is tolerant (issue 15, item 6): one goal with a broken Evidence text or an empty
// required lookup, written raw through REST as anyone with edit rights can, must not take down
// its department's view or the year's overview. The items come back marked damaged (codes), the
// rest of the view is whole, and a damaged field is never written back with its stand-in.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { listByUrl } from '../../../src/data/repositories/listByUrl';
import type { SPFI } from '@pnp/sp';
import { MISSING_ID, SKANDERBORG_STAGES, type Agreement, type Goal } from '../../../src/domain';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { GOALS } from '../../../src/data/repositories/mappers/goalMapper';
import { approvalLogMapping } from '../../../src/data/repositories/mappers/approvalLogMapper';
import { ApprovalLogRepository } from '../../../src/data/repositories/approvalLogRepository';
import { isDataError } from '../../../src/data/errors';
import { createAppServices } from '../../../src/services/createAppServices';
import { createViewQueries } from '../../../src/services/queries/viewQueries';
import { createOverviewServices } from '../../../src/services/overview/overviewServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import JSZip from 'jszip';
import { createDocumentServices } from '../../../src/services/documents/documentServices';
import { loadLocale } from '../../helpers/locales';
import { graphForUser, OWNER, rawSpForUser, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const config = SKANDERBORG_STAGES;
let emulator: TestEmulator;
let agreement: Agreement;
let goals: Goal[];

const sp = (login: string): SPFI => spForUser(emulator.siteUrl(SITE), login);
const raw = (): SPFI => rawSpForUser(emulator.siteUrl(SITE), OWNER);

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  agreement = (await new AgreementRepository(sp(OWNER), config).forYear(2023))[0];
  goals = (await new GoalRepository(sp(OWNER), config).forAgreement(agreement.id)).sort((a, b) => a.id - b.id);
  if (goals.length < 3) throw new Error('2023 seed missing');
  // Raw REST, no product code: a Note column takes any text; a lookup can be emptied.
  const items = raw().web.lists.getByTitle(GOALS.list.title).items;
  await items.getById(goals[0].id).update({ Evidence: '[{"text": "Rapport", "delivered": tru' });
  await items.getById(goals[1].id).update({ AgreementId: null });
}, 180000);

afterAll(() => emulator.close());

it('the department view loads with the damaged goals marked and the others whole', async () => {
  const view = await createViewQueries(sp('medarbejder.skanderborg@kommune.local'), config).loadDepartmentView(agreement.departmentId, 2023);
  expect(view.agreement?.id).toBe(agreement.id);
  expect(view.goals.map((g) => g.id).sort((a, b) => a - b)).toEqual(goals.map((g) => g.id));
  const byId = new Map(view.goals.map((g) => [g.id, g]));
  expect(byId.get(goals[0].id)).toMatchObject({ title: goals[0].title, evidence: [], damage: [{ field: 'evidence', code: 'unreadable' }] });
  expect(byId.get(goals[1].id)).toMatchObject({ title: goals[1].title, agreementId: MISSING_ID, damage: [{ field: 'agreementId', code: 'missing' }] });
  for (const intact of goals.slice(2)) expect(byId.get(intact.id)?.damage).toBeUndefined();
});

it("the year's overview loads and names the goal whose agreement lookup is empty", async () => {
  const overview = await createOverviewServices(sp('sekretariat.skanderborg@kommune.local'), config).load(2023);
  expect(overview.goalTotal).toBeGreaterThanOrEqual(goals.length);
  expect(overview.damaged).toEqual([{ kind: 'goal', id: goals[1].id, title: goals[1].title, damage: [{ field: 'agreementId', code: 'missing' }] }]);
});

it("the goal editor opens the goal without its agreement over the department's agreement of the year", async () => {
  const services = createAppServices(sp('medarbejder.skanderborg@kommune.local'), {
    stageConfiguration: config,
    graph: graphForUser(emulator.url, 'medarbejder.skanderborg@kommune.local')
  });
  const data = await services.loadGoalEditor({ goalId: goals[1].id });
  expect(data.agreement.id).toBe(agreement.id);
  expect(data.existing?.goal.damage).toEqual([{ field: 'agreementId', code: 'missing' }]);
});

it('a change to a damaged field is refused before anything is sent, and the stored text stays', async () => {
  const repo = new GoalRepository(sp(OWNER), config);
  const damaged = await repo.getById(goals[0].id);
  const refused = await repo.update(damaged, { evidence: [] }).catch((e: unknown) => e);
  // The app's own refusal, with its own kind and the field (never SharePoint's "invalid value").
  expect(isDataError(refused) && [refused.kind, refused.fields]).toEqual(['damaged', ['evidence']]);
  const stored = await raw().web.lists.getByTitle(GOALS.list.title).items.getById(goals[0].id).select('Evidence')<{ Evidence: string }>();
  expect(stored.Evidence).toBe('[{"text": "Rapport", "delivered": tru');
  // Fields that were read whole can still be changed (e.g. a stage move or a title fix).
  const saved = await repo.update(damaged, { title: `${damaged.title} (rettet)` });
  expect(saved.title).toBe(`${goals[0].title} (rettet)`);
  expect(saved.damage).toEqual([{ field: 'evidence', code: 'unreadable' }]);
});

it('an approval log entry added by hand without its decision or actor is left out; the history and Mine opgaver still load', async () => {
  const approver = 'godkender.skanderborg@kommune.local';
  const log = listByUrl(rawSpForUser(emulator.siteUrl(SITE), approver), approvalLogMapping.list).items;
  const fields = approvalLogMapping.toFields({
    targetList: 'Agreements',
    targetId: agreement.id,
    fromStage: 'lmuHearing',
    toStage: 'boardApproval',
    at: '2023-01-21T09:00:00Z'
  });
  await log.add({ ...fields, Title: 'Uden beslutning' }); // no Decision and no ActorId: the mapper cannot read it
  const before = (await new ApprovalLogRepository(sp(OWNER)).forTarget('Agreements', agreement.id)).length;
  expect(before).toBeGreaterThan(0);
  const services = createAppServices(sp(approver), { stageConfiguration: config, graph: graphForUser(emulator.url, approver) });
  const history = await services.approvals.history({ list: 'Agreements', id: agreement.id });
  expect(history.length).toBeGreaterThan(0);
  expect(history.some((e) => e.at === '2023-01-21T09:00:00Z')).toBe(false);
  await expect(services.approvals.myTasks()).resolves.toBeDefined();
});

it("the agreement's .docx names the damaged goals below its status, as the Dokument view does (issue #15.6)", async () => {
  const locale = loadLocale('da-dk');
  const words = { stage: (stage: string) => stage, damage: locale.Resilience };
  const file = await createDocumentServices(sp('medarbejder.skanderborg@kommune.local'), config).agreementDocx(agreement.id, words);
  const xml = await (await JSZip.loadAsync(file.data)).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  const r = locale.Resilience;
  // The goal with unreadable Evidence (its title may carry an earlier test's fix), named after
  // the status and before the first section.
  const note = `: ${r.DamagedGoal.replace('{0}', r.DamageCodes.unreadable.replace('{0}', r.DamageFields.evidence))}`;
  expect(text).toMatch(new RegExp(`Status: approved${goals[0].title}.*${note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}Indledning`));
});

it('a department with an empty Kind and a requirement with an empty Number do not take down the views; they are named (issue #15.6)', async () => {
  // Last in this file: it damages the Departments and Requirements lists for the rest of the run.
  const owner = raw();
  const before = await createOverviewServices(sp('sekretariat.skanderborg@kommune.local'), config).load(2023);
  const requirement = before.requirements[0];
  const other = before.rows.map((r) => r.department).find((d) => d.id !== agreement.departmentId);
  if (requirement === undefined || other === undefined) throw new Error('2023 seed missing');
  await owner.web.lists.getByTitle('Afdelinger').items.getById(other.id).update({ Kind: null });
  await owner.web.lists.getByTitle('Krav til aftaler').items.getById(requirement.id).update({ Number: null });

  const view = await createViewQueries(sp('medarbejder.skanderborg@kommune.local'), config).loadDepartmentView(agreement.departmentId, 2023);
  expect(view.agreement?.id).toBe(agreement.id);
  const overview = await createOverviewServices(sp('sekretariat.skanderborg@kommune.local'), config).load(2023);
  expect(overview.rows.length).toBe(before.rows.length);
  expect(overview.damaged.filter((d) => d.kind !== 'goal')).toEqual([
    { kind: 'requirement', id: requirement.id, title: requirement.title, damage: [{ field: 'number', code: 'missing' }] },
    { kind: 'department', id: other.id, title: other.title, damage: [{ field: 'kind', code: 'missing' }] }
  ]);
});
