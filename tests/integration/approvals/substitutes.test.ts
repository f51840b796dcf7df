// Substitutes (issue #17.3, decision 0009) against the emulator, as an attacker with raw REST would
// try it: a log entry by a non-member without a substitution, with a substitution a non-member
// added, with a substitution out of its period, with a substitution added after the decision; and
// writes SharePoint must refuse (editing someone's substitution, naming another as its Author, an
// editor adding one). And the honest journey: the leader names the secretariat, the secretariat
// sees the leader group's queue "som stedfortræder for Lene Kjær", decides, and the history says
// "på vegne af".
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { SKANDERBORG_STAGES, stageLabel } from '../../../src/domain';
import { danishDay } from '../../../src/domain/substitution';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { createApprovalServices } from '../../../src/services/approvals/approvalServices';
import { createGraphMailSender } from '../../../src/services/mail/mailSender';
import type { ApprovalServices } from '../../../src/services/approvals/approvalTypes';
import { seedMunicipality } from '../../../scripts/seed/seedSites';
import { seedMunicipalities } from '../../../seed';
import { graphForUser, OWNER, rawSpForUser, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const config = SKANDERBORG_STAGES;
const U = {
  reader: 'medarbejder.skanderborg@kommune.local',
  editor: 'redaktoer.skanderborg@kommune.local',
  leader: 'leder.skanderborg@kommune.local',
  approver: 'godkender.skanderborg@kommune.local',
  secretariat: 'sekretariat.skanderborg@kommune.local'
} as const;
const SUBSTITUTIONS = 'Stedfortrædere';

let emulator: TestEmulator;
let siteUrl: string;
let owner: SPFI;
let departmentId: number;
const ids: Record<string, number> = {};

const as = (login: string): ApprovalServices =>
  createApprovalServices(spForUser(siteUrl, login), {
    defaultConfig: config,
    graph: graphForUser(emulator.url, login),
    mail: createGraphMailSender(graphForUser(emulator.url, login))
  });
const userId = async (login: string): Promise<number> => (await owner.web.ensureUser(login)).Id;
const day = (offset: number): string => danishDay(new Date(Date.now() + offset * 86400000));

/** An agreement of `year` waiting in the leader group (the editors' submission, by the owner). */
async function inLeaderGroup(year: number): Promise<number> {
  const agreement = await new AgreementRepository(owner, config).create({
    departmentId,
    year,
    title: `Aftale ${year}`,
    policies: [],
    milestones: [],
    stage: 'draft'
  });
  await owner.web.lists
    .getByTitle('Udviklingsaftaler')
    .items.getById(agreement.id)
    .update({ Stage: stageLabel(config, 'leaderGroup') });
  return agreement.id;
}

/** The leader group's decision by hand: Stage, then a log entry naming the caller as Actor. */
async function forgeDecision(login: string, id: number): Promise<void> {
  const raw = rawSpForUser(siteUrl, login);
  const item = raw.web.lists.getByTitle('Udviklingsaftaler').items.getById(id);
  await item.update({ Stage: stageLabel(config, 'lmuHearing') });
  const { OData__UIVersionString: version } = await item.select('OData__UIVersionString')<{ OData__UIVersionString: string }>();
  await raw.web.lists.getByTitle('Godkendelseslog').items.add({
    Title: `Godkendt: Agreements ${id}`,
    TargetList: 'Agreements',
    TargetId: id,
    FromStage: 'leaderGroup',
    ToStage: 'lmuHearing',
    Decision: 'approved',
    ApprovedVersion: version,
    ActorId: await userId(login),
    At: new Date().toISOString()
  });
}

/** A substitution added by hand (any period), as `login`. */
async function addSubstitution(login: string, substitute: string, from: string, to: string, extra: Record<string, unknown> = {}): Promise<number> {
  const added = (await rawSpForUser(siteUrl, login)
    .web.lists.getByTitle(SUBSTITUTIONS)
    .items.add({
      Title: 'Stedfortræder',
      SubstituteId: await userId(substitute),
      SubstituteFor: 'leaders',
      From: from,
      To: to,
      ...extra
    })) as { Id?: number; ID?: number };
  return (added.Id ?? added.ID) as number;
}

const statusFor = async (id: number, login: string = U.reader): Promise<string> =>
  (await as(login).verification([{ list: 'Agreements', id }]))[`Agreements:${id}`];

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
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'HR staben');
  if (!department) throw new Error('no HR staben');
  departmentId = department.id;
}, 180000);

afterAll(() => emulator.close());

describe('what SharePoint refuses', () => {
  it('an editor cannot add a substitution; nobody can edit one, not even its author; an Author cannot be named', async () => {
    await expect(addSubstitution(U.editor, U.secretariat, day(0), day(3))).rejects.toMatchObject({ status: 403 });
    const id = await addSubstitution(U.leader, U.approver, day(-30), day(-20));
    for (const login of [U.approver, U.secretariat, U.leader]) {
      await expect(
        rawSpForUser(siteUrl, login)
          .web.lists.getByTitle(SUBSTITUTIONS)
          .items.getById(id)
          .update({ To: day(30) })
      ).rejects.toMatchObject({ status: 403 });
      await expect(rawSpForUser(siteUrl, login).web.lists.getByTitle(SUBSTITUTIONS).items.getById(id).delete()).rejects.toMatchObject({ status: 403 });
    }
    const leaderId = await userId(U.leader);
    await expect(addSubstitution(U.approver, U.secretariat, day(0), day(3), { AuthorId: leaderId })).rejects.toBeDefined();
  }, 60000);
});

describe('a decision by someone outside the leader group', () => {
  it('without a substitution: not verified for anyone', async () => {
    ids.none = await inLeaderGroup(2041);
    await forgeDecision(U.secretariat, ids.none);
    expect(await statusFor(ids.none)).toBe('unverified');
    expect(await statusFor(ids.none, U.leader)).toBe('unverified');
  }, 60000);

  it('on a substitution a non-member added: not verified, and the service offers and allows nothing', async () => {
    await addSubstitution(U.approver, U.secretariat, day(-1), day(5));
    ids.byOutsider = await inLeaderGroup(2042);
    const secretariat = as(U.secretariat);
    expect((await secretariat.myTasks()).filter((t) => t.stage === 'leaderGroup')).toEqual([]);
    await expect(secretariat.decide({ target: { list: 'Agreements', id: ids.byOutsider }, to: 'lmuHearing' })).rejects.toMatchObject({ kind: 'forbidden' });
    await forgeDecision(U.secretariat, ids.byOutsider);
    expect(await statusFor(ids.byOutsider)).toBe('unverified');
  }, 60000);

  it("on a member's substitution that expired, or that has not begun: not verified, and no queue", async () => {
    // The approver decides here: its governing record is the leader's, first expired, then future.
    ids.expired = await inLeaderGroup(2043);
    await forgeDecision(U.approver, ids.expired);
    expect(await statusFor(ids.expired)).toBe('unverified');
    await addSubstitution(U.leader, U.approver, day(2), day(9));
    ids.future = await inLeaderGroup(2044);
    expect((await as(U.approver).myTasks()).filter((t) => t.stage === 'leaderGroup')).toEqual([]);
    await forgeDecision(U.approver, ids.future);
    expect(await statusFor(ids.future)).toBe('unverified');
  }, 60000);
});

describe('the member names the secretariat as substitute', () => {
  it('the substitute sees the leader group\'s queue for Lene Kjær, decides, and it is verified "på vegne af Lene Kjær"', async () => {
    ids.honest = await inLeaderGroup(2045);
    const leader = as(U.leader);
    const before = await leader.substitutes();
    expect(before.groups).toContain('leaders');
    expect(before.candidates.map((c) => c.name)).toContain('Susanne Dahl');
    await expect(leader.nameSubstitute({ substituteId: await userId(U.secretariat), group: 'approvers', from: day(0), to: day(3) })).rejects.toMatchObject({
      kind: 'validation'
    });
    await leader.nameSubstitute({ substituteId: await userId(U.secretariat), group: 'leaders', from: day(0), to: day(3) });
    // SharePoint's Created has whole seconds; a decision counts only on a substitution created
    // before it (an equal second is not "before").
    await new Promise((r) => setTimeout(r, 1100));
    // Next to the approver's coming substitution (named by hand above).
    expect((await as(U.leader).substitutes()).mine.map((s) => [s.substitute, s.group, s.from, s.to])).toEqual([
      ['Susanne Dahl', 'leaders', day(0), day(3)],
      ['Gert Bach', 'leaders', day(2), day(9)]
    ]);

    const secretariat = as(U.secretariat);
    expect((await secretariat.substitutes()).actingFor.map((a) => [a.principal, a.group])).toEqual([['Lene Kjær', 'leaders']]);
    const task = (await secretariat.myTasks()).find((t) => t.target.id === ids.honest);
    expect(task?.onBehalfOf).toBe('Lene Kjær');
    await secretariat.decide({ target: { list: 'Agreements', id: ids.honest }, from: 'leaderGroup', to: 'lmuHearing', etag: task?.etag });
    expect(await statusFor(ids.honest)).toBe('verified');
    const decided = (await as(U.reader).history({ list: 'Agreements', id: ids.honest })).filter((e) => e.kind === 'decision');
    expect(decided.map((e) => [e.actor, e.onBehalfOf, e.valid])).toEqual([['Susanne Dahl', 'Lene Kjær', true]]);
  }, 90000);

  it('a decision made before the substitution was added stays unverified', async () => {
    expect(await statusFor(ids.none)).toBe('unverified');
  }, 30000);

  it('ending it takes the queue away and leaves the decision made standing', async () => {
    const leader = as(U.leader);
    // Not in the decision's second (an end made in that second would end it too).
    await new Promise((r) => setTimeout(r, 1100));
    const mine = (await leader.substitutes()).mine.find((s) => s.substitute === 'Susanne Dahl');
    await leader.endSubstitution(mine?.id as number);
    expect((await as(U.leader).substitutes()).mine.map((s) => s.substitute)).toEqual(['Gert Bach']);
    ids.afterEnd = await inLeaderGroup(2046);
    expect((await as(U.secretariat).myTasks()).filter((t) => t.stage === 'leaderGroup')).toEqual([]);
    await forgeDecision(U.secretariat, ids.afterEnd);
    expect(await statusFor(ids.afterEnd)).toBe('unverified');
    expect(await statusFor(ids.honest)).toBe('verified');
  }, 60000);
});
