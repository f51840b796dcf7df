// ADR 0010 against the emulator: a site from before schema version 2 (choice columns holding the
// Danish labels, a goal approved on such a version, log entries with "Godkendt") is migrated by
// provisioning. Its values become literals, the product reads it the same, the approved goal and
// agreement stay verified (not "Ændret efter godkendelse"), the log entries are not rewritten,
// and a second run changes nothing.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { SKANDERBORG_STAGES, stageLabel } from '../../../src/domain';
import { DECISION_CHOICES, SCHEMA, type ListKey } from '../../../src/data/schema';
import { CHOICE_COLUMNS } from '../../../src/data/schema/choiceColumns';
import { provision, type ProvisioningReport } from '../../../src/data/provisioning';
import { migrateChoiceValues } from '../../../src/data/provisioning/choiceMigration';
import { StepRecorder } from '../../../src/data/provisioning/report';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { createApprovalServices } from '../../../src/services/approvals/approvalServices';
import type { ApprovalServices, ApprovalTarget } from '../../../src/services/approvals/approvalTypes';
import { createGraphMailSender } from '../../../src/services/mail/mailSender';
import { seedMunicipality } from '../../../scripts/seed/seedSites';
import { completeMinimumContent } from '../helpers/minimumContent';
import { seedMunicipalities } from '../../../seed';
import { graphForUser, OWNER, rawSpForUser, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const config = SKANDERBORG_STAGES;
const USERS = {
  reader: 'medarbejder.skanderborg@kommune.local',
  editor: 'redaktoer.skanderborg@kommune.local',
  leader: 'leder.skanderborg@kommune.local',
  approver: 'godkender.skanderborg@kommune.local'
};

let emulator: TestEmulator;
let siteUrl: string;
let owner: SPFI;
let agreementId: number;
let goalIds: number[];
let listIds: Record<ListKey, string>;

type Raw = Record<string, unknown>;
const as = (login: string): ApprovalServices =>
  createApprovalServices(spForUser(siteUrl, login), {
    defaultConfig: config,
    links: { pageUrl: 'https://intra.example/x.aspx' },
    graph: graphForUser(emulator.url, login),
    mail: createGraphMailSender(graphForUser(emulator.url, login))
  });
const targets = (): ApprovalTarget[] => [{ list: 'Agreements', id: agreementId }, ...goalIds.map((id) => ({ list: 'Goals' as const, id }))];
const items = (key: ListKey) => owner.web.lists.getById(listIds[key]).items;
const columnsOf = (key: ListKey) => CHOICE_COLUMNS.filter((c) => c.list === key);
const legacyOf = (c: (typeof CHOICE_COLUMNS)[number]): Record<string, string> =>
  Object.fromEntries(Object.entries(c.literalOf).map(([label, literal]) => [literal, label]));
const asArray = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

async function setChoices(key: ListKey, field: string, choices: string[], multi: boolean): Promise<void> {
  const list = owner.web.lists.getById(listIds[key]);
  const f = await list.fields.getByInternalNameOrTitle(field).select('Id')<{ Id: string }>();
  await list.fields.getById(f.Id).update({ 'odata.type': multi ? 'SP.FieldMultiChoice' : 'SP.FieldChoice', Choices: choices });
}

/** Every value of the choice columns of `key`, by item id. */
async function stored(key: ListKey): Promise<Record<number, Raw>> {
  const rows = await items(key)
    .select('Id', ...columnsOf(key).map((c) => c.field))
    .top(5000)<Raw[]>();
  return Object.fromEntries(rows.map((r) => [Number(r.Id), Object.fromEntries(columnsOf(key).map((c) => [c.field, r[c.field] ?? null]))]));
}

/** The site as schema version 1 left it: the columns' choices the labels, the items holding them. */
async function makeLegacy(write: (key: ListKey) => boolean): Promise<void> {
  for (const key of [...new Set(CHOICE_COLUMNS.map((c) => c.list))]) {
    if (!write(key)) continue;
    for (const [id, values] of Object.entries(await stored(key))) {
      const update: Raw = {};
      for (const c of columnsOf(key)) {
        const old = legacyOf(c);
        const v = values[c.field];
        if (c.multi && asArray(v).length > 0) update[c.field] = asArray(v).map((x) => old[x] ?? x);
        else if (typeof v === 'string' && old[v] !== undefined) update[c.field] = old[v];
      }
      if (Object.keys(update).length > 0) await items(key).getById(Number(id)).update(update);
    }
  }
}

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
  siteUrl = emulator.siteUrl(SITE);
  owner = spForUser(siteUrl, OWNER);
  const m = seedMunicipalities.find((x) => x.key === 'skanderborg');
  if (!m) throw new Error('no Skanderborg seed');
  await seedMunicipality(owner, m);
  const lists = await owner.web.lists.select('Id', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<
    Array<{ Id: string; RootFolder: { ServerRelativeUrl: string } }>
  >();
  listIds = Object.fromEntries(
    SCHEMA.lists.map((l) => [l.key, lists.find((x) => x.RootFolder.ServerRelativeUrl.toLowerCase() === `${SITE}/${l.url}`.toLowerCase())?.Id ?? ''])
  ) as Record<ListKey, string>;
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  const found = department && (await new AgreementRepository(owner, config).forDepartmentYear(department.id, 2023));
  if (!found) throw new Error('2023 agreement not seeded');
  agreementId = found.id;
  goalIds = (await new GoalRepository(owner, config).forAgreement(agreementId)).map((g) => g.id);
  // The journey below is of a complete agreement (decide() enforces the board's send checks).
  await completeMinimumContent(owner, config, agreementId);
  // Both kinds of value allowed while the old site is built (the journey below writes literals
  // to the log); at the end the columns hold only the labels, as on a site of schema version 1.
  for (const c of CHOICE_COLUMNS) await setChoices(c.list, c.field, [...Object.keys(c.literalOf), ...Object.values(c.literalOf)], c.multi);
  await makeLegacy((key) => key !== 'ApprovalLog');
  await items('Goals')
    .getById(goalIds[0])
    .update({ Horizon: 'Flerårigt', IsClimateGoal: true, SDGs: ['7. Bæredygtig energi', '13. Klimaindsats'] });
  // The journey to "Godkendt" on those versions, with the log entries written as schema version 1
  // wrote them ("Godkendt"): the entries must be authentic, as an edited entry is not trusted.
  const decisions = DECISION_CHOICES as Record<string, string>;
  const literals = { ...decisions };
  const decisionColumn = CHOICE_COLUMNS.find((c) => c.field === 'Decision');
  for (const [label, literal] of Object.entries(decisionColumn?.literalOf ?? {})) decisions[literal] = label;
  await items('Agreements')
    .getById(agreementId)
    .update({ Stage: stageLabel(config, 'draft') });
  for (const id of goalIds)
    await items('Goals')
      .getById(id)
      .update({ Stage: stageLabel(config, 'draft') });
  await as(USERS.editor).decide({ target: { list: 'Agreements', id: agreementId }, to: 'leaderGroup' });
  await as(USERS.leader).decide({ target: { list: 'Agreements', id: agreementId }, to: 'lmuHearing' });
  await as(USERS.approver).decide({
    target: { list: 'Agreements', id: agreementId },
    to: 'boardApproval',
    meetingDate: '2023-01-19',
    minutesUrl: 'https://intra.example/lmu'
  });
  await as(USERS.approver).decide({ target: { list: 'Agreements', id: agreementId }, to: 'approved' });
  Object.assign(decisions, literals);
  for (const c of CHOICE_COLUMNS) await setChoices(c.list, c.field, Object.keys(c.literalOf), c.multi);
}, 240000);

afterAll(() => emulator.close());

describe('the choice migration on a site of schema version 1', () => {
  let before: { goals: unknown[]; verification: Record<string, string>; log: Record<number, Raw> };
  let report: ProvisioningReport;

  beforeAll(async () => {
    const goals = await new GoalRepository(owner, config).forAgreement(agreementId);
    before = { goals: goals.map(({ etag: _e, ...g }) => g), verification: await as(USERS.reader).verification(targets()), log: await stored('ApprovalLog') };
    report = await provision(owner);
  }, 120000);

  it('starts from labels: the goal approved on them is verified', async () => {
    expect(Object.values(before.verification)).toEqual(targets().map(() => 'verified'));
    expect(Object.values(before.log).map((r) => r.Decision)).toContain('Godkendt');
    expect(before.goals.find((g) => (g as { id: number }).id === goalIds[0])).toMatchObject({ horizon: 'multiYear', climate: { sdgs: [7, 13] } });
  });

  it("sets the columns' choices to the literals and rewrites every label but the log's", async () => {
    const choiceSteps = report.changes.filter((s) => s.kind === 'field' && s.detail === 'valg').map((s) => s.target);
    expect(choiceSteps.sort()).toEqual(CHOICE_COLUMNS.map((c) => `${c.list}/${c.field}`).sort());
    for (const c of CHOICE_COLUMNS.filter((x) => x.migrate)) {
      const labels = new Set(Object.keys(c.literalOf));
      const values = Object.values(await stored(c.list)).flatMap((r) => (c.multi ? asArray(r[c.field]) : [r[c.field]]));
      expect([c.list, c.field, values.filter((v) => typeof v === 'string' && labels.has(v))]).toEqual([c.list, c.field, []]);
    }
    const goal = (await stored('Goals'))[goalIds[0]];
    expect(goal).toMatchObject({ Horizon: 'multiYear', SDGs: ['sdg7', 'sdg13'] });
    expect(report.changes.filter((s) => s.kind === 'values').map((s) => s.target)).toEqual(
      expect.arrayContaining(['Goals/Horizon, TargetDirection, Outcome, SDGs'])
    );
  });

  it('leaves the approval log as its authors wrote it: an edited entry would no longer be trusted', async () => {
    expect(await stored('ApprovalLog')).toEqual(before.log);
  });

  it('reads the goals the same, and the approval still stands (not "Ændret efter godkendelse")', async () => {
    const goals = await new GoalRepository(owner, config).forAgreement(agreementId);
    expect(goals.map(({ etag: _e, ...g }) => g)).toEqual(before.goals);
    expect(await as(USERS.reader).verification(targets())).toEqual(before.verification);
    // The diff since the decided version shows no change either.
    const [diff] = await as(USERS.approver).diff({ list: 'Goals', id: goalIds[0] });
    expect(diff.changes).toEqual([]);
  });

  it('changes nothing on a second run', async () => {
    const again = await provision(owner);
    expect(again.changes).toEqual([]);
  }, 120000);

  it('pages by ID: a small page size reaches every item, and a rerun after an interruption finishes the job', async () => {
    const status = CHOICE_COLUMNS.find((c) => c.list === 'CheckIns' && c.field === 'Status');
    if (!status) throw new Error('no CheckIns/Status');
    await setChoices('CheckIns', 'Status', [...Object.keys(status.literalOf), ...Object.values(status.literalOf)], false);
    await makeLegacy((key) => key === 'CheckIns');
    const legacyCount = Object.values(await stored('CheckIns')).filter((r) => typeof r.Status === 'string' && status.literalOf[r.Status] !== undefined).length;
    expect(legacyCount).toBeGreaterThan(2);
    const recorder = new StepRecorder();
    await migrateChoiceValues(owner, listIds, recorder, 2);
    expect(recorder.steps.find((s) => s.target === 'CheckIns/Status')).toMatchObject({ action: 'updated', detail: `${legacyCount} elementer` });
    const second = new StepRecorder();
    await migrateChoiceValues(owner, listIds, second, 2);
    expect(second.steps.every((s) => s.action === 'unchanged')).toBe(true);
  }, 120000);

  it('the emulator refuses Choices on an untyped field update, as SharePoint does (pnp/pnpjs#273)', async () => {
    const list = rawSpForUser(siteUrl, OWNER).web.lists.getById(listIds.Goals);
    const f = await list.fields.getByInternalNameOrTitle('Horizon').select('Id')<{ Id: string }>();
    await expect(list.fields.getById(f.Id).update({ Choices: ['x'] })).rejects.toMatchObject({ status: 400 });
    await expect(list.fields.getById(f.Id).update({ 'odata.type': 'SP.FieldMultiChoice', Choices: ['x'] })).rejects.toMatchObject({ status: 400 });
    const error = await list.fields
      .getById(f.Id)
      .update({ Choices: ['x'] })
      .catch((e: Error) => e.message);
    expect(error).toContain("The property 'Choices' does not exist on type 'SP.Field'");
    expect((await list.fields.getById(f.Id).select('Choices')<{ Choices: string[] }>()).Choices).toEqual(['oneYear', 'multiYear']);
  });

  it('meets a save made between its read and its write with 412, reads the item again and keeps that save', async () => {
    for (const c of CHOICE_COLUMNS.filter((x) => x.list === 'Goals'))
      await setChoices('Goals', c.field, [...Object.keys(c.literalOf), ...Object.values(c.literalOf)], c.multi);
    const id = goalIds[1];
    await items('Goals')
      .getById(id)
      .update({ Horizon: 'Etårigt', SDGs: ['7. Bæredygtig energi'] });
    // Someone saves the goal just before the migration's first write to it.
    let raced = false;
    const racing = owner.using((instance) => {
      instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
        if (!raced && init.headers !== undefined && new Headers(init.headers).get('X-HTTP-Method') === 'MERGE' && url.includes(`/items(${id})`)) {
          raced = true;
          await items('Goals').getById(id).update({ Title: 'Gemt imens', Horizon: 'multiYear' });
        }
        return [url, init, result];
      });
      return instance;
    });
    await migrateChoiceValues(racing, listIds, new StepRecorder());
    expect(raced).toBe(true);
    expect((await stored('Goals'))[id]).toMatchObject({ Horizon: 'multiYear', SDGs: ['sdg7'] });
    expect((await items('Goals').getById(id).select('Title')<{ Title: string }>()).Title).toBe('Gemt imens');
  }, 120000);
});
