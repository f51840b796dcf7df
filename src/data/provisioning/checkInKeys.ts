// Check-ins written before the CheckIns list had its DepartmentYear column (src/data/schema/
// listFollowUp.ts) get it on the next provisioning run: the department view finds a department's
// check-ins of a year by that column alone, so one without it would not count there. Idempotent:
// only items without the right value are written, 100 to a $batch.
//
// REST, relative to <site>/_api/:
//   GET  web/getList('…/Lists/CheckIns')/items?$select=Id,DepartmentId,Year,DepartmentYear&$top=5000
//        (no filter: paging a large list by id stays within the list view threshold; next pages by odata.nextLink)
//   POST $batch of MERGE web/getList('…')/items(id) { DepartmentYear }
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { Schema } from '../schema';
import { readAll } from '../repositories/paging';
import { CHECK_IN, departmentYearKey } from '../repositories/mappers/followUpMappers';
import { attempt, type StepRecorder } from './report';

const BATCH = 100;

export async function fillCheckInKeys(sp: SPFI, schema: Schema, recorder: StepRecorder): Promise<void> {
  const def = schema.lists.find((l) => l.key === 'CheckIns');
  if (def === undefined || !def.fields.some((f) => f.name === CHECK_IN.departmentYear)) return;
  const web = await attempt('læs webstedets adresse', () => sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>());
  const listUrl = `${web.ServerRelativeUrl.replace(/\/+$/, '')}/${def.url}`;
  const department = `${CHECK_IN.department}Id`;
  const rows = await attempt(`læs statusmeldinger i ${def.key}`, () =>
    readAll(sp.web.getList(listUrl).items, { indexedField: 'ID', select: ['Id', department, CHECK_IN.year, CHECK_IN.departmentYear], lookupCount: 0 })
  );
  const missing = rows.flatMap((r) => {
    const departmentId = r[department];
    const year = r[CHECK_IN.year];
    if (typeof departmentId !== 'number' || typeof year !== 'number') return [];
    const key = departmentYearKey(departmentId, year);
    return r[CHECK_IN.departmentYear] === key ? [] : [{ id: Number(r.Id), key }];
  });
  for (let i = 0; i < missing.length; i += BATCH) {
    const part = missing.slice(i, i + BATCH);
    const [batched, execute] = sp.batched();
    const list = batched.web.getList(listUrl);
    const writes = part.map((m) => list.items.getById(m.id).update({ [CHECK_IN.departmentYear]: m.key }));
    await attempt(`udfyld ${CHECK_IN.departmentYear} på ${part.length} statusmeldinger`, async () => {
      await execute();
      await Promise.all(writes);
    });
  }
  if (missing.length > 0)
    recorder.record({ kind: 'field', target: `${def.key}/${CHECK_IN.departmentYear}`, action: 'updated', detail: `${missing.length} statusmeldinger` });
}
