import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/sputilities';
import type { SPFI } from '@pnp/sp';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { addItems, createTestList } from './setup';

// Every endpoint the product uses, through the real @pnp/sp client over HTTP.
let emulator: TestEmulator;
let sp: SPFI;
let list: { id: string; departments: string };

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: ['/sites/test'] });
  sp = rawSpForUser(emulator.siteUrl('/sites/test'), OWNER);
  list = await createTestList(sp);
  await addItems(sp, list.departments, 3, (i) => ({ Title: ['Økonomi', 'Byrådets sekretariat', "Borgerservice's team"][i] }));
});

afterAll(() => emulator.close());

const items = (): ReturnType<SPFI['web']['lists']['getById']>['items'] => sp.web.lists.getById(list.id).items;

describe('web, lists and fields', () => {
  it('reads the web, finds lists by title, id and URL, and lists fields created from Field XML', async () => {
    const web = await sp.web();
    expect(web.ServerRelativeUrl).toBe('/sites/test');
    const byTitle = await sp.web.lists.getByTitle('Testliste')();
    expect(byTitle.Id).toBe(list.id);
    const byUrl = await sp.web.getList('/sites/test/Lists/Testliste')();
    expect(byUrl.Id).toBe(list.id);
    const fields = await sp.web.lists.getById(list.id).fields.select('InternalName', 'Indexed', 'TypeAsString')<
      Array<{ InternalName: string; Indexed: boolean; TypeAsString: string }>
    >();
    expect(fields.find((f) => f.InternalName === 'Year')).toMatchObject({ Indexed: true, TypeAsString: 'Number' });
    expect(fields.find((f) => f.InternalName === 'Partners')).toMatchObject({ TypeAsString: 'LookupMulti' });
  });

  it('turns an index on through a field update and refuses a 21st index', async () => {
    const fields = sp.web.lists.getById(list.id).fields;
    await fields.getByInternalNameOrTitle('Note1').update({ Indexed: true });
    expect((await fields.getByInternalNameOrTitle('Note1')()).Indexed).toBe(true);
    for (let i = 0; i < 15; i++) await fields.createFieldAsXml(`<Field Type="Text" Name="Ix${i}" StaticName="Ix${i}" DisplayName="Ix${i}" Indexed="TRUE" />`);
    await expect(fields.createFieldAsXml('<Field Type="Text" Name="Ix99" StaticName="Ix99" DisplayName="Ix99" Indexed="TRUE" />')).rejects.toThrow(
      /more than 20 indexes/
    );
  });
});

describe('items', () => {
  it('adds an item (201 with odata.etag), updates with If-Match, refuses a stale ETag with 412, keeps versions', async () => {
    const added = await items().add({ Title: 'Første', Year: 2023, Stage: 'Kladde', DepartmentId: 1, PartnersId: [2, 3] });
    expect(added['odata.etag']).toBe('"1"');
    const item = items().getById(added.Id);
    const { etag } = await item.update({ Stage: 'Godkendt' }, added['odata.etag'] as string);
    // SharePoint Online's ETag header is "<item guid>,<version>" (pnp/pnpjs#2569); both forms are accepted in If-Match.
    expect(etag).toMatch(/^"[0-9a-f-]{36},2"$/);
    await expect(item.update({ Stage: 'Retur' }, '"1"')).rejects.toMatchObject({ status: 412 });
    const versions = await item.versions<Array<{ VersionLabel: string; Stage: string; Editor: { LookupId: number; LookupValue: string; Email: string } }>>();
    expect(versions.map((v) => [v.VersionLabel, v.Stage])).toEqual([
      ['2.0', 'Godkendt'],
      ['1.0', 'Kladde']
    ]);
    // Who made each version, as SharePoint's FieldUserValue (the approval history names them).
    const me = await sp.web.currentUser();
    expect(versions[0].Editor).toEqual({ LookupId: me.Id, LookupValue: me.Title, Email: me.Email });
    await item.delete('"2"');
    await expect(item()).rejects.toMatchObject({ status: 404 });
  });

  it('expands lookups and people and selects lookup paths', async () => {
    const me = await sp.web.currentUser();
    const added = await items().add({ Title: 'Udvid', Year: 1999, DepartmentId: 2, PartnersId: [1, 3], ResponsibleId: me.Id });
    const row = await items()
      .getById(added.Id)
      .select('Title', 'Department/Title', 'Partners/Id', 'Partners/Title', 'Responsible/Title', 'Responsible/EMail')
      .expand('Department', 'Partners', 'Responsible')<Record<string, unknown>>();
    // Expanded values are entities with their own type and GUID (tests/conformance/fixtures/items-expand.json).
    const entity = { 'odata.type': 'SP.Data.TestlisteAfdListItem', 'odata.id': expect.stringMatching(/^[0-9a-f-]{36}$/) };
    expect(row.Department).toEqual({ ...entity, Title: 'Byrådets sekretariat' });
    expect(row.Partners).toEqual([
      { ...entity, Id: 1, Title: 'Økonomi' },
      { ...entity, Id: 3, Title: "Borgerservice's team" }
    ]);
    expect(row['Department@odata.navigationLinkUrl']).toBe(`Web/Lists(guid'${list.id}')/Items(${added.Id})/Department`);
    expect(row.Responsible).toMatchObject({ EMail: OWNER });
  });

  it("filters in SharePoint's grammar", async () => {
    await addItems(sp, list.id, 6, (i) => ({
      Title: [`Mål ${i}`, "Borgernes 'stemme'", 'Digital ledelse'][i % 3],
      Year: 2019 + i,
      Stage: i % 2 ? 'Godkendt' : 'Kladde',
      DepartmentId: (i % 3) + 1,
      PartnersId: [((i + 1) % 3) + 1],
      Due: `2023-0${(i % 6) + 1}-15T00:00:00Z`,
      Purpose: i === 0 ? null : 'Tekst'
    }));
    const titles = async (filter: string): Promise<string[]> =>
      (await items().filter(filter).select('Title').orderBy('ID')<Array<{ Title: string }>>()).map((r) => r.Title);
    expect(await titles("Year eq 2019 and Stage eq 'Kladde'")).toEqual(['Mål 0']);
    expect(await titles('Year ge 2023 and Year lt 2025')).toHaveLength(2);
    expect(await titles("Title eq 'Borgernes ''stemme'''")).toEqual(["Borgernes 'stemme'", "Borgernes 'stemme'"]);
    expect(await titles("substringof('ledelse', Title) or startswith(Title, 'Mål')")).toHaveLength(4);
    expect(await titles('Department/Id eq 2 and Year gt 2000')).toEqual(["Borgernes 'stemme'", "Borgernes 'stemme'"]);
    expect(await titles('Partners/Id eq 1 and Year gt 2000')).toEqual(['Digital ledelse', 'Digital ledelse']);
    expect(await titles("Due lt datetime'2023-03-01T00:00:00Z' and Year gt 2000")).toEqual(['Mål 0', "Borgernes 'stemme'"]);
    expect(await titles('Year gt 2000 and Purpose eq null')).toEqual(['Mål 0']);
    expect(await titles("Year gt 2000 and not (Stage eq 'Kladde')")).toHaveLength(3);
    await expect(titles('Year eq')).rejects.toMatchObject({ status: 400 });
  });

  it('orders, limits and pages with odata.nextLink and $skiptoken', async () => {
    const top = await items().filter('Year gt 2000').orderBy('Year', false).top(2).select('Year')<Array<{ Year: number }>>();
    expect(top.map((r) => r.Year)).toEqual([2024, 2023]);
    const pages: number[] = [];
    for await (const page of items().select('Id').top(3)) pages.push((page as unknown[]).length);
    const all = await items().select('Id').top(5000)();
    expect(all.length).toBeGreaterThan(6);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(pages.slice(0, -1).every((n) => n === 3)).toBe(true);
  });

  it('runs reads and writes in one $batch, answered in request order', async () => {
    const [batched, execute] = sp.batched();
    const a = batched.web.lists.getById(list.id).items.add({ Title: 'I batch A', Year: 2030 });
    const b = batched.web.lists.getById(list.id).items.filter('Year eq 2019').select('Title')();
    const c = batched.web.lists.getById(list.id).items.add({ Title: 'I batch C', Year: 2031 });
    const before = emulator.control.requestCount();
    await execute();
    expect(emulator.control.requestCount() - before).toBe(1);
    expect((await a).Title).toBe('I batch A');
    expect(await b).toEqual([expect.objectContaining({ Title: 'Mål 0' })]);
    expect((await c).Title).toBe('I batch C');
  });

  it('refuses text over 255 characters in single-line and over 63,999 in multi-line fields', async () => {
    await expect(items().add({ Title: 'x'.repeat(256) })).rejects.toMatchObject({ status: 400 });
    await expect(items().add({ Title: 'ok', Purpose: 'y'.repeat(64000) })).rejects.toMatchObject({ status: 400 });
    await expect(items().add({ Title: 'ok', Purpose: 'y'.repeat(63999) })).resolves.toMatchObject({ Title: 'ok' });
    await expect(items().add({ Nope: 1 })).rejects.toMatchObject({ status: 400 });
  });
});

describe('users and the retired SendEmail', () => {
  it('ensures users and reads the current user', async () => {
    const user = await sp.web.ensureUser('leder.test@kommune.local');
    expect(user.LoginName).toContain('leder.test@kommune.local');
    expect((await sp.web.currentUser()).Email).toBe(OWNER);
  });

  it('refuses SP.Utilities.Utility.SendEmail as SharePoint does since its retirement, and sends nothing', async () => {
    const refused = await sp.utility.sendEmail({ To: ['leder.test@kommune.local'], Subject: 'Påmindelse', Body: 'Aftalen mangler' }).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(refused).toMatchObject({ status: 404 });
    const body = (await (refused as { response: Response }).response.json()) as { 'odata.error': { code: string; message: { value: string } } };
    expect(body['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.ResourceNotFoundException');
    expect(body['odata.error'].message.value).toBe('Cannot find resource for the request SP.Utilities.Utility.SendEmail.');
    expect(emulator.control.sentEmails()).toEqual([]);
  });
});
