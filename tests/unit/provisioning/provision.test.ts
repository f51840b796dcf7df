import { describe, expect, it } from '@jest/globals';
import { fieldId, listDef, type Schema } from '../../../src/data/schema';
import { FULL_SCHEMA as SCHEMA } from '../../../src/data/schema/fullSchema';
import { ProvisioningError, provision, type ProvisioningStep } from '../../../src/data/provisioning';
import { FakeSharePoint } from './fakeSharePoint';

describe('provision (against an in-memory SharePoint through real @pnp/sp)', () => {
  it('creates the eight lists at their URLs with Danish titles, fields, indexes and views', async () => {
    const site = new FakeSharePoint();
    const report = await provision(site.sp());
    expect(report.changed).toBe(true);
    expect(site.lists.map((l) => [l.url, l.Title, l.EnableVersioning])).toEqual(SCHEMA.lists.map((l) => [l.url, l.title, true]));
    for (const def of SCHEMA.lists) {
      const list = site.lists.find((l) => l.url === def.url);
      for (const f of def.fields) {
        const field = list?.fields.find((x) => x.InternalName === f.name);
        expect([def.key, f.name, field?.Title, field?.Indexed === true]).toEqual([def.key, f.name, f.displayName, f.indexed === true]);
      }
      for (const v of def.views) {
        expect(list?.views.find((x) => x.Title === v.title)?.fields).toEqual([...v.fields]);
      }
    }
  });

  it("creates lookups against the target list's GUID and names fields by their English Name", async () => {
    const site = new FakeSharePoint();
    await provision(site.sp());
    const goals = site.lists.find((l) => l.url === 'Lists/Goals');
    const agreements = site.lists.find((l) => l.url === 'Lists/Agreements');
    const lookup = goals?.fields.find((f) => f.InternalName === 'Agreement');
    expect(lookup?.SchemaXml).toContain(`List="{${agreements?.Id}}"`);
    expect(lookup?.SchemaXml).toContain(`ID="{${fieldId('Goals', 'Agreement')}}"`);
    const create = site.requests.find((r) => r.path.endsWith('/fields/createfieldasxml'));
    expect(JSON.parse(create?.body ?? '{}').parameters.Options).toBe(12);
  });

  it('changes nothing on a second run and reports so', async () => {
    const site = new FakeSharePoint();
    await provision(site.sp());
    const writesAfterFirst = site.writes().length;
    const second = await provision(site.sp());
    expect(second.changed).toBe(false);
    expect(second.changes).toEqual([]);
    expect(second.steps.every((s) => s.action === 'unchanged')).toBe(true);
    expect(site.writes().length).toBe(writesAfterFirst);
  });

  it('adds a field that was added to the schema, and only that', async () => {
    const site = new FakeSharePoint();
    await provision(site.sp());
    const goals = listDef(SCHEMA, 'Goals');
    const extended: Schema = {
      ...SCHEMA,
      lists: SCHEMA.lists.map((l) =>
        l.key === 'Goals'
          ? {
              ...goals,
              fields: [
                ...goals.fields,
                { type: 'Text' as const, name: 'Contact', displayName: 'Kontaktperson', description: 'Hvem man spørger.', maxLength: 255, indexed: true }
              ]
            }
          : l
      )
    };
    const report = await provision(site.sp(), { schema: extended });
    expect(report.changes).toEqual([
      { kind: 'field', target: 'Goals/Contact', action: 'created' },
      { kind: 'index', target: 'Goals/Contact', action: 'created' }
    ]);
  });

  it('sets up the groups, "Kun tilføj" and the append-only ApprovalLog', async () => {
    const site = new FakeSharePoint();
    await provision(site.sp());
    const groupId = (title: string) => site.groups.find((g) => g.Title === title)?.Id ?? -1;
    const addOnly = site.roleDefinitions.find((r) => r.Name === 'Kun tilføj');
    expect(addOnly?.BasePermissions).toEqual({ High: '176', Low: '134418531' });
    const log = site.lists.find((l) => l.url === 'Lists/ApprovalLog');
    expect(log?.unique).toBe(true);
    expect([...(log?.assignments.get(groupId('Udviklingsaftaler - Godkendere')) ?? [])]).toEqual([addOnly?.Id]);
    expect([...(log?.assignments.get(groupId('Udviklingsaftaler - Læsere')) ?? [])]).toEqual([1073741826]);
    expect([...(log?.assignments.get(3) ?? [])]).toEqual([1073741829]);
    expect(site.requests.some((r) => r.path.includes('breakroleinheritance(copyroleassignments=false, clearsubscopes=true)'))).toBe(true);
  });

  it('removes a role the schema does not give (a group with Contribute on the log)', async () => {
    const site = new FakeSharePoint();
    await provision(site.sp());
    const log = site.lists.find((l) => l.url === 'Lists/ApprovalLog');
    const approvers = site.groups.find((g) => g.Title === 'Udviklingsaftaler - Godkendere')?.Id ?? -1;
    log?.assignments.get(approvers)?.add(1073741827);
    const report = await provision(site.sp());
    expect(report.changes).toEqual([{ kind: 'permission', target: 'ApprovalLog: approvers', action: 'removed', detail: 'rolle 1073741827' }]);
    expect(log?.assignments.get(approvers)?.has(1073741827)).toBe(false);
  });

  it('reports progress step by step', async () => {
    const site = new FakeSharePoint();
    const seen: ProvisioningStep[] = [];
    const report = await provision(site.sp(), { onProgress: (s) => seen.push(s) });
    expect(seen).toEqual(report.steps);
    expect(seen[0]).toEqual({ kind: 'list', target: 'Strategies', action: 'created' });
  });

  it('can leave security alone', async () => {
    const site = new FakeSharePoint();
    const report = await provision(site.sp(), { skipSecurity: true });
    expect(report.steps.some((s) => s.kind === 'group' || s.kind === 'permission')).toBe(false);
    expect(site.lists.every((l) => !l.unique)).toBe(true);
  });

  it('turns a failed call into a ProvisioningError naming the step', async () => {
    const site = new FakeSharePoint();
    site.failOn = 'createfieldasxml';
    const failure = provision(site.sp());
    await expect(failure).rejects.toBeInstanceOf(ProvisioningError);
    await expect(failure).rejects.toMatchObject({ step: 'opret feltet Strategies/Year' });
  });
});

describe('provision: repairs', () => {
  it('indexes an existing column that lost its index, by field id', async () => {
    const site = new FakeSharePoint();
    await provision(site.sp());
    const goals = site.lists.find((l) => l.url === 'Lists/Goals');
    const stage = goals?.fields.find((f) => f.InternalName === 'Stage');
    if (!stage || !goals) throw new Error('Stage missing');
    stage.Indexed = false;
    const before = site.requests.length;
    const report = await provision(site.sp());
    expect(report.changes).toEqual([{ kind: 'index', target: 'Goals/Stage', action: 'created' }]);
    expect(stage.Indexed).toBe(true);
    const merge = site.requests.slice(before).filter((r) => r.method === 'MERGE');
    expect(merge.map((r) => [r.path, JSON.parse(r.body ?? '{}')])).toEqual([[`web/lists('${goals.Id}')/fields('${stage.Id}')`, { Indexed: true }]]);
  });

  it("puts a view's columns back and renames a list an admin renamed", async () => {
    const site = new FakeSharePoint();
    await provision(site.sp());
    const goals = site.lists.find((l) => l.url === 'Lists/Goals');
    const view = goals?.views.find((v) => v.Title === 'Alle mål');
    if (!goals || !view) throw new Error('view missing');
    view.fields = ['LinkTitle'];
    goals.Title = 'Mål (omdøbt)';
    const report = await provision(site.sp());
    expect(report.changes).toEqual([
      { kind: 'list', target: 'Goals', action: 'updated', detail: 'titel, beskrivelse eller versionering' },
      { kind: 'view', target: 'Goals: Alle mål', action: 'updated', detail: 'kolonner' }
    ]);
    expect(goals.Title).toBe('Udviklingsmål');
    expect(view.fields).toEqual(['Year', 'Department', 'Number', 'LinkTitle', 'Tracks', 'Stage', 'Outcome']);
  });

  it("restores a view's sort and row limit, and tolerates re-serialised CAML", async () => {
    const site = new FakeSharePoint();
    await provision(site.sp());
    const log = site.lists.find((l) => l.url === 'Lists/ApprovalLog');
    const view = log?.views.find((v) => v.Title === 'Seneste beslutninger');
    if (!view) throw new Error('view missing');
    view.ViewQuery = '<OrderBy><FieldRef Name="ID" /></OrderBy>';
    view.RowLimit = 5;
    const report = await provision(site.sp());
    expect(report.changes).toEqual([{ kind: 'view', target: 'ApprovalLog: Seneste beslutninger', action: 'updated', detail: 'forespørgsel' }]);
    expect(view.ViewQuery).toBe('<OrderBy><FieldRef Name="At" Ascending="FALSE"/></OrderBy>');
    expect((await provision(site.sp())).changed).toBe(false);
  });
});
