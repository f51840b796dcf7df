// Provisioning against the emulator through the real @pnp/sp client over HTTP: the lists, fields,
// indexes, views and security appear, and a second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { SCHEMA, listDef, type Schema } from '../../../src/data/schema';
import { provision, type ProvisioningReport } from '../../../src/data/provisioning';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';

describe('provision against the emulator', () => {
  let emulator: TestEmulator;
  let first: ProvisioningReport;

  beforeAll(async () => {
    emulator = await startTestEmulator({ sites: [SITE] });
    first = await provision(rawSpForUser(emulator.siteUrl(SITE), OWNER));
  });

  afterAll(async () => {
    await emulator.close();
  });

  it('creates the eight lists at their URLs with Danish titles', async () => {
    expect(first.changed).toBe(true);
    const sp = rawSpForUser(emulator.siteUrl(SITE), OWNER);
    for (const def of SCHEMA.lists) {
      const list = await sp.web.getList(`${SITE}/${def.url}`).select('Title')<{ Title: string }>();
      expect([def.key, list.Title]).toEqual([def.key, def.title]);
    }
  });

  it('creates every field with its internal name, display name and index', async () => {
    const sp = rawSpForUser(emulator.siteUrl(SITE), OWNER);
    for (const def of SCHEMA.lists) {
      const fields = await sp.web.getList(`${SITE}/${def.url}`).fields.select('InternalName', 'Title', 'Indexed')<
        Array<{ InternalName: string; Title: string; Indexed: boolean }>
      >();
      for (const f of def.fields) {
        const found = fields.find((x) => x.InternalName === f.name);
        expect([def.key, f.name, found?.Title, found?.Indexed === true]).toEqual([def.key, f.name, f.displayName, f.indexed === true]);
      }
    }
  });

  it('creates the views with their columns', async () => {
    const sp = rawSpForUser(emulator.siteUrl(SITE), OWNER);
    const goals = sp.web.getList(`${SITE}/Lists/Goals`);
    const views = await goals.views.select('Id', 'Title')<Array<{ Id: string; Title: string }>>();
    for (const v of listDef(SCHEMA, 'Goals').views) {
      const view = views.find((x) => x.Title === v.title);
      expect(view).toBeDefined();
      const fields = await goals.views.getById(view?.Id ?? '').fields<{ Items: string[] }>();
      expect(fields.Items).toEqual([...v.fields]);
    }
  });

  it('creates the groups and makes the ApprovalLog add-only for approvers', async () => {
    const sp = rawSpForUser(emulator.siteUrl(SITE), OWNER);
    const groups = await sp.web.siteGroups.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
    for (const g of SCHEMA.groups) {
      expect(groups.map((x) => x.Title)).toContain(g.title);
    }
    const roles = await sp.web.roleDefinitions.select('Id', 'Name')<Array<{ Id: number; Name: string }>>();
    const addOnly = roles.find((r) => r.Name === 'Kun tilføj');
    const approvers = groups.find((g) => g.Title === 'Udviklingsaftaler - Godkendere');
    const assignments = await sp.web
      .getList(`${SITE}/Lists/ApprovalLog`)
      .roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id')
      .expand('RoleDefinitionBindings')<Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number }> }>>();
    const forApprovers = assignments.find((a) => a.PrincipalId === approvers?.Id);
    expect(forApprovers?.RoleDefinitionBindings.map((b) => b.Id)).toEqual([addOnly?.Id]);
  });

  it('changes nothing on a second run and reports so', async () => {
    const second = await provision(rawSpForUser(emulator.siteUrl(SITE), OWNER));
    expect(second.changes).toEqual([]);
    expect(second.changed).toBe(false);
  });

  it('adds a field that was added to the schema', async () => {
    const goals = listDef(SCHEMA, 'Goals');
    const extended: Schema = {
      ...SCHEMA,
      lists: SCHEMA.lists.map((l) =>
        l.key === 'Goals'
          ? {
              ...goals,
              fields: [
                ...goals.fields,
                { type: 'Text' as const, name: 'Contact', displayName: 'Kontaktperson', description: 'Hvem man spørger.', maxLength: 255 }
              ]
            }
          : l
      )
    };
    const report = await provision(rawSpForUser(emulator.siteUrl(SITE), OWNER), { schema: extended });
    expect(report.changes).toEqual([{ kind: 'field', target: 'Goals/Contact', action: 'created' }]);
  });

  it('lets an approver add a log entry but not edit or delete it, and a reader only read it', async () => {
    const owner = rawSpForUser(emulator.siteUrl(SITE), OWNER);
    const approver = 'godkender@kommune.local';
    const reader = 'medarbejder@kommune.local';
    await owner.web.ensureUser(approver);
    await owner.web.ensureUser(reader);
    await owner.web.siteGroups.getByName('Udviklingsaftaler - Godkendere').users.add(approver);
    await owner.web.siteGroups.getByName('Udviklingsaftaler - Læsere').users.add(reader);

    const asApprover = rawSpForUser(emulator.siteUrl(SITE), approver).web.getList(`${SITE}/Lists/ApprovalLog`);
    const users = await owner.web.siteUsers.select('Id', 'LoginName', 'Email')<Array<{ Id: number; LoginName: string; Email: string }>>();
    const actorId = users.find((u) => u.Email === approver || u.LoginName.endsWith(approver))?.Id;
    const added = await asApprover.items.add({
      Title: 'Godkendt: mål 1',
      TargetList: 'Goals',
      TargetId: 1,
      FromStage: 'boardApproval',
      ToStage: 'approved',
      Decision: 'approved',
      ActorId: actorId,
      At: '2023-01-15T10:00:00Z'
    });
    const id = (added as { Id?: number; ID?: number }).Id ?? (added as { ID?: number }).ID ?? 0;
    expect(id).toBeGreaterThan(0);
    await expect(asApprover.items.getById(id).update({ Comment: 'rettet' })).rejects.toMatchObject({ status: 403 });
    await expect(asApprover.items.getById(id).delete()).rejects.toMatchObject({ status: 403 });

    const asReader = rawSpForUser(emulator.siteUrl(SITE), reader).web.getList(`${SITE}/Lists/ApprovalLog`);
    const read = await asReader.items.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
    expect(read.map((r) => r.Title)).toContain('Godkendt: mål 1');
    await expect(
      asReader.items.add({ Title: 'x', TargetList: 'Goals', TargetId: 1, FromStage: 'a', ToStage: 'b', Decision: 'approved', At: '2023-01-15T10:00:00Z' })
    ).rejects.toMatchObject({ status: 403 });
  });
});
