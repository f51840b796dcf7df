// Folders in lists and item-level permissions in the emulator, as SharePoint Online has them,
// through the real @pnp/sp client: AddValidateUpdateItemUsingPath (items and folders), /items
// returning every folder's items and the folders (FSObjType, ContentTypeId 0x0120, FileDirRef,
// FileRef), an item inheriting its folder's scope, breakroleinheritance with and without copying,
// role assignments on items, reads trimmed by scope.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { createTestList } from './setup';

const SITE = '/sites/test';
const LIST_URL = `${SITE}/Lists/Testliste`;
const USER = 'bruger@kommune.local';
const CONTRIBUTE = 1073741827;
const READ = 1073741826;

let emulator: TestEmulator;
let owner: SPFI;
let user: SPFI;
let userId: number;
let folderId: number;

const status = async (run: () => Promise<unknown>): Promise<number> => {
  try {
    await run();
    return 200;
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
};

async function addIn(
  sp: SPFI,
  folder: string,
  values: Array<{ FieldName: string; FieldValue: string }>,
  more?: { leafName: string; objectType: 1 }
): Promise<Array<{ FieldName: string; FieldValue: string; HasException: boolean; ErrorMessage: string | null }>> {
  return sp.web.getList(LIST_URL).addValidateUpdateItemUsingPath(values, folder, false, '', more) as never;
}

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
  owner = rawSpForUser(emulator.siteUrl(SITE), OWNER);
  user = rawSpForUser(emulator.siteUrl(SITE), USER);
  await createTestList(owner);
  userId = ((await owner.web.ensureUser(USER)) as unknown as { Id: number }).Id;
  // The user reads the list (its own scope), no more.
  const list = owner.web.getList(LIST_URL);
  await list.breakRoleInheritance(true, false);
  await list.roleAssignments.add(userId, READ);
  const made = await addIn(owner, LIST_URL, [{ FieldName: 'Title', FieldValue: 'afdeling-1' }], { leafName: 'afdeling-1', objectType: 1 });
  folderId = Number(made.find((r) => r.FieldName === 'Id')?.FieldValue);
});

afterAll(() => emulator.close());

describe('folders in lists', () => {
  it('creates a folder and an item in it; /items returns both, with FSObjType, ContentTypeId and paths', async () => {
    const made = await addIn(owner, `${LIST_URL}/afdeling-1`, [
      { FieldName: 'Title', FieldValue: 'I mappen' },
      { FieldName: 'Year', FieldValue: '2.024' }
    ]);
    const id = Number(made.find((r) => r.FieldName === 'Id')?.FieldValue);
    const rows = await owner.web.getList(LIST_URL).items.select('Id', 'Title', 'FSObjType', 'FileDirRef', 'FileRef', 'FileLeafRef', 'ContentTypeId', 'Year')<
      Array<Record<string, unknown>>
    >();
    expect(rows.find((r) => r.Id === folderId)).toMatchObject({
      FSObjType: 1,
      FileLeafRef: 'afdeling-1',
      FileDirRef: LIST_URL,
      FileRef: `${LIST_URL}/afdeling-1`,
      ContentTypeId: '0x0120'
    });
    // Form values are parsed with the web's (Danish) regional settings: "2.024" is 2024.
    expect(rows.find((r) => r.Id === id)).toMatchObject({
      FSObjType: 0,
      Title: 'I mappen',
      FileDirRef: `${LIST_URL}/afdeling-1`,
      FileRef: `${LIST_URL}/afdeling-1/${id}_.000`,
      Year: 2024
    });
    const folders = await owner.web.getList(LIST_URL).rootFolder.folders.select('Name', 'ListItemAllFields/Id').expand('ListItemAllFields')<
      Array<{ Name: string; ListItemAllFields: { Id: number } }>
    >();
    expect(folders).toEqual([expect.objectContaining({ Name: 'afdeling-1', ListItemAllFields: expect.objectContaining({ Id: folderId }) })]);
  });

  it('commits nothing when a form value fails, and refuses a folder that is missing or already there', async () => {
    const before = (await owner.web.getList(LIST_URL).items()).length;
    const result = await addIn(owner, `${LIST_URL}/afdeling-1`, [
      { FieldName: 'Title', FieldValue: 'Forkert' },
      { FieldName: 'Year', FieldValue: 'tyve' }
    ]);
    expect(result.find((r) => r.FieldName === 'Year')?.HasException).toBe(true);
    expect(result.some((r) => r.FieldName === 'Id')).toBe(false);
    expect((await owner.web.getList(LIST_URL).items()).length).toBe(before);
    expect(await status(() => addIn(owner, `${LIST_URL}/findes-ikke`, [{ FieldName: 'Title', FieldValue: 'x' }]))).toBe(404);
    expect(await status(() => addIn(owner, LIST_URL, [{ FieldName: 'Title', FieldValue: 'afdeling-1' }], { leafName: 'afdeling-1', objectType: 1 }))).toBe(409);
  });

  it('never moves an item by writing its path columns', async () => {
    const [row] = await owner.web.getList(LIST_URL).items.filter("Title eq 'I mappen'")<Array<{ Id: number }>>();
    expect(await status(() => owner.web.getList(LIST_URL).items.getById(row.Id).update({ FileDirRef: LIST_URL }))).toBe(400);
  });
});

describe('item and folder permissions', () => {
  it("an item inherits its folder's unique scope; adding to an inheriting item is refused", async () => {
    const folder = owner.web.getList(LIST_URL).items.getById(folderId);
    expect(await status(() => folder.roleAssignments.add(userId, CONTRIBUTE))).toBe(400);
    expect(await status(() => addIn(user, `${LIST_URL}/afdeling-1`, [{ FieldName: 'Title', FieldValue: 'Før' }]))).toBe(403);

    await folder.breakRoleInheritance(true, false);
    expect((await folder.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    await folder.roleAssignments.add(userId, CONTRIBUTE);
    const made = await addIn(user, `${LIST_URL}/afdeling-1`, [{ FieldName: 'Title', FieldValue: 'Brugerens' }]);
    const id = Number(made.find((r) => r.FieldName === 'Id')?.FieldValue);
    await user.web.getList(LIST_URL).items.getById(id).update({ Title: 'Brugerens, rettet' });
    // The list's root keeps the list's scope: Read only.
    expect(await status(() => user.web.getList(LIST_URL).items.add({ Title: 'I roden' }))).toBe(403);
    const rows = await folder.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')<
      Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number }> }>
    >();
    expect(
      rows
        .find((r) => r.PrincipalId === userId)
        ?.RoleDefinitionBindings.map((b) => b.Id)
        .sort()
    ).toEqual([READ, CONTRIBUTE].sort());

    await folder.roleAssignments.remove(userId, CONTRIBUTE);
    expect(await status(() => user.web.getList(LIST_URL).items.getById(id).update({ Title: 'Igen' }))).toBe(403);
    expect(await status(() => user.web.getList(LIST_URL).items.getById(id).delete())).toBe(403);
  });

  it("only who may manage permissions changes them, on the item's own scope", async () => {
    const folder = user.web.getList(LIST_URL).items.getById(folderId);
    expect(await status(() => folder.roleAssignments.add(userId, CONTRIBUTE))).toBe(403);
    expect(await status(() => folder.breakRoleInheritance(false, false))).toBe(403);
    expect(await status(() => folder.resetRoleInheritance())).toBe(403);
  });

  it('trims reads to what the user may see', async () => {
    const folder = owner.web.getList(LIST_URL).items.getById(folderId);
    await folder.roleAssignments.remove(userId, READ);
    const seen = await user.web.getList(LIST_URL).items.select('Id', 'FileDirRef')<Array<{ Id: number; FileDirRef: string }>>();
    expect(seen.some((r) => r.Id === folderId || r.FileDirRef === `${LIST_URL}/afdeling-1`)).toBe(false);
    const [inside] = await owner.web.getList(LIST_URL).items.filter("Title eq 'I mappen'")<Array<{ Id: number }>>();
    expect(await status(() => user.web.getList(LIST_URL).items.getById(inside.Id)())).toBe(403);
    // Without copying, only the caller keeps (full) control of a newly broken scope.
    await folder.resetRoleInheritance();
    expect((await user.web.getList(LIST_URL).items.select('Id')<Array<{ Id: number }>>()).some((r) => r.Id === inside.Id)).toBe(true);
    await folder.breakRoleInheritance(false, false);
    const rows = await folder.roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>();
    expect(rows.map((r) => r.PrincipalId)).toEqual([1]);
  });
});
