import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

// Removing what a test installation created: siteGroups.removeById and a custom permission level's
// DELETE, as SharePoint allows them (site owners only; built-in levels cannot be deleted).
let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: ['/sites/rm'] });
});
afterAll(() => emulator.close());

it('removes a group and a custom permission level for the owner, refuses others and the built-in levels', async () => {
  const sp = rawSpForUser(emulator.siteUrl('/sites/rm'), OWNER);
  const stranger = rawSpForUser(emulator.siteUrl('/sites/rm'), 'fremmed@kommune.local');
  const group = await sp.web.siteGroups.add({ Title: 'Midlertidig' });
  const role = (await sp.web.roleDefinitions.add('Midlertidigt niveau', '', 100, { High: 0, Low: 3 })).data;
  await expect(stranger.web.siteGroups.removeById(group.Id)).rejects.toMatchObject({ status: 403 });
  await expect(stranger.web.roleDefinitions.getById(role.Id).delete()).rejects.toMatchObject({ status: 403 });
  await sp.web.siteGroups.removeById(group.Id);
  await sp.web.roleDefinitions.getById(role.Id).delete();
  expect((await sp.web.siteGroups.select('Title')<Array<{ Title: string }>>()).map((g) => g.Title)).not.toContain('Midlertidig');
  expect((await sp.web.roleDefinitions.select('Name')<Array<{ Name: string }>>()).map((r) => r.Name)).not.toContain('Midlertidigt niveau');
  const readLevel = (await sp.web.roleDefinitions.select('Id', 'RoleTypeKind')<Array<{ Id: number; RoleTypeKind: number }>>()).find(
    (r) => r.RoleTypeKind === 2
  );
  await expect(sp.web.roleDefinitions.getById(readLevel?.Id ?? 0).delete()).rejects.toMatchObject({ status: 400 });
});
