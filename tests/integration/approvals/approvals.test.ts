// Issue 7 against the emulator over the real @pnp/sp client: every transition for every role,
// the "Done when" journey on Skanderborg's 2023 agreement, a stale approval, two approvers at
// once, forgery (Stage set through REST; an editor adding a log entry) and the e-mails.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import { SKANDERBORG_STAGES, stageLabel, type StageTransition } from '../../../src/domain';
import { isDataError, type DataError } from '../../../src/data/errors/DataError';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { createApprovalServices } from '../../../src/services/approvals/approvalServices';
import type { ApprovalServices, ApprovalTarget } from '../../../src/services/approvals/approvalTypes';
import { seedMunicipality } from '../../../scripts/seed/seedSites';
import { seedMunicipalities } from '../../../seed';
import { createGraphMailSender } from '../../../src/services/mail/mailSender';
import { createFetchGraphClient } from '../../../src/data/graph/fetchGraphClient';
import { completeMinimumContent } from '../helpers/minimumContent';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const PAGE = 'https://intra.example/sites/skanderborg/SitePages/Udviklingsaftaler.aspx';
const config = SKANDERBORG_STAGES;
const USERS = {
  reader: 'medarbejder.skanderborg@kommune.local',
  editor: 'redaktoer.skanderborg@kommune.local',
  leader: 'leder.skanderborg@kommune.local',
  approver: 'godkender.skanderborg@kommune.local',
  secretariat: 'sekretariat.skanderborg@kommune.local'
} as const;
type Role = keyof typeof USERS;
const ROLE_GROUPS: Record<Role, string[]> = {
  reader: ['readers'],
  editor: ['editors'],
  leader: ['editors', 'leaders'],
  approver: ['approvers'],
  secretariat: ['secretariat']
};
const SECOND_APPROVER = 'direktoer.skanderborg@kommune.local';
// The names the tenant's directory gives the demo users (emulator/people.ts, from the seed).
const NAME = { editor: 'Rasmus Lund', leader: 'Lene Kjær', approver: 'Gert Bach', second: 'direktoer skanderborg' };

let emulator: TestEmulator;
let siteUrl: string;
let owner: SPFI;
let agreementId: number;
let goalIds: number[];
let spareGoalId: number;

const as = (login: string): ApprovalServices =>
  createApprovalServices(spForUser(siteUrl, login), {
    defaultConfig: config,
    links: { pageUrl: PAGE },
    graph: graphForUser(emulator.url, login),
    mail: createGraphMailSender(graphForUser(emulator.url, login))
  });
const goal = (id: number): ApprovalTarget => ({ list: 'Goals', id });
const agreement = (): ApprovalTarget => ({ list: 'Agreements', id: agreementId });

async function setStage(list: 'Goals' | 'Agreements', id: number, stage: string): Promise<void> {
  await owner.web.lists
    .getByTitle(list === 'Goals' ? 'Udviklingsmål' : 'Udviklingsaftaler')
    .items.getById(id)
    .update({ Stage: stageLabel(config, stage) });
}

async function stageOf(list: 'Goals' | 'Agreements', id: number): Promise<string> {
  const raw = await owner.web.lists
    .getByTitle(list === 'Goals' ? 'Udviklingsmål' : 'Udviklingsaftaler')
    .items.getById(id)
    .select('Stage')<{ Stage: string }>();
  return raw.Stage;
}

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
  siteUrl = emulator.siteUrl(SITE);
  owner = spForUser(siteUrl, OWNER);
  const m = seedMunicipalities.find((x) => x.key === 'skanderborg');
  if (!m) throw new Error('no Skanderborg seed');
  await seedMunicipality(owner, m);
  await owner.web.ensureUser(SECOND_APPROVER);
  await owner.web.siteGroups.getByName('Udviklingsaftaler - Godkendere').users.add(SECOND_APPROVER);
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  if (!department) throw new Error('department not seeded');
  const found = await new AgreementRepository(owner, config).forDepartmentYear(department.id, 2023);
  if (!found) throw new Error('2023 agreement not seeded');
  agreementId = found.id;
  const goals = await new GoalRepository(owner, config).forAgreement(agreementId);
  goalIds = goals.map((g) => g.id);
  // The seed has the agreement as signed; the journey starts from the editors' draft.
  await setStage('Agreements', agreementId, 'draft');
  for (const id of goalIds) await setStage('Goals', id, 'draft');
  await completeMinimumContent(owner, config, agreementId);
  // A goal of another year for the table of transitions, moved by the owner into each start stage.
  spareGoalId = (await new GoalRepository(owner, config).forYear(2020))[0].id;
}, 180000);

afterAll(() => emulator.close());

describe('every transition for every role', () => {
  const cases: Array<[string, Role, StageTransition]> = [];
  for (const t of config.transitions) {
    for (const role of Object.keys(USERS) as Role[]) cases.push([`${t.from} → ${t.to}`, role, t]);
  }
  it.each(cases)(
    '%s by %s',
    async (_name, role, t) => {
      await setStage('Goals', spareGoalId, t.from);
      const allowed = t.allowedGroups.some((g) => ROLE_GROUPS[role].includes(g));
      const request = {
        target: goal(spareGoalId),
        to: t.to,
        comment: 'Begrundelse',
        meetingDate: '2023-01-19',
        minutesUrl: 'https://intra.example/lmu/referat'
      };
      if (allowed) {
        await as(USERS[role]).decide(request);
        expect(await stageOf('Goals', spareGoalId)).toBe(stageLabel(config, t.to));
      } else {
        const error = await as(USERS[role])
          .decide(request)
          .then(
            () => undefined,
            (e: unknown) => e
          );
        expect(isDataError(error) && error.kind).toBe('forbidden');
        // The domain's code, not its words: the UI says "forbidden" in the user's language.
        expect(isDataError(error) && error.detail).toBe('forbidden');
        expect(await stageOf('Goals', spareGoalId)).toBe(stageLabel(config, t.from));
      }
    },
    30000
  );
});

describe('the approver journey on Staben Økonomi, Digitalisering og Indkøb 2023', () => {
  it('editor submits, the leader group approves, the LMU hearing is recorded', async () => {
    const editor = as(USERS.editor);
    const editorTasks = await editor.myTasks();
    expect(editorTasks.map((t) => [t.target, t.stage, t.transitions.map((x) => x.label)])).toEqual([[agreement(), 'draft', ['Send til ledergruppen']]]);
    // The reader is in no deciding group and edits no department: nothing waits for them.
    expect(await as(USERS.reader).myTasks()).toEqual([]);
    const actions = await editor.actionsFor(agreement());
    expect(actions.transitions.map((t) => t.label)).toEqual(['Send til ledergruppen']);
    const submitted = await editor.decide({ target: agreement(), to: 'leaderGroup', from: actions.stage, etag: actions.etag });
    expect(submitted.moved).toHaveLength(1 + goalIds.length);
    expect(submitted.notified).toEqual([USERS.leader]);
    expect(submitted.mailFailures).toEqual([]);
    const mail = emulator.control.sentEmails().pop();
    // Sent through Graph as the editor, to the leader group's members, as HTML.
    expect(mail).toMatchObject({ from: USERS.editor, to: [USERS.leader], contentType: 'HTML', saveToSentItems: true });
    expect(mail?.subject).toBe('Til behandling: Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb');
    expect(mail?.body).toContain(`${PAGE}#/afdeling/`);

    const leaderTasks = await as(USERS.leader).myTasks();
    expect(leaderTasks.map((t) => [t.target.list, t.title, t.goals.length])).toEqual([
      ['Agreements', 'Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb', goalIds.length]
    ]);
    await as(USERS.leader).decide({ target: agreement(), to: 'lmuHearing' });

    const approver = as(USERS.approver);
    const noMeeting = await approver.decide({ target: agreement(), to: 'boardApproval' }).then(
      () => undefined,
      (e: DataError) => e.problems.map((p) => p.code)
    );
    expect(noMeeting).toEqual(['meetingDateRequired', 'minutesUrlRequired']);
    await approver.decide({ target: agreement(), to: 'boardApproval', meetingDate: '2023-01-19', minutesUrl: 'https://intra.example/lmu/2023-01-19' });
    expect(await stageOf('Agreements', agreementId)).toBe('Til godkendelse i direktionen');
    expect(await stageOf('Goals', goalIds[3])).toBe('Til godkendelse i direktionen');
  }, 60000);

  it('the board returns one goal with a comment and approves the rest', async () => {
    const approver = as(USERS.approver);
    const bare = await approver.decide({ target: goal(goalIds[0]), to: 'draft', comment: ' ' }).then(
      () => undefined,
      (e: DataError) => e.problems
    );
    expect(bare).toEqual([{ field: 'comment', code: 'commentRequired' }]);
    const returned = await approver.decide({ target: goal(goalIds[0]), to: 'draft', comment: 'Målet mangler en opfølgning på virkningen.' });
    expect(returned.notified.sort()).toEqual([USERS.editor, USERS.leader].sort());
    expect(emulator.control.sentEmails().pop()?.subject).toMatch(/^Sendt retur: /);
    const approved = await approver.decide({ target: agreement(), to: 'approved' });
    expect(approved.moved).toHaveLength(goalIds.length);
    expect(await stageOf('Goals', goalIds[0])).toBe('Kladde');
    const status = await as(USERS.reader).verification([agreement(), goal(goalIds[0]), goal(goalIds[1])]);
    expect(status).toEqual({ [`Agreements:${agreementId}`]: 'verified', [`Goals:${goalIds[0]}`]: 'verified', [`Goals:${goalIds[1]}`]: 'verified' });
  }, 60000);

  it('verifies an agreement and all its goals in five reads, whatever the number of goals', async () => {
    const reader = as(USERS.reader);
    const targets = [agreement(), ...goalIds.map(goal)];
    const individually = Object.fromEntries(await Promise.all(targets.map(async (t) => Object.entries(await reader.verification([t]))[0])));
    const before = emulator.control.requestCount();
    const together = await reader.verification(targets);
    // The agreement's state, its goals' states, the log entries of each list, and one $batch with
    // the Departments list and every item's versions (a change from outside the department, #15.3).
    expect(emulator.control.requestCount() - before).toBeLessThanOrEqual(5);
    expect(together).toEqual(individually);
    expect(goalIds.length).toBeGreaterThan(3);
  }, 60000);

  it('the editor fixes the goal and resubmits it; the approver approves it from Mine opgaver with the diff', async () => {
    const editorSp = spForUser(siteUrl, USERS.editor);
    const goals = new GoalRepository(editorSp, config);
    const current = await goals.getById(goalIds[0]);
    await goals.update(current, { followUpMethod: 'Vi måler virkningen kvartalsvis i ledelsesinformationen.' });
    const editor = as(USERS.editor);
    const returnedTask = (await editor.myTasks()).find((t) => t.target.list === 'Goals' && t.target.id === goalIds[0]);
    expect(returnedTask?.transitions.map((t) => t.to)).toEqual(['boardApproval', 'leaderGroup']);
    const actions = await editor.actionsFor(goal(goalIds[0]));
    expect(actions.transitions.map((t) => t.label)).toEqual(['Send igen til »Til godkendelse i direktionen«', 'Send til ledergruppen']);
    await editor.decide({ target: goal(goalIds[0]), to: 'boardApproval', from: actions.stage, etag: actions.etag });

    const approver = as(USERS.approver);
    const before = await approver.myTasks();
    // The goal waits alone (its agreement is approved); the 2020 agreement of the seed waits too.
    const tasks = before.filter((t) => t.target.list === 'Goals' && t.target.id === goalIds[0]);
    expect(tasks.map((t) => [t.target, t.goals])).toEqual([[goal(goalIds[0]), []]]);
    const [diff] = await approver.diff(goal(goalIds[0]));
    expect(diff.changes.map((c) => [c.label, c.after])).toEqual([['Opfølgning på virkningen', 'Vi måler virkningen kvartalsvis i ledelsesinformationen.']]);
    const [outcome] = await approver.decideMany([{ target: tasks[0].target, to: 'approved', from: tasks[0].stage, etag: tasks[0].etag }]);
    expect(outcome.ok).toBe(true);
    expect(await as(USERS.approver).taskCount()).toBe(before.length - 1);
    expect((await as(USERS.reader).verification([goal(goalIds[0])]))[`Goals:${goalIds[0]}`]).toBe('verified');
  }, 60000);

  it('the history shows all of it: submissions from version history, decisions from the log', async () => {
    const history = await as(USERS.reader).history(agreement());
    const steps = history.map((e) => [e.kind, e.subject ?? 'aftalen', e.actor, e.toStageLabel]);
    const returnedGoal = history.find((e) => e.target.list === 'Goals')?.subject;
    expect(returnedGoal).toBeDefined();
    expect(steps).toEqual([
      // The test's own set-up (the owner put the signed agreement back to draft) is history too.
      ['stageChange', 'aftalen', 'Administrator', 'Kladde'],
      ['stageChange', 'aftalen', NAME.editor, 'Ledergruppe'],
      ['decision', 'aftalen', NAME.leader, 'LMU-høring'],
      ['decision', 'aftalen', NAME.approver, 'Til godkendelse i direktionen'],
      ['decision', returnedGoal, NAME.approver, 'Kladde'],
      ['decision', 'aftalen', NAME.approver, 'Godkendt'],
      ['stageChange', returnedGoal, NAME.editor, 'Til godkendelse i direktionen'],
      ['decision', returnedGoal, NAME.approver, 'Godkendt']
    ]);
    expect(history[3]).toMatchObject({ decision: 'consulted', meetingDate: '2023-01-19', minutesUrl: 'https://intra.example/lmu/2023-01-19' });
    expect(history[4].comment).toBe('Målet mangler en opfølgning på virkningen.');
  }, 60000);

  it('an edit after the approval shows "Ændret efter godkendelse"', async () => {
    const goals = new GoalRepository(spForUser(siteUrl, USERS.editor), config);
    await goals.update(await goals.getById(goalIds[1]), { purpose: 'Ændret efter direktionens godkendelse.' });
    expect((await as(USERS.reader).verification([goal(goalIds[1])]))[`Goals:${goalIds[1]}`]).toBe('staleAfterApproval');
  }, 30000);
});

describe('forgery', () => {
  it('an editor who sets Stage to Godkendt through REST is shown "Ikke verificeret"', async () => {
    await setStage('Goals', spareGoalId, 'draft');
    const editorSp = spForUser(siteUrl, USERS.editor);
    await editorSp.web.lists.getByTitle('Udviklingsmål').items.getById(spareGoalId).update({ Stage: 'Godkendt' });
    expect((await as(USERS.reader).verification([goal(spareGoalId)]))[`Goals:${spareGoalId}`]).toBe('unverified');
  });

  it("refuses an editor's ApprovalLog entry (403)", async () => {
    const editorSp = spForUser(siteUrl, USERS.editor);
    const error = await editorSp.web.lists
      .getByTitle('Godkendelseslog')
      .items.add({
        Title: 'Godkendt',
        TargetList: 'Goals',
        TargetId: spareGoalId,
        FromStage: 'boardApproval',
        ToStage: 'approved',
        Decision: 'approved',
        At: new Date().toISOString()
      })
      .then(
        () => undefined,
        (e: unknown) => e
      );
    expect(isDataError(error) && [error.kind, error.status]).toEqual(['forbidden', 403]);
  });
});

describe('two approvers at once', () => {
  it('one wins; the other is told who decided, and only one decision is logged', async () => {
    await setStage('Goals', spareGoalId, 'boardApproval');
    const decisionsBefore = (await as(USERS.reader).history(goal(spareGoalId))).filter((e) => e.kind === 'decision').length;
    const first = as(USERS.approver);
    const second = as(SECOND_APPROVER);
    const [a, b] = await Promise.all([first.actionsFor(goal(spareGoalId)), second.actionsFor(goal(spareGoalId))]);
    const results = await Promise.allSettled([
      first.decide({ target: goal(spareGoalId), to: 'approved', from: a.stage, etag: a.etag }),
      second.decide({ target: goal(spareGoalId), to: 'draft', comment: 'Nej', from: b.stage, etag: b.etag })
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    const winner = results[0].status === 'fulfilled' ? NAME.approver : NAME.second;
    expect(isDataError(lost[0].reason) && lost[0].reason.kind).toBe('conflict');
    expect((lost[0].reason as Error).message).toMatch(
      new RegExp(`^${winner} har allerede flyttet ».+« til »(Godkendt|Kladde)«\\. Din beslutning er ikke gemt\\.$`)
    );
    const history = await as(USERS.reader).history(goal(spareGoalId));
    const decisions = history.filter((e) => e.kind === 'decision');
    expect(decisions).toHaveLength(decisionsBefore + 1);
    expect(decisions[decisions.length - 1].actor).toBe(winner);
  }, 30000);
});

describe('an approval SharePoint acknowledged is never lost', () => {
  it('finishes the decision when the Stage landed but its log entry did not, once', async () => {
    // A goal with no decisions yet (the 2020 agreement's second goal).
    const freshGoalId = (await new GoalRepository(owner, config).forYear(2020))[1].id;
    await setStage('Goals', freshGoalId, 'boardApproval');
    const approverSp = spForUser(siteUrl, USERS.approver);
    const seen = await as(USERS.approver).actionsFor(goal(freshGoalId));
    // The approver's Stage update was acknowledged, then the connection died before the log entry.
    await approverSp.web.lists.getByTitle('Udviklingsmål').items.getById(freshGoalId).update({ Stage: 'Godkendt' }, seen.etag);
    expect((await as(USERS.reader).verification([goal(freshGoalId)]))[`Goals:${freshGoalId}`]).toBe('unverified');
    const decisions = async (): Promise<number> => (await as(USERS.reader).history(goal(freshGoalId))).filter((e) => e.kind === 'decision').length;
    const before = await decisions();
    await as(USERS.approver).decide({ target: goal(freshGoalId), to: 'approved', from: seen.stage, etag: seen.etag });
    expect((await as(USERS.reader).verification([goal(freshGoalId)]))[`Goals:${freshGoalId}`]).toBe('verified');
    await as(USERS.approver).decide({ target: goal(freshGoalId), to: 'approved', from: seen.stage, etag: seen.etag });
    expect(await decisions()).toBe(before + 1);
    // Someone else's move is never taken over: another approver is told who moved it.
    const other = await as(SECOND_APPROVER)
      .decide({ target: goal(freshGoalId), to: 'approved', from: seen.stage, etag: seen.etag })
      .then(
        () => undefined,
        (e: Error) => e.message
      );
    expect(other).toMatch(new RegExp(`^${NAME.approver} har allerede flyttet`));
  }, 30000);
});

describe('site settings kept by the secretariat', () => {
  const settings = (login: string) => spForUser(siteUrl, login).web.lists.getByTitle('Indstillinger').items;

  afterAll(async () => {
    const items = await settings(OWNER).select('Id')<Array<{ Id: number }>>();
    for (const item of items) await settings(OWNER).getById(item.Id).delete();
  });

  it('lets the secretariat switch the e-mails off, and refuses an editor (403)', async () => {
    const refused = await settings(USERS.editor)
      .add({ Title: 'Mails', Key: 'notifications', Value: '{"enabled": false}' })
      .then(
        () => undefined,
        (e: unknown) => e
      );
    expect(isDataError(refused) && refused.status).toBe(403);
    await settings(USERS.secretariat).add({ Title: 'Mails', Key: 'notifications', Value: '{"enabled": false}' });
    await setStage('Goals', spareGoalId, 'draft');
    const sent = emulator.control.sentEmails().length;
    const result = await as(USERS.editor).decide({ target: goal(spareGoalId), to: 'leaderGroup' });
    expect(result.notified).toEqual([]);
    expect(emulator.control.sentEmails()).toHaveLength(sent);
  });

  it("uses the site's own stage configuration, and falls back with a Danish message when it is broken", async () => {
    const own = {
      ...config,
      title: 'Skanderborg (webstedets egen)',
      transitions: config.transitions.map((t) => (t.from === 'leaderGroup' && t.to === 'lmuHearing' ? { ...t, label: 'Ledergruppen siger god for' } : t))
    };
    const added = (await settings(USERS.secretariat).add({ Title: 'Arbejdsgang', Key: 'stageConfiguration', Value: JSON.stringify(own) })) as { Id: number };
    await setStage('Goals', spareGoalId, 'leaderGroup');
    expect((await as(USERS.leader).actionsFor(goal(spareGoalId))).transitions.map((t) => t.label)).toEqual(['Ledergruppen siger god for', 'Retur']);
    await settings(USERS.secretariat).getById(added.Id).update({ Value: '{"key": "x"' });
    const workflow = await as(USERS.leader).workflow();
    expect(workflow.config).toBe(config);
    expect(workflow.problems).toEqual([{ code: 'configurationUnusable', fallback: 'Skanderborg Kommune', problems: [{ code: 'notJson' }] }]);
  });
});

describe('e-mail through Graph when the tenant has not granted Mail.Send', () => {
  afterAll(() => emulator.control.setTenant({ mailSendGranted: true }));

  it('stores the decision, sends nothing and reports every recipient not mailed, also from Mine opgaver', async () => {
    emulator.control.setTenant({ mailSendGranted: false });
    await setStage('Goals', spareGoalId, 'draft');
    const before = emulator.control.sentEmails().length;
    const submitted = await as(USERS.editor).decide({ target: goal(spareGoalId), to: 'leaderGroup' });
    expect(await stageOf('Goals', spareGoalId)).toBe(stageLabel(config, 'leaderGroup'));
    expect(submitted.notified).toEqual([]);
    expect(submitted.mailFailures).toEqual([{ recipient: USERS.leader, reason: 'notGranted', detail: 'Access is denied. Check credentials and try again.' }]);

    const task = (await as(USERS.leader).myTasks()).find((t) => t.target.list === 'Goals' && t.target.id === spareGoalId);
    if (!task) throw new Error('the goal does not wait for the leader group');
    const [outcome] = await as(USERS.leader).decideMany([{ target: task.target, to: 'lmuHearing', from: task.stage, etag: task.etag }]);
    expect(outcome.ok).toBe(true);
    expect(await stageOf('Goals', spareGoalId)).toBe(stageLabel(config, 'lmuHearing'));
    // The log entry landed: the decision is verified although no e-mail went out.
    expect((await as(USERS.reader).verification([goal(spareGoalId)]))[`Goals:${spareGoalId}`]).toBe('verified');
    expect(outcome.mailFailures?.map((f) => [f.recipient, f.reason]).sort()).toEqual(
      [
        [USERS.approver, 'notGranted'],
        [SECOND_APPROVER, 'notGranted']
      ].sort()
    );
    expect(emulator.control.sentEmails()).toHaveLength(before);
  }, 60000);

  it('stores the decision and reports the unsent e-mail when Graph cannot be reached at all', async () => {
    emulator.control.setTenant({ mailSendGranted: true });
    await setStage('Goals', spareGoalId, 'draft');
    // Nothing listens on port 1: every Graph call fails at the network.
    const unreachable = createGraphMailSender(createFetchGraphClient({ baseUrl: 'http://127.0.0.1:1', headers: { 'X-Emulator-User': USERS.editor } }));
    const editor = createApprovalServices(spForUser(siteUrl, USERS.editor), { defaultConfig: config, links: { pageUrl: PAGE }, mail: unreachable });
    const result = await editor.decide({ target: goal(spareGoalId), to: 'leaderGroup' });
    expect(await stageOf('Goals', spareGoalId)).toBe(stageLabel(config, 'leaderGroup'));
    expect(result.notified).toEqual([]);
    expect(result.mailFailures).toEqual([{ recipient: USERS.leader, reason: 'failed', detail: expect.any(String) }]);
  }, 60000);
});
