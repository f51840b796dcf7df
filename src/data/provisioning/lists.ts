// Lists, fields (with indexes) and views. Lists are found by URL, not title: the URL is the stable
// name (Lists/Goals) while the Danish title may be edited by an admin.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import { AddFieldOptions } from '@pnp/sp/fields';
import { fieldXml, type ListDef, type ListKey, type ViewDef } from '../schema';
import { type StepRecorder, attempt } from './report';

interface ListRow {
  Id: string;
  Title: string;
  Description: string;
  EnableVersioning: boolean;
  RootFolder: { ServerRelativeUrl: string };
}

/** Ensures every list exists with its title, description and versioning (ApprovedVersion needs
 * item versions). Returns list ids by key. */
export async function ensureLists(sp: SPFI, lists: readonly ListDef[], recorder: StepRecorder): Promise<Record<ListKey, string>> {
  const web = await attempt('læs webstedet', () => sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>());
  const base = web.ServerRelativeUrl.replace(/\/$/, '');
  const existing = await attempt('læs lister', () =>
    sp.web.lists.select('Id', 'Title', 'Description', 'EnableVersioning', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<ListRow[]>()
  );
  const ids: Partial<Record<ListKey, string>> = {};
  for (const list of lists) {
    const serverUrl = `${base}/${list.url}`.toLowerCase();
    const found = existing.find((l) => l.RootFolder.ServerRelativeUrl.toLowerCase() === serverUrl);
    if (!found) {
      // Created under the URL name, then renamed: SharePoint derives the URL from the first title.
      const urlName = list.url.slice(list.url.lastIndexOf('/') + 1);
      const created = await attempt(`opret listen ${list.key}`, () => sp.web.lists.add(urlName, list.description, 100, false, { EnableVersioning: true }));
      await attempt(`navngiv listen ${list.key}`, () => sp.web.lists.getById(created.Id).update({ Title: list.title }));
      ids[list.key] = created.Id;
      recorder.record({ kind: 'list', target: list.key, action: 'created' });
      continue;
    }
    ids[list.key] = found.Id;
    if (found.Title !== list.title || (found.Description ?? '') !== list.description || !found.EnableVersioning) {
      await attempt(`ret listen ${list.key}`, () =>
        sp.web.lists.getById(found.Id).update({ Title: list.title, Description: list.description, EnableVersioning: true })
      );
      recorder.record({ kind: 'list', target: list.key, action: 'updated', detail: 'titel, beskrivelse eller versionering' });
    } else {
      recorder.record({ kind: 'list', target: list.key, action: 'unchanged' });
    }
  }
  return ids as Record<ListKey, string>;
}

interface FieldRow {
  Id: string;
  InternalName: string;
  Title: string;
  Indexed: boolean;
  /** Choice and MultiChoice fields only: a plain array (JSON light) or { results } (verbose). */
  Choices?: string[] | { results?: string[] };
}

const choicesOf = (row: FieldRow): string[] => (Array.isArray(row.Choices) ? row.Choices : (row.Choices?.results ?? []));

/** Choices belong to SP.FieldChoice / SP.FieldMultiChoice, not SP.Field: SharePoint refuses them
 * unless the body names that type (pnp/pnpjs#273). PnPjs v4's field.update ignores its type
 * argument (node_modules/@pnp/sp/fields/types.js), so the JSON light annotation goes in the body. */
const CHOICE_ENTITY: Readonly<Record<'Choice' | 'MultiChoice', string>> = { Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice' };

/** Adds missing fields (Field XML from the schema), names the built-in Title, sets a choice
 * column's choices to the schema's (not the fill-in Stage, whose values are the configurations'),
 * and indexes what the schema indexes. Existing fields are otherwise left as they are: a column
 * with data is never changed in type by provisioning. */
export async function ensureFields(sp: SPFI, list: ListDef, listIds: Readonly<Record<ListKey, string>>, recorder: StepRecorder): Promise<void> {
  const spList = sp.web.lists.getById(listIds[list.key]);
  const existing = await attempt(`læs felter i ${list.key}`, () => spList.fields.select('Id', 'InternalName', 'Title', 'Indexed', 'Choices')<FieldRow[]>());
  for (const field of list.fields) {
    const target = `${list.key}/${field.name}`;
    const found = existing.find((f) => f.InternalName === field.name);
    let indexed: boolean;
    let id: string | undefined;
    if (!found) {
      if (field.builtIn) {
        throw new Error(`Listen ${list.key} mangler det indbyggede felt ${field.name}.`);
      }
      const xml = fieldXml(list.key, field, (key) => `{${listIds[key]}}`);
      const created = await attempt(`opret feltet ${target}`, () =>
        spList.fields.createFieldAsXml({
          SchemaXml: xml,
          // Name, not DisplayName, becomes the internal name; the column joins the list's forms.
          Options: AddFieldOptions.AddFieldInternalNameHint | AddFieldOptions.AddToAllContentTypes
        })
      );
      recorder.record({ kind: 'field', target, action: 'created' });
      indexed = created.Indexed === true;
      id = created.Id;
    } else {
      if (field.builtIn && found.Title !== field.displayName) {
        await attempt(`navngiv feltet ${target}`, () => spList.fields.getById(found.Id).update({ Title: field.displayName }, 'SP.Field'));
        recorder.record({ kind: 'field', target, action: 'updated', detail: 'visningsnavn' });
      } else if ((field.type === 'Choice' || field.type === 'MultiChoice') && !field.fillIn && choicesOf(found).join('\n') !== field.choices.join('\n')) {
        const body = { 'odata.type': CHOICE_ENTITY[field.type], Choices: [...field.choices] };
        await attempt(`ret valgene i ${target}`, () => spList.fields.getById(found.Id).update(body));
        recorder.record({ kind: 'field', target, action: 'updated', detail: 'valg' });
      } else {
        recorder.record({ kind: 'field', target, action: 'unchanged' });
      }
      indexed = found.Indexed;
      id = found.Id;
    }
    if (field.indexed) {
      if (indexed) {
        // A field created with Indexed="TRUE" brought its index with it.
        recorder.record({ kind: 'index', target, action: found ? 'unchanged' : 'created' });
      } else {
        const fieldRef = id !== undefined ? spList.fields.getById(id) : spList.fields.getByInternalNameOrTitle(field.name);
        await attempt(`indekser feltet ${target}`, () => fieldRef.update({ Indexed: true }, 'SP.Field'));
        recorder.record({ kind: 'index', target, action: 'created' });
      }
    }
  }
}

interface ViewRow {
  Id: string;
  Title: string;
  DefaultView: boolean;
  ViewQuery: string;
  RowLimit: number;
}

/** SharePoint re-serialises CAML (spacing, self-closing tags), so queries compare without it. */
const sameCaml = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** Adds missing views and puts each view's query, row limit and columns back to the schema's
 * when they differ. */
export async function ensureViews(sp: SPFI, list: ListDef, listId: string, recorder: StepRecorder): Promise<void> {
  const spList = sp.web.lists.getById(listId);
  const existing = await attempt(`læs visninger i ${list.key}`, () => spList.views.select('Id', 'Title', 'DefaultView', 'ViewQuery', 'RowLimit')<ViewRow[]>());
  for (const view of list.views) {
    const target = `${list.key}: ${view.title}`;
    const found = existing.find((v) => v.Title === view.title);
    if (!found) {
      const created = await attempt(`opret visningen ${target}`, () =>
        spList.views.add(view.title, false, { ViewQuery: view.query, RowLimit: view.rowLimit, DefaultView: view.isDefault })
      );
      await setViewFields(sp, listId, created.Id, view, target);
      recorder.record({ kind: 'view', target, action: 'created' });
      continue;
    }
    const queryChanged = !sameCaml(found.ViewQuery ?? '', view.query) || found.RowLimit !== view.rowLimit;
    if (queryChanged) {
      await attempt(`ret visningen ${target}`, () => spList.views.getById(found.Id).update({ ViewQuery: view.query, RowLimit: view.rowLimit }));
      recorder.record({ kind: 'view', target, action: 'updated', detail: 'forespørgsel' });
    }
    const current = await attempt(`læs kolonner i ${target}`, () => spList.views.getById(found.Id).fields<{ Items: string[] }>());
    const sameFields = current.Items.length === view.fields.length && current.Items.every((f, i) => f === view.fields[i]);
    if (!sameFields) {
      await setViewFields(sp, listId, found.Id, view, target);
      recorder.record({ kind: 'view', target, action: 'updated', detail: 'kolonner' });
    } else if (!queryChanged) {
      recorder.record({ kind: 'view', target, action: 'unchanged' });
    }
  }
}

async function setViewFields(sp: SPFI, listId: string, viewId: string, view: ViewDef, target: string): Promise<void> {
  const fields = sp.web.lists.getById(listId).views.getById(viewId).fields;
  await attempt(`ryd kolonner i ${target}`, () => fields.removeAll());
  for (const name of view.fields) {
    await attempt(`tilføj kolonnen ${name} til ${target}`, () => fields.add(name));
  }
}
