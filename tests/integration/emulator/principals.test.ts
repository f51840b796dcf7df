// The emulator refuses and grants as SharePoint does for principals: Entra ID groups as principals
// (they grant their members what they hold, but SharePoint never lists those members), the Graph
// endpoint that expands them, and OnlyAllowMembersViewMembership. Raw @pnp/sp over HTTP.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { graphForUser, OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { transitiveMemberUpns } from '../../../src/data/graph/groupMembers';
import { isGraphError } from '../../../src/data/graph/graphClient';

const SITE = '/sites/test';
const SECURITY = {
  id: '11111111-2222-4333-8444-555555555555',
  displayName: 'SG-Ledere',
  kind: 'security' as const,
  members: ['anna@kommune.local'],
  memberGroups: ['99999999-2222-4333-8444-555555555555']
};
const NESTED = { id: '99999999-2222-4333-8444-555555555555', displayName: 'SG-Nye-ledere', kind: 'security' as const, members: ['bo@kommune.local'] };
const M365 = { id: 'aaaaaaaa-2222-4333-8444-555555555555', displayName: 'Direktionen', kind: 'microsoft365' as const, members: ['carl@kommune.local'] };

let emulator: TestEmulator;
let owner: SPFI;
let groupId: number;
let readId: number;
const as = (login: string): SPFI => rawSpForUser(emulator.siteUrl(SITE), login);

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
  owner = as(OWNER);
  for (const g of [SECURITY, NESTED, M365]) emulator.control.putEntraGroup(g);
  groupId = (await owner.web.siteGroups.add({ Title: 'Ledere' })).Id;
  await owner.web.siteGroups.getById(groupId).users.add(`c:0t.c|tenant|${SECURITY.id}`);
  await owner.web.siteGroups.getById(groupId).users.add('dorte@kommune.local');
  // The group reads the site; Erik reads it on his own (no member of the group).
  readId = ((await owner.web.roleDefinitions.getByType(2)()) as { Id: number }).Id;
  await owner.web.roleAssignments.add(groupId, readId);
  await owner.web.roleAssignments.add((await owner.web.ensureUser('erik@kommune.local')).Id, readId);
});

afterAll(() => emulator.close());

describe('Entra ID groups as principals', () => {
  it('are principals of PrincipalType 4 named by their claim, listed as themselves, never expanded', async () => {
    const principal = await owner.web.ensureUser(`c:0o.c|federateddirectoryclaimprovider|${M365.id}`);
    expect(principal).toMatchObject({ PrincipalType: 4, Title: 'Direktionen', LoginName: `c:0o.c|federateddirectoryclaimprovider|${M365.id}` });
    const members = await owner.web.siteGroups.getById(groupId).users<Array<{ LoginName: string; PrincipalType: number }>>();
    expect(members.map((m) => [m.LoginName, m.PrincipalType])).toEqual([
      [`c:0t.c|tenant|${SECURITY.id}`, 4],
      ['i:0#.f|membership|dorte@kommune.local', 1]
    ]);
    // currentUser/groups: direct memberships only.
    expect(await as('anna@kommune.local').web.currentUser.groups()).toEqual([]);
    expect((await as('dorte@kommune.local').web.currentUser.groups()).map((g: { Title: string }) => g.Title)).toEqual(['Ledere']);
    // A claim for a group the directory does not have is no principal.
    await expect(owner.web.ensureUser('c:0t.c|tenant|00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 });
  });

  it('grant their members, nested groups included, what the group holds; nobody signs in as a group', async () => {
    const list = await owner.web.lists.add('Beslutninger', '', 100, false);
    const spList = owner.web.lists.getById(list.Id);
    await spList.breakRoleInheritance(false, true);
    await spList.roleAssignments.add(groupId, readId);
    for (const login of ['anna@kommune.local', 'bo@kommune.local', 'dorte@kommune.local']) {
      const l = as(login).web.lists.getById(list.Id);
      expect([login, l.hasPermissions(await l.getCurrentUserEffectivePermissions(), PermissionKind.ViewListItems)]).toEqual([login, true]);
    }
    const reader = as('erik@kommune.local').web.lists.getById(list.Id);
    expect(reader.hasPermissions(await reader.getCurrentUserEffectivePermissions(), PermissionKind.ViewListItems)).toBe(false);
    // Carl holds nothing anywhere on the site: every request is refused.
    await expect(as('carl@kommune.local').web.lists.getById(list.Id).getCurrentUserEffectivePermissions()).rejects.toMatchObject({ status: 403 });
    await expect(as(`c:0t.c|tenant|${SECURITY.id}`).web()).rejects.toMatchObject({ status: 401 });
  });
});

describe('Graph: /v1.0/groups/{id}/transitiveMembers/microsoft.graph.user', () => {
  it('lists the users of the group and of its nested groups, page by page', async () => {
    expect((await transitiveMemberUpns(graphForUser(emulator.url, 'dorte@kommune.local'), SECURITY.id)).sort()).toEqual([
      'anna@kommune.local',
      'bo@kommune.local'
    ]);
    const page = await graphForUser(emulator.url, 'dorte@kommune.local').get<{ value: unknown[]; '@odata.nextLink'?: string }>(
      `/groups/${SECURITY.id}/transitiveMembers/microsoft.graph.user?$top=1`
    );
    expect([page.value.length, page['@odata.nextLink']?.includes('/v1.0/groups/')]).toEqual([1, true]);
  });

  it('answers 403 Authorization_RequestDenied while GroupMember.Read.All is not approved, and 404 for an unknown group', async () => {
    emulator.control.setGroupMemberReadGranted(false);
    const refused = await transitiveMemberUpns(graphForUser(emulator.url, 'dorte@kommune.local'), SECURITY.id).catch((e: unknown) => e);
    emulator.control.setGroupMemberReadGranted(true);
    expect(isGraphError(refused) && [refused.status, refused.code]).toEqual([403, 'Authorization_RequestDenied']);
    const unknown = await transitiveMemberUpns(graphForUser(emulator.url, 'dorte@kommune.local'), '00000000-0000-4000-8000-000000000000').catch(
      (e: unknown) => e
    );
    expect(isGraphError(unknown) && unknown.status).toBe(404);
  });
});

describe('Limited Access', () => {
  it('only for principals that hold a grant somewhere below: a list grant opens the site, no grant opens nothing', async () => {
    const list = await owner.web.lists.add('Delt liste', '', 100, false);
    const spList = owner.web.lists.getById(list.Id);
    await spList.breakRoleInheritance(false, true);
    await expect(as('frida@kommune.local').web()).rejects.toMatchObject({ status: 403 });
    const frida = (await owner.web.ensureUser('frida@kommune.local')).Id;
    await spList.roleAssignments.add(frida, readId);
    const onWeb = await as('frida@kommune.local').web.getCurrentUserEffectivePermissions();
    expect(owner.web.hasPermissions(onWeb, PermissionKind.Open)).toBe(true);
    expect(await as('frida@kommune.local').web.lists.getById(list.Id).items()).toEqual([]);
    await spList.roleAssignments.remove(frida, readId);
    await expect(as('frida@kommune.local').web()).rejects.toMatchObject({ status: 403 });
  });
});

describe('OnlyAllowMembersViewMembership', () => {
  it('a group made through the API shows its members to its members and the site owners only (403 otherwise), until set false', async () => {
    expect(await owner.web.siteGroups.getById(groupId).select('OnlyAllowMembersViewMembership')()).toMatchObject({ OnlyAllowMembersViewMembership: true });
    await expect(as('erik@kommune.local').web.siteGroups.getById(groupId).users()).rejects.toMatchObject({ status: 403 });
    expect(await as('dorte@kommune.local').web.siteGroups.getById(groupId).users()).toHaveLength(2);
    // A member through an Entra ID group is a member.
    expect(await as('bo@kommune.local').web.siteGroups.getById(groupId).users()).toHaveLength(2);
    await expect(as('erik@kommune.local').web.siteGroups.getById(groupId).update({ OnlyAllowMembersViewMembership: false })).rejects.toMatchObject({
      status: 403
    });
    await owner.web.siteGroups.getById(groupId).update({ OnlyAllowMembersViewMembership: false });
    expect(await as('erik@kommune.local').web.siteGroups.getById(groupId).users()).toHaveLength(2);
  });
});
