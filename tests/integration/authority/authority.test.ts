// Issue #15.1 as an attacker would try it: raw REST (PnPjs with none of the product's behaviours) as
// the leader group and as the secretariat, who may add to the ApprovalLog: set Stage='Godkendt' on a
// draft agreement and its goal, then add log entries naming the approver as Actor. SharePoint
// records the caller as the entries' Author, so every role must see them as not verified.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { createApprovalServices } from '../../../src/services/approvals/approvalServices';
import { createGraphMailSender } from '../../../src/services/mail/mailSender';
import type { ApprovalServices } from '../../../src/services/approvals/approvalTypes';
import { seedMunicipality } from '../../../scripts/seed/seedSites';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createAppServices } from '../../../src/services/createAppServices';
import { loadLocale } from '../../helpers/locales';
import { seedMunicipalities } from '../../../seed';
import { graphForUser, OWNER, rawSpForUser, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { exportLabelsFrom } from '../../../src/webparts/udviklingsaftaler/components/ExportToExcel/exportLabels';

const SITE = '/sites/skanderborg';
const config = SKANDERBORG_STAGES;
const ROLES = {
  reader: 'medarbejder.skanderborg@kommune.local',
  editor: 'redaktoer.skanderborg@kommune.local',
  leader: 'leder.skanderborg@kommune.local',
  approver: 'godkender.skanderborg@kommune.local',
  secretariat: 'sekretariat.skanderborg@kommune.local',
  owner: OWNER
} as const;

let emulator: TestEmulator;
let siteUrl: string;
let owner: SPFI;

const as = (login: string): ApprovalServices =>
  createApprovalServices(spForUser(siteUrl, login), {
    defaultConfig: config,
    graph: graphForUser(emulator.url, login),
    mail: createGraphMailSender(graphForUser(emulator.url, login))
  });
const LISTS = { Agreements: 'Udviklingsaftaler', Goals: 'Udviklingsmål' } as const;

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
}, 180000);

afterAll(() => emulator.close());

/** A draft agreement with one goal, made by the owner; the attacker then forges its approval. */
async function draftWithGoal(departmentTitle: string, year: number): Promise<{ agreementId: number; goalId: number }> {
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === departmentTitle);
  if (!department) throw new Error(`no ${departmentTitle}`);
  const agreement = await new AgreementRepository(owner, config).create({
    departmentId: department.id,
    year,
    title: `Aftale ${year}`,
    policies: [],
    milestones: [],
    stage: 'draft'
  });
  const goal = await new GoalRepository(owner, config).create({
    agreementId: agreement.id,
    departmentId: department.id,
    year,
    title: 'Et mål',
    number: 1,
    stage: 'draft',
    trackIds: [],
    requirementIds: [],
    sharedWithDepartmentIds: [],
    policies: [],
    evidence: []
  });
  return { agreementId: agreement.id, goalId: goal.id };
}

/** The attack, by hand: MERGE Stage and POST ApprovalLog entries naming the approver as Actor. */
async function forge(attacker: string, target: { agreementId: number; goalId: number }): Promise<void> {
  const raw = rawSpForUser(siteUrl, attacker);
  const approverId = (await owner.web.siteUsers.getByEmail(ROLES.approver).select('Id')<{ Id: number }>()).Id;
  for (const [list, id] of [
    ['Agreements', target.agreementId],
    ['Goals', target.goalId]
  ] as const) {
    const item = raw.web.lists.getByTitle(LISTS[list]).items.getById(id);
    await item.update({ Stage: 'Godkendt' });
    const { OData__UIVersionString: version } = await item.select('OData__UIVersionString')<{ OData__UIVersionString: string }>();
    await raw.web.lists.getByTitle('Godkendelseslog').items.add({
      Title: `Godkendt: ${list} ${id}`,
      TargetList: list,
      TargetId: id,
      FromStage: 'boardApproval',
      ToStage: 'approved',
      Decision: 'approved',
      ApprovedVersion: version,
      ActorId: approverId,
      At: new Date().toISOString()
    });
  }
}

describe('forged approvals (issue #15.1)', () => {
  it.each([
    ['the leader group', ROLES.leader, 2031],
    ['the secretariat', ROLES.secretariat, 2032]
  ])(
    '%s: SharePoint accepts the writes, and no role sees them as verified',
    async (_who, attacker, year) => {
      const target = await draftWithGoal('Staben Økonomi, Digitalisering og Indkøb', year);
      await forge(attacker, target);
      const keys = [`Agreements:${target.agreementId}`, `Goals:${target.goalId}`];
      for (const login of Object.values(ROLES)) {
        const services = as(login);
        const status = await services.verification([
          { list: 'Agreements', id: target.agreementId },
          { list: 'Goals', id: target.goalId }
        ]);
        expect([login, keys.map((k) => status[k])]).toEqual([login, ['unverified', 'unverified']]);
        // The Overblik asks about the year's agreements alone.
        expect((await services.verification([{ list: 'Agreements', id: target.agreementId }]))[keys[0]]).toBe('unverified');
        const history = await services.history({ list: 'Agreements', id: target.agreementId });
        const decisions = history.filter((e) => e.kind === 'decision');
        // The history names who really added the entries (their Author), not the Actor they claimed.
        // (Display names come from the tenant's directory: the seeded people, emulator/people.ts.)
        const attackerName = seedMunicipalities.flatMap((x) => x.users).find((u) => u.login === attacker)?.displayName;
        expect(decisions.map((e) => [e.valid, e.actor])).toEqual([
          [false, attackerName],
          [false, attackerName]
        ]);
        // Nothing forged shows up as decided in "what changed since the version last decided on".
        const [diff] = await services.diff({ list: 'Agreements', id: target.agreementId });
        expect(diff.baseVersion).toBeUndefined();
      }
    },
    120000
  );
});

describe('the exports print the verified stage (issue #15.1)', () => {
  const locale = loadLocale('da-dk');
  const reader = (): ReturnType<typeof createAppServices> =>
    createAppServices(spForUser(siteUrl, ROLES.reader), { stageConfiguration: config, graph: graphForUser(emulator.url, ROLES.reader) });
  let target: { agreementId: number; goalId: number };

  beforeAll(async () => {
    target = await draftWithGoal('HR staben', 2034);
    await forge(ROLES.leader, target);
  }, 60000);

  it('the Excel export writes a forged "Godkendt" with "Ikke verificeret" in the summary and in the goals\' Stage column', async () => {
    const labels = exportLabelsFrom(locale);
    const file = await reader().exports.exportGoals({ year: 2034, layout: 'single', labels, fileName: 'x' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes);
    const column = (sheetName: string, header: string): unknown[] => {
      const sheet = book.getWorksheet(sheetName);
      const index = (sheet?.getRow(1).values as unknown[]).indexOf(header);
      const values: unknown[] = [];
      sheet?.eachRow((row, n) => {
        if (n > 1 && row.getCell(index).value) values.push(row.getCell(index).value);
      });
      return values;
    };
    expect(column(labels.Summary.SheetName, labels.Summary.Stage)).toEqual([`Godkendt (${labels.Summary.Unverified})`]);
    expect(column(labels.AllGoalsSheet, labels.Columns.Stage)).toEqual([`Godkendt (${labels.Summary.Unverified})`]);
  }, 60000);

  it('the year\'s collected .docx prints it as "Godkendt (Ikke verificeret)"', async () => {
    const words = {
      stage: (stage: string, status: string | undefined) => (status === 'verified' ? stage : `${stage} (${status ?? 'unchecked'})`),
      damage: locale.Resilience
    };
    const file = await reader().documents.yearDocx(2034, words);
    const xml = await (await JSZip.loadAsync(file.data)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Status: approved (unverified)');
  }, 60000);
});

describe("a deciding group writes another department's content (issue #15.3)", () => {
  // The leader group keeps Contribute on the whole list (it moves every department's Stage), so
  // SharePoint accepts this; the version's Editor, which SharePoint sets, makes it show.
  it('SharePoint accepts the leader\'s MERGE on HR staben\'s agreement and goal, and every role sees "foreignEdit"', async () => {
    const target = await draftWithGoal('HR staben', 2035);
    for (const [list, id] of [
      ['Agreements', target.agreementId],
      ['Goals', target.goalId]
    ] as const) {
      await rawSpForUser(siteUrl, ROLES.leader).web.lists.getByTitle(LISTS[list]).items.getById(id).update({ Title: 'Skrevet af en anden afdelings leder' });
    }
    for (const login of Object.values(ROLES)) {
      const status = await as(login).verification([
        { list: 'Agreements', id: target.agreementId },
        { list: 'Goals', id: target.goalId }
      ]);
      expect([login, Object.values(status)]).toEqual([login, ['foreignEdit', 'foreignEdit']]);
    }
    // The Overblik asks about the agreement alone, and the exports print it.
    expect((await as(ROLES.reader).verification([{ list: 'Agreements', id: target.agreementId }]))[`Agreements:${target.agreementId}`]).toBe('foreignEdit');
    const locale = loadLocale('da-dk');
    const labels = exportLabelsFrom(locale);
    const file = await createAppServices(spForUser(siteUrl, ROLES.reader), {
      stageConfiguration: config,
      graph: graphForUser(emulator.url, ROLES.reader)
    }).exports.exportGoals({ year: 2035, layout: 'single', labels, fileName: 'x' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes);
    const sheet = book.getWorksheet(labels.AllGoalsSheet);
    const index = (sheet?.getRow(1).values as unknown[]).indexOf(labels.Columns.Stage);
    expect(sheet?.getRow(2).getCell(index).value).toBe(`Kladde (${locale.ForeignEdit.Status})`);
  }, 60000);

  it("the same change by the department's own leader stays verified; a Stage move by the leader group is no content change", async () => {
    const own = await draftWithGoal('Staben Økonomi, Digitalisering og Indkøb', 2036);
    await rawSpForUser(siteUrl, ROLES.leader)
      .web.lists.getByTitle(LISTS.Goals)
      .items.getById(own.goalId)
      .update({ Title: 'Skrevet af afdelingens egen leder' });
    const other = await draftWithGoal('HR staben', 2036);
    await rawSpForUser(siteUrl, ROLES.leader).web.lists.getByTitle(LISTS.Goals).items.getById(other.goalId).update({ Stage: 'Til godkendelse i direktionen' });
    const status = await as(ROLES.reader).verification([
      { list: 'Goals', id: own.goalId },
      { list: 'Goals', id: other.goalId }
    ]);
    expect(status[`Goals:${own.goalId}`]).toBe('verified');
    // Stage is workflow, not content: the move is judged by the log alone (no entry backs it).
    expect(status[`Goals:${other.goalId}`]).toBe('unverified');
  }, 60000);

  it('the editors group cannot do it at all: SharePoint refuses (403)', async () => {
    const target = await draftWithGoal('HR staben', 2037);
    const refused = await rawSpForUser(siteUrl, ROLES.editor)
      .web.lists.getByTitle(LISTS.Goals)
      .items.getById(target.goalId)
      .update({ Title: 'x' })
      .then(
        () => undefined,
        (e: { status?: number }) => e.status
      );
    expect(refused).toBe(403);
  }, 60000);
});

describe("Created By is SharePoint's, not the caller's", () => {
  it('refuses a log entry that names its own Author (read-only for REST writes)', async () => {
    const approverId = (await owner.web.siteUsers.getByEmail(ROLES.approver).select('Id')<{ Id: number }>()).Id;
    const refused = await rawSpForUser(siteUrl, ROLES.leader)
      .web.lists.getByTitle('Godkendelseslog')
      .items.add({
        Title: 'Godkendt',
        TargetList: 'Goals',
        TargetId: 1,
        FromStage: 'boardApproval',
        ToStage: 'approved',
        Decision: 'approved',
        ActorId: approverId,
        AuthorId: approverId,
        At: new Date().toISOString()
      })
      .then(
        () => undefined,
        (e: { status?: number }) => e.status
      );
    expect(refused).toBe(400);
  });
});

describe('a stage past an approval is bound to the approved version (issue #15.2)', () => {
  let agreementId: number;
  let goalIds: number[];

  beforeAll(async () => {
    // The seed has Skanderborg's 2023 agreement approved by the board, with its goals.
    const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
    const agreement = await new AgreementRepository(owner, config).forDepartmentYear(department!.id, 2023);
    agreementId = agreement!.id;
    goalIds = (await new GoalRepository(owner, config).forAgreement(agreementId)).map((g) => g.id);
    expect(goalIds.length).toBeGreaterThan(3);
  });

  const goalItem = (login: string, id: number) => rawSpForUser(siteUrl, login).web.lists.getByTitle(LISTS.Goals).items.getById(id);
  const statusOf = async (id: number): Promise<string> => (await as(ROLES.reader).verification([{ list: 'Goals', id }]))[`Goals:${id}`];

  it('an edit hidden in the move to follow-up shows "Ændret efter godkendelse", not "(bekræftet)"', async () => {
    expect(await statusOf(goalIds[0])).toBe('verified');
    await goalItem(ROLES.editor, goalIds[0]).update({ Title: 'Et andet mål', Purpose: 'Skrevet om efter godkendelsen.', Stage: 'Opfølgning' });
    expect(await statusOf(goalIds[0])).toBe('staleAfterApproval');
  });

  it('moving to follow-up and recording the outcome there keeps the approval', async () => {
    await goalItem(ROLES.editor, goalIds[1]).update({ Stage: 'Opfølgning' });
    expect(await statusOf(goalIds[1])).toBe('verified');
    await goalItem(ROLES.editor, goalIds[1]).update({ Outcome: 'achieved', OutcomeNote: 'Vi nåede det.', TargetActual: 3 });
    expect(await statusOf(goalIds[1])).toBe('verified');
    // A content change later in the follow-up is still an edit after the approval.
    await goalItem(ROLES.editor, goalIds[1]).update({ Activities: 'Nye aktiviteter.' });
    expect(await statusOf(goalIds[1])).toBe('staleAfterApproval');
  });

  it('the outcome is no year-end field before the follow-up: set while approved, it is an edit', async () => {
    await goalItem(ROLES.editor, goalIds[2]).update({ OutcomeNote: 'Skrevet før opfølgningen.' });
    await goalItem(ROLES.editor, goalIds[2]).update({ Stage: 'Opfølgning' });
    expect(await statusOf(goalIds[2])).toBe('staleAfterApproval');
  });

  it('reads the versions and the Departments list in one $batch: five reads for the whole department view', async () => {
    const reader = as(ROLES.reader);
    const targets = [{ list: 'Agreements' as const, id: agreementId }, ...goalIds.map((id) => ({ list: 'Goals' as const, id }))];
    await reader.verification(targets);
    const before = emulator.control.requestCount();
    const status = await reader.verification(targets);
    // States of the agreement and of its goals, the log entries of each list, the versions.
    expect(emulator.control.requestCount() - before).toBe(5);
    expect(status[`Goals:${goalIds[0]}`]).toBe('staleAfterApproval');
    expect(status[`Goals:${goalIds[3]}`]).toBe('verified');
  });
});

describe('a member through an Entra ID group is a member (issue #14.5)', () => {
  const DIRECT = 'direktoer.skanderborg@kommune.local';

  it('gets exactly the actions, queue and verified approvals of a direct member', async () => {
    // The seed puts the approver into the approvers' group only through an Entra ID security group.
    await owner.web.ensureUser(DIRECT);
    await owner.web.siteGroups.getByName('Udviklingsaftaler - Godkendere').users.add(DIRECT);
    const target = await draftWithGoal('Staben Økonomi, Digitalisering og Indkøb', 2033);
    for (const [list, id] of [
      ['Agreements', target.agreementId],
      ['Goals', target.goalId]
    ] as const) {
      await rawSpForUser(siteUrl, OWNER).web.lists.getByTitle(LISTS[list]).items.getById(id).update({ Stage: 'Til godkendelse i direktionen' });
    }
    const throughEntra = as(ROLES.approver);
    const direct = as(DIRECT);
    expect(await throughEntra.myGroups()).toEqual(['approvers']);
    expect(await throughEntra.myGroups()).toEqual(await direct.myGroups());
    const agreement = { list: 'Agreements' as const, id: target.agreementId };
    const actions = await throughEntra.actionsFor(agreement);
    expect(actions.transitions.map((t) => t.to)).toEqual((await direct.actionsFor(agreement)).transitions.map((t) => t.to));
    expect(actions.transitions.map((t) => t.to)).toContain('approved');
    const queue = async (s: ApprovalServices): Promise<string[]> => (await s.myTasks()).map((t) => `${t.target.list}:${t.target.id}`);
    expect(await queue(throughEntra)).toEqual(await queue(direct));
    expect(await queue(throughEntra)).toContain(`Agreements:${target.agreementId}`);
    await throughEntra.decide({ target: agreement, to: 'approved', from: actions.stage, etag: actions.etag });
    for (const login of Object.values(ROLES)) {
      const status = await as(login).verification([agreement, { list: 'Goals', id: target.goalId }]);
      expect([login, Object.values(status)]).toEqual([login, ['verified', 'verified']]);
    }
    // When Graph refuses, the decision is not silently counted as anyone's: it shows as not verified.
    emulator.control.setGroupMemberReadGranted(false);
    try {
      expect((await as(ROLES.reader).verification([agreement]))[`Agreements:${target.agreementId}`]).toBe('unverified');
    } finally {
      emulator.control.setGroupMemberReadGranted(true);
    }
  }, 60000);
});
