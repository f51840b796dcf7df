// What the UI offers comes from SharePoint: the app services' site check and permissions against
// the emulator through the real @pnp/sp client, for the seeded Skanderborg users.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { createAppServices } from '../../../src/services/createAppServices';
import type { AppServices } from '../../../src/services/AppServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const READER = 'medarbejder.skanderborg@kommune.local';

let emulator: TestEmulator;
let ownDepartment: number;
let otherDepartment: number;

const sp = (login: string): SPFI => spForUser(emulator.siteUrl(SITE), login);
const services = (login: string): AppServices =>
  createAppServices(sp(login), { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, login) });

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  const departments = await new DepartmentRepository(sp(OWNER)).all();
  ownDepartment = departments.find((d) => d.title === 'Staben Økonomi, Innovation og IT')!.id;
  otherDepartment = departments.find((d) => d.title === 'HR staben')!.id;
}, 180000);

afterAll(async () => {
  await emulator?.close();
});

describe('permissions from SharePoint', () => {
  it('an editor may create goals and edit their own department only', async () => {
    const p = await services(EDITOR).permissions();
    expect(p.groups).toContain('editors');
    expect(p.isSiteOwner).toBe(false);
    expect(p.canCreateGoals).toBe(true);
    expect(p.canEditDepartment(ownDepartment)).toBe(true);
    expect(p.canEditDepartment(otherDepartment)).toBe(false);
  });

  it('a reader may do nothing but read', async () => {
    const p = await services(READER).permissions();
    expect(p.canCreateGoals).toBe(false);
    expect(p.canEditDepartment(ownDepartment)).toBe(false);
    expect((await services(READER).siteSetup()).canProvision).toBe(false);
  });

  it('the owner may provision and edit everywhere', async () => {
    const owner = services(OWNER);
    expect(await owner.siteSetup()).toEqual({ missingLists: [], canProvision: true });
    const p = await owner.permissions();
    expect(p.isSiteOwner).toBe(true);
    expect(p.canEditDepartment(otherDepartment)).toBe(true);
  });

  it("reads the user's web permissions once for the site check and the permissions together", async () => {
    const editor = services(EDITOR);
    await editor.currentUser(); // departments and the user are read once per page view anyway
    const before = emulator.control.requestCount();
    await editor.siteSetup();
    await editor.permissions();
    // Site check: lists, web permissions. Permissions: the groups' members (one $batch), Graph's
    // members of the Entra ID group in the approvers' group, those members' site users (one
    // $batch), the Goals list's department folders' permissions.
    expect(emulator.control.requestCount() - before).toBe(6);
  });
});

describe('membership through an Entra ID group (issue #14.5)', () => {
  const APPROVER = 'godkender.skanderborg@kommune.local';

  it("SharePoint lists the Entra ID group, not its members; the approver still gets the approvers' group", async () => {
    const members = await sp(READER).web.siteGroups.getByName('Udviklingsaftaler - Godkendere').users.select('LoginName', 'PrincipalType')<
      Array<{ LoginName: string; PrincipalType: number }>
    >();
    expect(members.map((m) => [m.LoginName, m.PrincipalType])).toEqual([['c:0t.c|tenant|5b0c7e1a-3d2f-4c8e-9a41-0d6f2b7c9e11', 4]]);
    expect(await sp(APPROVER).web.currentUser.groups.select('Title')()).toEqual([]);
    const p = await services(APPROVER).permissions();
    expect([p.groups, p.membershipProblems]).toEqual([['approvers'], []]);
  });

  it('says in Danish when Graph refuses (permission not approved), instead of silently dropping the members', async () => {
    emulator.control.setGroupMemberReadGranted(false);
    try {
      const p = await services(APPROVER).permissions();
      expect(p.groups).toEqual([]);
      expect(p.membershipProblems).toEqual([
        'Medlemmerne af Entra ID-gruppen »SG-Direktionen-Skanderborg« i »Udviklingsaftaler - Godkendere« kan ikke læses, fordi appens tilladelse ' +
          'GroupMember.Read.All til Microsoft Graph ikke er godkendt (SharePoint Admin Center, API-adgang). Indtil da får de ikke gruppens handlinger, ' +
          'og deres beslutninger vises som ikke verificeret.'
      ]);
    } finally {
      emulator.control.setGroupMemberReadGranted(true);
    }
  });
});
