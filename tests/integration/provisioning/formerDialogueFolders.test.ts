// Issue 18: sites provisioned while Dialogues still had department folders (leader and editors
// Contribute there) get those folders back on the list's permissions on the next provisioning
// run: the dialogues inside stay, the holder can no longer write a dialogue, and a second run
// changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { provision } from '../../../src/data/provisioning';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { departmentFolderName, departmentFolderUrl } from '../../../src/data/repositories/departmentFolder';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const LEADER = 'leder.skanderborg@kommune.local';
const DIALOGUES_URL = `${SITE}/Lists/Dialogues`;

let emulator: TestEmulator;
const raw = (login: string): SPFI => rawSpForUser(emulator.siteUrl(SITE), login);

async function statusOf(run: () => Promise<unknown>): Promise<number | undefined> {
  try {
    await run();
  } catch (e) {
    return (e as { status?: number }).status ?? (e as { response?: { status?: number } }).response?.status;
  }
  return 200;
}

const dialogueForm = (agreementId: number, departmentId: number, title: string) => [
  { FieldName: 'Title', FieldValue: title },
  { FieldName: 'Agreement', FieldValue: String(agreementId) },
  { FieldName: 'Department', FieldValue: String(departmentId) },
  { FieldName: 'Year', FieldValue: '2023' }
];

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
}, 180000);

afterAll(async () => {
  await emulator?.close();
});

describe('Dialogues folders from the old provisioning', () => {
  it("puts them back on the list's permissions, keeps the dialogues inside, and then refuses the holder (403); a second run changes nothing", async () => {
    const owner = raw(OWNER);
    const department = (await new DepartmentRepository(owner).all()).find((d) => d.leader?.email === LEADER);
    expect(department).toBeDefined();
    const departmentId = department!.id;
    const agreement = (
      await owner.web.getList(`${SITE}/Lists/Agreements`).items.select('Id', 'DepartmentId').top(5000)<Array<{ Id: number; DepartmentId: number }>>()
    ).find((a) => a.DepartmentId === departmentId)!;
    const list = owner.web.getList(DIALOGUES_URL);
    // The old way: a department folder with its own permissions, the leader with Contribute.
    const name = departmentFolderName(departmentId);
    const created = await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: name }], DIALOGUES_URL, false, '', {
      leafName: name,
      objectType: 1
    });
    const folderId = Number(created.find((r) => r.FieldName === 'Id')?.FieldValue);
    await list.items.getById(folderId).breakRoleInheritance(true, false);
    const contribute = (await owner.web.roleDefinitions.select('Id', 'RoleTypeKind')<Array<{ Id: number; RoleTypeKind: number }>>()).find(
      (r) => r.RoleTypeKind === 3
    )!.Id;
    await list.items.getById(folderId).roleAssignments.add(department!.leader!.id!, contribute);
    const folderUrl = departmentFolderUrl(DIALOGUES_URL, departmentId);
    const mine = await raw(LEADER)
      .web.getList(DIALOGUES_URL)
      .addValidateUpdateItemUsingPath(dialogueForm(agreement.Id, departmentId, 'Holderens egen dialog'), folderUrl);
    expect(mine.filter((r) => r.HasException).map((r) => `${r.FieldName}: ${r.ErrorMessage}`)).toEqual([]);
    const dialogueId = Number(mine.find((r) => r.FieldName === 'Id')?.FieldValue);

    const report = await provision(owner);
    expect(report.steps.filter((s) => s.kind === 'permission' && s.target === `Dialogues/${name}`).map((s) => s.action)).toEqual(['updated']);
    expect((await list.items.getById(folderId).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(
      false
    );
    // The dialogue is still there, in its folder; the holder can no longer write one there or edit it.
    expect(await list.items.getById(dialogueId).select('Title', 'FileDirRef')<{ Title: string; FileDirRef: string }>()).toMatchObject({
      Title: 'Holderens egen dialog',
      FileDirRef: folderUrl
    });
    expect(
      await statusOf(() =>
        raw(LEADER)
          .web.getList(DIALOGUES_URL)
          .addValidateUpdateItemUsingPath(dialogueForm(agreement.Id, departmentId, 'Endnu en'), folderUrl)
      )
    ).toBe(403);
    expect(await statusOf(() => raw(LEADER).web.getList(DIALOGUES_URL).items.getById(dialogueId).update({ Title: 'Ændret' }))).toBe(403);

    const again = await provision(owner);
    expect(again.changes.filter((s) => s.target.startsWith('Dialogues/'))).toEqual([]);
  });
});
