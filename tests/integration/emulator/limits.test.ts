import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { addItems, createTestList } from './setup';
import { AddFieldOptions } from '@pnp/sp/fields';

// SharePoint's limits, with its status codes and error bodies, and its permission checks.
let emulator: TestEmulator;
let sp: SPFI;
let list: { id: string; departments: string };
const THROTTLED = /exceeds the list view threshold/;

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: ['/sites/test'] });
  sp = rawSpForUser(emulator.siteUrl('/sites/test'), OWNER);
  list = await createTestList(sp, 'Store');
  await addItems(sp, list.departments, 1, () => ({ Title: 'Økonomi' }));
  await addItems(sp, list.id, 5001, (i) => ({
    Title: `Mål ${i}`,
    Year: 2015 + (i % 10),
    Stage: 'Kladde',
    Purpose: i === 7 ? 'sjælden' : 'almindelig',
    DepartmentId: 1
  }));
}, 120000);

afterAll(() => emulator.close());

describe('list view threshold (5,000) on a list of 5,001 items', () => {
  const items = (): ReturnType<SPFI['web']['lists']['getById']>['items'] => sp.web.lists.getById(list.id).items;

  it('answers a filter that starts on an indexed column matching at most 5,000 items', async () => {
    const rows = await items().filter("Year eq 2016 and Purpose eq 'almindelig'").select('Id').top(5000)();
    expect(rows).toHaveLength(500);
  });

  it('refuses a filter that starts on a column without an index, with 500 and SPQueryThrottledException', async () => {
    await expect(items().filter("Purpose eq 'sjælden'")()).rejects.toMatchObject({ status: 500, message: expect.stringMatching(THROTTLED) });
  });

  it('refuses an indexed clause that matches more than 5,000 items', async () => {
    await expect(items().filter('Year ge 2015')()).rejects.toMatchObject({ status: 500 });
  });

  it('refuses $top over 5,000 and $orderby on a column without an index', async () => {
    await expect(items().top(5001)()).rejects.toMatchObject({ status: 500 });
    await expect(items().orderBy('Purpose')()).rejects.toMatchObject({ status: 500 });
    await expect(items().orderBy('Year').top(10)()).resolves.toHaveLength(10);
  });

  it('pages through all 5,001 items by ID, as SharePoint allows', async () => {
    let total = 0;
    for await (const page of items().select('Id').top(5000)) total += (page as unknown[]).length;
    expect(total).toBe(5001);
  });
});

describe('lookup column limit (12)', () => {
  it('refuses a query that joins 13 lookup columns and answers one with 12', async () => {
    const created = await sp.web.lists.add('Opslag', '', 100, false);
    const fields = sp.web.lists.getById(created.Id).fields;
    for (let i = 0; i < 13; i++) {
      await fields.createFieldAsXml({
        SchemaXml: `<Field Type="Lookup" Name="L${i}" StaticName="L${i}" DisplayName="L${i}" List="{${list.departments}}" ShowField="Title" />`,
        Options: AddFieldOptions.AddFieldInternalNameHint
      });
    }
    const lookups = Array.from({ length: 13 }, (_, i) => `L${i}Id`);
    const target = sp.web.lists.getById(created.Id).items;
    await expect(target.select(...lookups)()).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/lookup column threshold/) });
    await expect(target.select(...lookups.slice(0, 12))()).resolves.toEqual([]);
  });
});

describe('who may do what', () => {
  const siteUrl = (): string => emulator.siteUrl('/sites/test');

  it('answers 401 to a request without a user, as SharePoint answers an anonymous one', async () => {
    await expect(rawSpForUser(siteUrl(), undefined).web()).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a write without a valid form digest', async () => {
    const response = await fetch(`${siteUrl()}/_api/web/lists/getById('${list.id}')/items`, {
      method: 'POST',
      headers: { 'X-Emulator-User': OWNER, 'Content-Type': 'application/json', Accept: 'application/json', 'X-RequestDigest': 'forged' },
      body: JSON.stringify({ Title: 'uden digest' })
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ 'odata.error': { message: { value: expect.stringMatching(/security validation/) } } });
  });

  it('issues digests in SharePoint\'s form ("0x…,21 Apr 2026 10:06:12 -0000"), takes the page\'s digest for writes, and refuses one past its 30 minutes or with its time changed', async () => {
    const digest = emulator.control.formDigest();
    expect(digest.timeoutSeconds).toBe(1800);
    expect(digest.value).toMatch(/^0x[0-9A-F]{128},\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    const post = (value: string): Promise<Response> =>
      fetch(`${siteUrl()}/_api/web/lists/getById('${list.id}')/items`, {
        method: 'POST',
        headers: { 'X-Emulator-User': OWNER, 'Content-Type': 'application/json', Accept: 'application/json', 'X-RequestDigest': value },
        body: JSON.stringify({ Title: 'med sidens digest' })
      });
    expect((await post(digest.value)).status).toBe(201);
    const [signature, time] = digest.value.split(',');
    const earlier = new Date(Date.parse(time.replace(' -0000', ' GMT')) - 31 * 60 * 1000)
      .toUTCString()
      .replace(/^\w{3}, /, '')
      .replace(' GMT', ' -0000');
    expect((await post(`${signature},${earlier}`)).status).toBe(403);
    // An old digest signed for its own time is refused for its age, not only for its signature.
    jest.useFakeTimers({
      now: Date.now() - 31 * 60 * 1000,
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'clearTimeout', 'clearInterval']
    });
    const old = emulator.control.formDigest();
    jest.useRealTimers();
    expect((await post(old.value)).status).toBe(403);
  });

  it('lets a reader read but answers 403 to the reader adding, editing or changing permissions', async () => {
    const group = await sp.web.siteGroups.add({ Title: 'Læsere' });
    await sp.web.siteGroups.getById(group.Id).users.add('laeser@kommune.local');
    const spList = sp.web.lists.getById(list.departments);
    await spList.breakRoleInheritance(false, true);
    const { Id: owners } = await sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
    await spList.roleAssignments.add(owners, 1073741829);
    await spList.roleAssignments.add(group.Id, 1073741826);

    const reader = rawSpForUser(siteUrl(), 'laeser@kommune.local');
    const readerList = reader.web.lists.getById(list.departments);
    await expect(readerList.items.select('Title')()).resolves.toEqual([
      { 'odata.type': expect.any(String), 'odata.id': expect.any(String), 'odata.etag': '"1"', 'odata.editLink': expect.any(String), Title: 'Økonomi' }
    ]);
    await expect(readerList.items.add({ Title: 'Nej' })).rejects.toMatchObject({ status: 403 });
    await expect(readerList.items.getById(1).update({ Title: 'Nej' })).rejects.toMatchObject({ status: 403 });
    await expect(readerList.roleAssignments.add(group.Id, 1073741829)).rejects.toMatchObject({ status: 403 });
    expect(await readerList.currentUserHasPermissions(2 /* AddListItems */)).toBe(false);
    expect(await readerList.currentUserHasPermissions(1 /* ViewListItems */)).toBe(true);
    const stranger = rawSpForUser(siteUrl(), 'fremmed@kommune.local');
    await expect(stranger.web.lists.getById(list.departments).items()).rejects.toMatchObject({ status: 403 });
  });
});
