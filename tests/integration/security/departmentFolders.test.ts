// Departments cannot write each other's goals or agreements, and SharePoint (the emulator) is what
// refuses: raw REST as an editor of department A against B's folder and B's items, the product's
// own creates, a misfiled item shown as not B's, and the secretariat changing a department's editors.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SKANDERBORG_STAGES, type Goal, type PersonRef } from '../../../src/domain';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { departmentFolderUrl } from '../../../src/data/repositories/departmentFolder';
import { provision, StepRecorder, syncDepartmentFolders } from '../../../src/data/provisioning';
import { GOALS } from '../../../src/data/repositories/mappers/goalMapper';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { graphForUser, OWNER, rawSpForUser, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { createAppServices } from '../../../src/services/createAppServices';

const SITE = '/sites/skanderborg';
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const READER = 'medarbejder.skanderborg@kommune.local';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const GOALS_URL = `${SITE}/${GOALS.list.url}`;

let emulator: TestEmulator;
let a: number; // a department EDITOR edits
let b: number; // one EDITOR does not
let goalOfB: Goal;

const sp = (login: string): SPFI => spForUser(emulator.siteUrl(SITE), login);
const raw = (login: string): SPFI => rawSpForUser(emulator.siteUrl(SITE), login);
const goals = (login: string): GoalRepository => new GoalRepository(sp(login), SKANDERBORG_STAGES);

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: number; response?: { status?: number } }).status ?? (e as { response?: { status?: number } }).response?.status;
  return s;
}

async function refused(run: () => Promise<unknown>): Promise<number | undefined> {
  try {
    await run();
  } catch (e) {
    return statusOf(e);
  }
  return 200;
}

/** A goal as raw form values, the way a hand-made REST call would send them. */
function formValues(departmentId: number, agreementId: number, title: string): Array<{ FieldName: string; FieldValue: string }> {
  return [
    { FieldName: 'Title', FieldValue: title },
    { FieldName: 'Department', FieldValue: String(departmentId) },
    { FieldName: 'Agreement', FieldValue: String(agreementId) },
    { FieldName: 'Year', FieldValue: String(goalOfB.year) },
    { FieldName: 'Stage', FieldValue: 'Kladde' }
  ];
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  const departments = await new DepartmentRepository(sp(OWNER)).all();
  a = departments.find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb')!.id;
  const all = (await Promise.all([2019, 2020, 2023].map((y) => goals(OWNER).forYear(y)))).flat();
  goalOfB = all.find((g) => !departments.find((d) => d.id === g.departmentId)?.editors.some((e) => e.email === EDITOR))!;
  b = goalOfB.departmentId;
}, 180000);

afterAll(async () => {
  await emulator?.close();
});

describe('department folders, enforced by SharePoint', () => {
  it('the seed keeps every agreement and goal in its own department folder', async () => {
    const years = [2019, 2020, 2023];
    const seededGoals = (await Promise.all(years.map((y) => goals(OWNER).forYear(y)))).flat();
    const seededAgreements = (await Promise.all(years.map((y) => new AgreementRepository(sp(OWNER), SKANDERBORG_STAGES).forYear(y)))).flat();
    expect(seededGoals.length).toBeGreaterThan(5);
    expect(seededGoals.filter((g) => g.misfiled !== undefined)).toEqual([]);
    expect(seededAgreements.filter((g) => g.misfiled !== undefined)).toEqual([]);
  });

  it("refuses (403) an editor of A who creates a goal in B's folder, or at the list's root", async () => {
    const list = raw(EDITOR).web.getList(GOALS_URL);
    expect(await refused(() => list.addValidateUpdateItemUsingPath(formValues(b, goalOfB.agreementId, 'Indtrængen'), departmentFolderUrl(GOALS_URL, b)))).toBe(
      403
    );
    expect(
      await refused(() => list.items.add({ Title: 'Indtrængen', DepartmentId: b, AgreementId: goalOfB.agreementId, Year: goalOfB.year, Stage: 'Kladde' }))
    ).toBe(403);
    expect((await goals(OWNER).forDepartmentYear(b, goalOfB.year)).some((g) => g.title === 'Indtrængen')).toBe(false);
  });

  it("refuses (403) an editor of A who updates or deletes B's goal", async () => {
    const item = raw(EDITOR).web.getList(GOALS_URL).items.getById(goalOfB.id);
    expect(await refused(() => item.update({ Title: 'Overtaget' }))).toBe(403);
    expect(await refused(() => item.delete())).toBe(403);
    expect((await goals(OWNER).getById(goalOfB.id)).title).toBe(goalOfB.title);
  });

  it("shows a goal made in A's folder that names department B as not B's own (misfiled)", async () => {
    const list = raw(EDITOR).web.getList(GOALS_URL);
    const result = await list.addValidateUpdateItemUsingPath(formValues(b, goalOfB.agreementId, 'Forklædt mål'), departmentFolderUrl(GOALS_URL, a));
    expect(result.some((r) => r.HasException)).toBe(false);
    const inB = (await goals(READER).forDepartmentYear(b, goalOfB.year)).find((g) => g.title === 'Forklædt mål');
    expect(inB?.misfiled).toBe('otherFolder');
    // A draft is otherwise verified as it is; outside its department's folder it never is.
    const reader = createAppServices(sp(READER), { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, READER) });
    const status = await reader.approvals.verification([
      { list: 'Goals', id: inB!.id },
      { list: 'Goals', id: goalOfB.id }
    ]);
    expect(status[`Goals:${inB!.id}`]).toBe('unverified');
    expect(status[`Goals:${goalOfB.id}`]).toBe('verified');
    // Re-pointing one of A's own goals at B by MERGE lands the same way: in A's folder, not B's own.
    const own = (await goals(OWNER).forDepartmentYear(a, 2023)).concat(await goals(OWNER).forDepartmentYear(a, 2020))[0];
    await raw(EDITOR).web.getList(GOALS_URL).items.getById(own.id).update({ DepartmentId: b });
    expect((await goals(READER).getById(own.id)).misfiled).toBe('otherFolder');
    await raw(EDITOR).web.getList(GOALS_URL).items.getById(own.id).update({ DepartmentId: a });
  });

  it("lets the product create and update goals of A for A's editor, in A's folder", async () => {
    const agreement = await new AgreementRepository(sp(EDITOR), SKANDERBORG_STAGES).create({
      departmentId: a,
      year: 2031,
      title: 'Aftale 2031',
      policies: [],
      milestones: [],
      stage: 'draft'
    });
    expect(agreement.misfiled).toBeUndefined();
    const created = await goals(EDITOR).create({
      agreementId: agreement.id,
      departmentId: a,
      year: 2031,
      title: 'Eget mål',
      purpose: 'Et formål med komma, 2,5 %',
      number: 1,
      sharedWithDepartmentIds: [],
      trackIds: [],
      policies: [],
      requirementIds: [],
      stage: 'draft',
      evidence: []
    });
    expect(created).toMatchObject({ title: 'Eget mål', purpose: 'Et formål med komma, 2,5 %', number: 1, departmentId: a });
    expect(created.misfiled).toBeUndefined();
    const updated = await goals(EDITOR).update(created, { title: 'Eget mål, rettet' });
    expect(updated.title).toBe('Eget mål, rettet');
  });

  it("follows the secretariat's change of editors once the site owner syncs: the new editor writes, the removed one cannot", async () => {
    const departments = new DepartmentRepository(sp(SECRETARIAT));
    const department = await departments.getById(a);
    const reader = (await raw(OWNER).web.ensureUser(READER)) as unknown as { Id: number };
    const newEditor: PersonRef = { id: reader.Id, email: READER, title: 'Mette Holm' };
    await departments.update(department, { editors: [newEditor], leader: undefined });
    const ownGoal = (await goals(OWNER).forDepartmentYear(a, 2031))[0];
    // Named in the list is not enough: SharePoint decides, after the folder follows the list.
    expect(await refused(() => goals(READER).update(ownGoal, { purpose: 'For tidligt' }))).toBe(403);

    const recorder = new StepRecorder();
    await syncDepartmentFolders(sp(OWNER), recorder, { only: [a] });
    expect(recorder.report().changes.some((s) => s.action === 'removed')).toBe(true);

    const byNew = await goals(READER).update(ownGoal, { purpose: 'Ny redaktør' });
    expect(byNew.purpose).toBe('Ny redaktør');
    expect(await refused(() => raw(EDITOR).web.getList(GOALS_URL).items.getById(ownGoal.id).update({ Title: 'Gammel redaktør' }))).toBe(403);
    expect(
      await refused(() =>
        raw(EDITOR)
          .web.getList(GOALS_URL)
          .addValidateUpdateItemUsingPath(formValues(a, ownGoal.agreementId, 'Gammel'), departmentFolderUrl(GOALS_URL, a))
      )
    ).toBe(403);
  });

  it('tells an editor of a department added since the last sync, in Danish, that its folder is missing', async () => {
    const reader = (await raw(OWNER).web.ensureUser(READER)) as unknown as { Id: number };
    const added = await new DepartmentRepository(sp(SECRETARIAT)).create({
      title: 'Ny afdeling',
      kind: 'department',
      editors: [{ id: reader.Id, email: READER }],
      active: true
    });
    const attempt = goals(READER).create({
      agreementId: goalOfB.agreementId,
      departmentId: added.id,
      year: 2031,
      title: 'Første mål',
      sharedWithDepartmentIds: [],
      trackIds: [],
      policies: [],
      requirementIds: [],
      stage: 'draft',
      evidence: []
    });
    await expect(attempt).rejects.toMatchObject({ kind: 'notFound', message: expect.stringContaining('Afdelingen har endnu ingen mappe') });
    const services = createAppServices(sp(READER), { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, READER) });
    expect((await services.permissions()).canEditDepartment(added.id)).toBe(false);
    await syncDepartmentFolders(sp(OWNER), new StepRecorder(), { only: [added.id] });
    expect(
      (
        await createAppServices(sp(READER), { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, READER) }).permissions()
      ).canEditDepartment(added.id)
    ).toBe(true);
  });

  it("lets the site owner, not the secretariat, bring a department's access in step (only owners manage permissions)", async () => {
    const app = (login: string) => createAppServices(sp(login), { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, login) });
    await expect(app(SECRETARIAT).syncDepartmentAccess(a)).rejects.toBeTruthy();
    expect(await app(OWNER).syncDepartmentAccess(a)).toBe(0);
  });

  it('changes nothing when the sync or the provisioning runs again', async () => {
    const recorder = new StepRecorder();
    await syncDepartmentFolders(sp(OWNER), recorder);
    expect(recorder.report().changes).toEqual([]);
    const report = await provision(sp(OWNER));
    expect(report.changes).toEqual([]);
  });
});
