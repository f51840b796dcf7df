// Issue #14.6/#14.7 against the emulator: a data site that is a subsite inheriting its permission
// levels (SharePoint refuses roleDefinitions.add there), breaking inheritance without copying
// leaves the caller an assignment (removed again), and the groups show their members to everyone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/sites';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { ADD_ONLY_ROLE, GROUPS, SCHEMA } from '../../../src/data/schema';
import { provision } from '../../../src/data/provisioning';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const ROOT = '/sites/kommune';
const DATA = '/sites/kommune/udviklingsaftaler';

let emulator: TestEmulator;
const sp = (login = OWNER) => rawSpForUser(emulator.siteUrl(DATA), login);

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [ROOT, DATA] });
});

afterAll(() => emulator.close());

describe('a data site that is a subsite', () => {
  it('refuses roleDefinitions.add on the subsite, as SharePoint does when it inherits permission levels', async () => {
    const refused = await sp()
      .web.roleDefinitions.add('Prøve', '', 100, { High: 0, Low: 1 })
      .then(
        () => undefined,
        (e: unknown) => e
      );
    expect(refused).toMatchObject({ status: 400 });
    expect(String((refused as Error).message)).toMatch(/inherits permission levels from a parent site/);
  });

  it('provisioning creates "Kun tilføj" on the root web, and the subsite uses it', async () => {
    await provision(sp());
    const onRoot = await rawSpForUser(emulator.siteUrl(ROOT), OWNER).web.roleDefinitions.getByName(ADD_ONLY_ROLE.name)();
    const onData = await sp().web.roleDefinitions.getByName(ADD_ONLY_ROLE.name)();
    expect(onData.Id).toBe(onRoot.Id);
    const log = await sp()
      .web.getList(`${DATA}/Lists/ApprovalLog`)
      .roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id')
      .expand('RoleDefinitionBindings')<Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number }> }>>();
    const approvers = (await sp().web.siteGroups.getByName(GROUPS.find((g) => g.key === 'approvers')!.title)()).Id;
    expect(log.find((a) => a.PrincipalId === approvers)?.RoleDefinitionBindings.map((b) => b.Id)).toEqual([onRoot.Id]);
    // A second run changes nothing.
    expect((await provision(sp())).changed).toBe(false);
  });

  it("removes the provisioning user's own assignment that breaking inheritance left on every list it broke", async () => {
    const me = (await sp().web.currentUser.select('Id')()).Id;
    for (const list of SCHEMA.lists) {
      const assignments = await sp().web.getList(`${DATA}/${list.url}`).roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>();
      expect([list.key, assignments.some((a) => a.PrincipalId === me)]).toEqual([list.key, false]);
    }
  });

  it("lets everyone see who is in the product's groups (OnlyAllowMembersViewMembership=false)", async () => {
    // Someone who reads the site and is in none of the deciding groups.
    await sp().web.ensureUser('someone@kommune.local');
    await sp()
      .web.siteGroups.getByName(GROUPS.find((g) => g.key === 'readers')!.title)
      .users.add('someone@kommune.local');
    for (const g of GROUPS) {
      const group = await sp().web.siteGroups.getByName(g.title).select('OnlyAllowMembersViewMembership')<{ OnlyAllowMembersViewMembership: boolean }>();
      expect([g.key, group.OnlyAllowMembersViewMembership]).toEqual([g.key, false]);
      await expect(sp('someone@kommune.local').web.siteGroups.getByName(g.title).users()).resolves.toBeInstanceOf(Array);
    }
  });
});

describe('breakRoleInheritance without copying', () => {
  it("leaves exactly the caller's assignment, as SharePoint does", async () => {
    const list = await rawSpForUser(emulator.siteUrl(ROOT), OWNER).web.lists.add('Prøveliste', '', 100, false);
    const spList = rawSpForUser(emulator.siteUrl(ROOT), OWNER).web.lists.getById(list.Id);
    await spList.breakRoleInheritance(false, true);
    const me = (await rawSpForUser(emulator.siteUrl(ROOT), OWNER).web.currentUser.select('Id')()).Id;
    expect((await spList.roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>()).map((a) => a.PrincipalId)).toEqual([me]);
  });
});
