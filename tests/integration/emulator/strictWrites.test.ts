// The emulator refuses what SharePoint refuses (issue #14): typed writes, unique violations,
// createfieldasxml's Options, /versions shapes and $batch parts for another site, through the real
// @pnp/sp client over HTTP.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { AddFieldOptions } from '@pnp/sp/fields';
import type { SPFI } from '@pnp/sp';
import { Web } from '@pnp/sp/webs';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { addItems, createTestList } from './setup';

let emulator: TestEmulator;
let sp: SPFI;
let list: { id: string; departments: string };
let typed: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: ['/sites/test', '/sites/other'] });
  sp = rawSpForUser(emulator.siteUrl('/sites/test'), OWNER);
  list = await createTestList(sp);
  await addItems(sp, list.departments, 2, (i) => ({ Title: ['Økonomi', 'Borgerservice'][i] }));
  const created = await sp.web.lists.add('Typer', '', 100, false, { EnableVersioning: true });
  typed = created.Id;
  const fields = sp.web.lists.getById(typed).fields;
  for (const xml of [
    '<Field Type="Guid" Name="ClientId" StaticName="ClientId" DisplayName="Klient-id" Indexed="TRUE" />',
    '<Field Type="URL" Name="Link" StaticName="Link" DisplayName="Link" />',
    '<Field Type="Boolean" Name="Done" StaticName="Done" DisplayName="Færdig" />',
    '<Field Type="Choice" Name="Kind" StaticName="Kind" DisplayName="Art"><CHOICES><CHOICE>Spor</CHOICE><CHOICE>Tema</CHOICE></CHOICES></Field>',
    '<Field Type="Choice" Name="Stage" StaticName="Stage" DisplayName="Fase" FillInChoice="TRUE"><CHOICES><CHOICE>Kladde</CHOICE></CHOICES></Field>',
    '<Field Type="MultiChoice" Name="Tags" StaticName="Tags" DisplayName="Mærker"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE></CHOICES></Field>',
    '<Field Type="Text" Name="Key" StaticName="Key" DisplayName="Nøgle" Indexed="TRUE" EnforceUniqueValues="TRUE" />'
  ])
    await fields.createFieldAsXml({ SchemaXml: xml, Options: AddFieldOptions.AddFieldInternalNameHint });
});

afterAll(() => emulator.close());

const testItems = (): ReturnType<SPFI['web']['lists']['getById']>['items'] => sp.web.lists.getById(list.id).items;
const typedItems = (): ReturnType<SPFI['web']['lists']['getById']>['items'] => sp.web.lists.getById(typed).items;

/** The status and SharePoint's error code of a refused request. */
async function refusal(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; message: string };
    const body = JSON.parse(err.message.slice(err.message.indexOf('::> ') + 4)) as { 'odata.error': { code: string; message: { value: string } } };
    return { status: err.status, code: body['odata.error'].code, message: body['odata.error'].message.value };
  }
  throw new Error('The request was not refused');
}

const QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const FIELD = '-2146232832, Microsoft.SharePoint.SPFieldValidationException';

describe('typed writes', () => {
  it('takes well-typed values of every kind and reads them back', async () => {
    const added = await typedItems().add({
      Title: 'Alt',
      ClientId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      Link: { Url: 'https://intra.kommune.dk/referat', Description: 'Referat' },
      Done: true,
      Kind: 'Spor',
      Stage: 'Egen fase',
      Tags: ['A', 'B'],
      Key: 'k-1'
    });
    const row = await typedItems().getById(added.Id)<Record<string, unknown>>();
    expect(row).toMatchObject({
      ClientId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      Link: { Url: 'https://intra.kommune.dk/referat', Description: 'Referat' },
      Done: true,
      Kind: 'Spor',
      Stage: 'Egen fase',
      Tags: ['A', 'B']
    });
  });

  it('refuses a Guid column value that is not a GUID', async () => {
    expect(await refusal(typedItems().add({ Title: 'x', ClientId: 'agreement-12-2024' }))).toEqual({
      status: 400,
      code: QUERY,
      message: expect.stringContaining("'Edm.Guid'")
    });
  });

  it('refuses a URL column written as a string or with a protocol SharePoint does not allow (javascript:, data:)', async () => {
    expect(await refusal(typedItems().add({ Title: 'x', Link: 'https://intra.kommune.dk/referat' }))).toMatchObject({
      status: 400,
      code: QUERY,
      message: expect.stringContaining("'StartObject' node was expected")
    });
    expect(await refusal(typedItems().add({ Title: 'x', Link: { Url: 'javascript:alert(1)', Description: '' } }))).toMatchObject({ status: 400, code: FIELD });
    expect(await refusal(typedItems().add({ Title: 'x', Link: { Url: 'data:text/html,<script>alert(1)</script>', Description: '' } }))).toMatchObject({
      status: 400,
      code: FIELD
    });
    await expect(typedItems().add({ Title: 'x', Link: { Url: 'file://fileserver/lmu/referat.docx', Description: 'Referat' } })).resolves.toBeDefined();
    expect(await refusal(typedItems().add({ Title: 'x', Link: { Description: 'uden url' } }))).toMatchObject({ status: 400, code: QUERY });
  });

  it('refuses wrong primitive types for Text, Number, Boolean and DateTime', async () => {
    expect(await refusal(testItems().add({ Title: 1111 }))).toMatchObject({ status: 400, code: QUERY, message: expect.stringContaining("'Edm.String'") });
    expect(await refusal(testItems().add({ Title: 'x', Year: '2024' }))).toMatchObject({
      status: 400,
      code: QUERY,
      message: expect.stringContaining("'Edm.Double'")
    });
    expect(await refusal(typedItems().add({ Title: 'x', Done: 'ja' }))).toMatchObject({
      status: 400,
      code: QUERY,
      message: expect.stringContaining("'Edm.Boolean'")
    });
    expect(await refusal(testItems().add({ Title: 'x', Due: '05-12-2024' }))).toMatchObject({
      status: 400,
      code: QUERY,
      message: expect.stringContaining("'Edm.DateTime'")
    });
    expect(await refusal(testItems().add({ Title: 'x', Due: 1733400000000 }))).toMatchObject({ status: 400, code: QUERY });
  });

  it('refuses a choice outside the choices unless the column allows fill-in, also in a multi-choice', async () => {
    expect(await refusal(typedItems().add({ Title: 'x', Kind: 'Andet' }))).toMatchObject({ status: 400, code: FIELD });
    expect(await refusal(typedItems().add({ Title: 'x', Tags: ['A', 'C'] }))).toMatchObject({ status: 400, code: FIELD });
    expect(await refusal(typedItems().add({ Title: 'x', Tags: 'A' }))).toMatchObject({ status: 400, code: QUERY });
  });

  it('refuses lookups to items that do not exist and people who are no principals', async () => {
    const lookup = '-2146232832, Microsoft.SharePoint.SPInvalidLookupValuesException';
    expect(await refusal(testItems().add({ Title: 'x', DepartmentId: 999 }))).toMatchObject({ status: 400, code: lookup });
    expect(await refusal(testItems().add({ Title: 'x', PartnersId: [1, 999] }))).toMatchObject({ status: 400, code: lookup });
    expect(await refusal(testItems().add({ Title: 'x', PartnersId: 1 }))).toMatchObject({ status: 400, code: QUERY });
    expect(await refusal(testItems().add({ Title: 'x', DepartmentId: '1' }))).toMatchObject({ status: 400, code: QUERY });
    expect(await refusal(testItems().add({ Title: 'x', ResponsibleId: 4242 }))).toMatchObject({ status: 400, code: FIELD });
    // The same values that exist are taken.
    const me = await sp.web.currentUser();
    await expect(testItems().add({ Title: 'ok', DepartmentId: 1, PartnersId: [1, 2], ResponsibleId: me.Id })).resolves.toMatchObject({ DepartmentId: 1 });
  });
});

describe('unique columns', () => {
  it('answers a duplicate (any case) with 500 SPDuplicateValuesFoundException, on create and on update', async () => {
    const duplicate = {
      status: 500,
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message: 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    };
    await typedItems().add({ Title: 'Første', Key: 'samme' });
    expect(await refusal(typedItems().add({ Title: 'Anden', Key: 'SAMME' }))).toEqual(duplicate);
    const other = await typedItems().add({ Title: 'Tredje', Key: 'andet' });
    expect(await refusal(typedItems().getById(other.Id).update({ Key: 'samme' }))).toEqual(duplicate);
  });
});

describe('createfieldasxml Options', () => {
  it('names the field after DisplayName without AddFieldInternalNameHint, and after Name with it', async () => {
    const fields = sp.web.lists.getById(typed).fields;
    const plain = await fields.createFieldAsXml('<Field Type="Text" Name="Summary" StaticName="Summary" DisplayName="Kort resumé" />');
    expect(plain.InternalName).toBe('Kort_x0020_resum_x00e9_');
    const again = await fields.createFieldAsXml('<Field Type="Text" Name="Summary2" StaticName="Summary2" DisplayName="Kort resumé" />');
    expect(again.InternalName).toBe('Kort_x0020_resum_x00e9_0');
    const hinted = await fields.createFieldAsXml({
      SchemaXml: '<Field Type="Text" Name="Summary" StaticName="Summary" DisplayName="Kort resumé" />',
      Options: AddFieldOptions.AddFieldInternalNameHint | AddFieldOptions.AddToAllContentTypes
    });
    expect(hinted.InternalName).toBe('Summary');
  });
});

describe('/versions', () => {
  it('carries lookups and people as objects under their own names, never as <Name>Id', async () => {
    const me = await sp.web.currentUser();
    const added = await testItems().add({ Title: 'Versioneret', DepartmentId: 1, PartnersId: [1, 2], ResponsibleId: me.Id });
    await testItems().getById(added.Id).update({ DepartmentId: 2, PartnersId: [] });
    const versions = await testItems().getById(added.Id).versions<Array<Record<string, unknown>>>();
    expect(versions[0]).toMatchObject({ VersionLabel: '2.0', Department: { LookupId: 2, LookupValue: 'Borgerservice' }, Partners: [] });
    expect(versions[1]).toMatchObject({
      VersionLabel: '1.0',
      Department: { LookupId: 1, LookupValue: 'Økonomi' },
      Partners: [
        { LookupId: 1, LookupValue: 'Økonomi' },
        { LookupId: 2, LookupValue: 'Borgerservice' }
      ],
      Responsible: { LookupId: me.Id, LookupValue: me.Title, Email: me.Email }
    });
    for (const v of versions) {
      expect(v).not.toHaveProperty('DepartmentId');
      expect(v).not.toHaveProperty('PartnersId');
      expect(v).not.toHaveProperty('ResponsibleId');
    }
  });
});

describe('$batch', () => {
  it('refuses a part that addresses another site, and runs the parts for its own', async () => {
    const [batched, execute] = sp.batched();
    const own = batched.web.lists.getById(list.id).items.top(1)();
    // A part for /sites/other inside /sites/test's batch (the web takes the batch's behaviours).
    const foreign = Web([batched.web, emulator.siteUrl('/sites/other')]).lists();
    await execute();
    await expect(own).resolves.toHaveLength(1);
    await expect(foreign).rejects.toMatchObject({ status: 400 });
    // The same read on its own site is fine.
    await expect(rawSpForUser(emulator.siteUrl('/sites/other'), OWNER).web.lists()).resolves.toBeDefined();
  });
});
