// Issue 18: a site provisioned before CheckIns and Dialogues existed gets them, with their
// department folders, on the next provisioning run, and keeps everything it had.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { SCHEMA, type Schema } from '../../../src/data/schema';
import { provision } from '../../../src/data/provisioning';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { graphForUser, OWNER, rawSpForUser, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { createAppServices } from '../../../src/services/createAppServices';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { departmentFolderUrl } from '../../../src/data/repositories/departmentFolder';

const SITE = '/sites/skanderborg';
const BEFORE: Schema = { ...SCHEMA, lists: SCHEMA.lists.filter((l) => l.key !== 'CheckIns' && l.key !== 'Dialogues') };

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
}, 60000);

afterAll(async () => {
  await emulator?.close();
});

describe('provisioning onto a site from before issue 18', () => {
  it('shows the department view and the document without check-ins or dialogues until the provisioning runs again', async () => {
    const sp = spForUser(emulator.siteUrl(SITE), OWNER);
    await provision(sp, { schema: BEFORE });
    const department = await new DepartmentRepository(sp).create({ title: 'Staben', kind: 'staff', editors: [], active: true });
    await provision(sp, { schema: BEFORE });
    const app = createAppServices(sp, { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, OWNER) });
    const agreement = await app.createAgreement(department.id, 2023);
    expect((await app.loadDepartmentView(department.id, 2023)).checkIns).toEqual([]);
    expect((await app.loadAgreementDocument(agreement.id)).dialogues).toEqual([]);
    expect((await app.documents.loadYearDocuments(2023)).map((d) => d.dialogues)).toEqual([[]]);
    expect((await app.overview.load(2023)).latestCheckIns).toEqual([]);
  });

  it('adds the two lists and their department folders, keeps the departments, and changes nothing on a second run', async () => {
    const sp = spForUser(emulator.siteUrl(SITE), OWNER);
    await provision(sp, { schema: BEFORE });
    const editor = (await rawSpForUser(emulator.siteUrl(SITE), OWNER).web.ensureUser('redaktoer.skanderborg@kommune.local')) as unknown as { Id: number };
    const department = (await new DepartmentRepository(sp).all())[0];
    await new DepartmentRepository(sp).update(department, { editors: [{ id: editor.Id, email: 'redaktoer.skanderborg@kommune.local' }] });
    await provision(sp, { schema: BEFORE });

    const report = await provision(sp);
    const created = report.changes.filter((c) => c.action === 'created').map((c) => `${c.kind}:${c.target}`);
    // Substitutions (#17.3) is newer than such a site too: added by the same run.
    expect(created).toEqual(expect.arrayContaining(['list:CheckIns', 'list:Dialogues', 'list:Substitutions', `folder:CheckIns/afdeling-${department.id}`]));
    expect(created.some((c) => c.startsWith('list:') && !['CheckIns', 'Dialogues', 'Substitutions'].some((k) => c.endsWith(k)))).toBe(false);
    expect((await new DepartmentRepository(sp).all()).map((d) => d.title)).toEqual(['Staben']);
    expect((await provision(sp)).changes).toEqual([]);
  });

  it('fills DepartmentYear on check-ins written before the column, so the department view finds them, and changes nothing on a second run', async () => {
    // (The site already has the column from the test above: the schema without it adds nothing,
    // and the check-in below is written without a value, as before the column existed.)
    const sp = spForUser(emulator.siteUrl(SITE), OWNER);
    const withoutKey: Schema = {
      ...SCHEMA,
      lists: SCHEMA.lists.map((l) => (l.key === 'CheckIns' ? { ...l, fields: l.fields.filter((f) => f.name !== 'DepartmentYear') } : l))
    };
    await provision(sp, { schema: withoutKey });
    const department = await new DepartmentRepository(sp).create({ title: 'Kultur', kind: 'department', editors: [], active: true });
    await provision(sp, { schema: withoutKey });
    const app = createAppServices(sp, { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, OWNER) });
    const agreement = await app.createAgreement(department.id, 2024);
    const goal = await new GoalRepository(sp, SKANDERBORG_STAGES).create({
      agreementId: agreement.id,
      departmentId: department.id,
      year: 2024,
      title: 'Mål',
      sharedWithDepartmentIds: [],
      trackIds: [],
      policies: [],
      requirementIds: [],
      stage: 'draft',
      evidence: []
    });
    // A check-in as the product wrote it before the column: in the department's folder, no key.
    const url = `${SITE}/Lists/CheckIns`;
    await rawSpForUser(emulator.siteUrl(SITE), OWNER)
      .web.getList(url)
      .addValidateUpdateItemUsingPath(
        [
          { FieldName: 'Title', FieldValue: 'Bagud' },
          { FieldName: 'Goal', FieldValue: String(goal.id) },
          { FieldName: 'Department', FieldValue: String(department.id) },
          { FieldName: 'Year', FieldValue: '2024' },
          { FieldName: 'Status', FieldValue: 'behind' }
        ],
        departmentFolderUrl(url, department.id)
      );
    const report = await provision(sp);
    expect(report.changes.map((c) => `${c.kind}:${c.target}:${c.action}`)).toContain('field:CheckIns/DepartmentYear:updated');
    expect((await app.loadDepartmentView(department.id, 2024)).checkIns.map((c) => [c.goalId, c.status])).toEqual([[goal.id, 'behind']]);
    expect((await provision(sp)).changes).toEqual([]);
  });
});
