// Item writes: add (201 with the item and its odata.etag), MERGE with If-Match (204 and the new
// ETag; 412 when the ETag is stale), DELETE, and version history when the list keeps versions.
import { ERR, jsonBody, SpError, type EmRequest } from '../http';
import { isLookupLike, writeKey } from '../fields';
import { typedValue, type WriteContext } from '../typedValues';
import { itemEtag, itemEtagHeader, nowIso, type EmField, type EmItem, type EmList, type EmSite, type EmVersion } from '../model';
import type { Store } from '../store';

/** Lookups must name an existing item of their target list, people an existing principal. */
function writeContext(site: EmSite): WriteContext {
  return {
    lookupExists: (field, id) => site.lists.find((l) => l.id.toLowerCase() === field.lookupListId)?.items.has(id) ?? false,
    principalExists: (id) => site.users.some((u) => u.id === id) || site.groups.some((g) => g.id === id)
  };
}

/** Validates every written property against the list's fields, like SharePoint does. */
function fieldValues(site: EmSite, list: EmList, body: Record<string, unknown>): Record<string, unknown> {
  const ctx = writeContext(site);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.')) continue;
    const field = list.fields.find((f) => writeKey(f) === key || (!isLookupLike(f) && f.internalName === key));
    if (!field)
      throw ERR.badRequest(
        `The property '${key}' does not exist on type '${list.url.split('/').pop()}'. Make sure to only use property names that are defined by the type.`
      );
    if (field.readOnly) throw ERR.badRequest(`The property '${key}' is read-only.`);
    out[field.internalName] = typedValue(field, value, ctx);
  }
  return out;
}

// SharePoint answers a duplicate in a column with EnforceUniqueValues with HTTP 500 and
// "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException" (0x810200BF; the code as
// classified from real responses in vgrem/Office365-REST-Python-Client's exception tests, the
// message as SharePoint words it in jasonrollins/shareplum#41). Unique values compare without case.
function duplicate(): SpError {
  return new SpError(
    500,
    '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function checkUnique(list: EmList, values: Record<string, unknown>, exceptId?: number): void {
  for (const field of list.fields) {
    if (!/EnforceUniqueValues="TRUE"/.test(field.schemaXml)) continue;
    const value = values[field.internalName];
    if (value === undefined || value === null) continue;
    for (const item of list.items.values()) {
      if (item.id !== exceptId && sameValue(item.fields[field.internalName], value)) throw duplicate();
    }
  }
}

export function addItem(req: EmRequest, list: EmList, store: Store): EmItem {
  const values = fieldValues(req.site, list, jsonBody(req));
  checkUnique(list, values);
  const now = nowIso();
  const item: EmItem = {
    id: list.nextItemId++,
    fields: values,
    version: 1,
    created: now,
    modified: now,
    authorId: req.user.id,
    editorId: req.user.id,
    history: []
  };
  list.items.set(item.id, item);
  store.putList(req.site, list);
  store.putItem(req.site, list, item);
  return item;
}

function checkEtag(req: EmRequest, list: EmList, item: EmItem): void {
  const ifMatch = req.headers['if-match'];
  if (ifMatch && ifMatch !== '*' && ifMatch !== itemEtag(item) && ifMatch !== itemEtagHeader(list, item)) throw ERR.stale();
}

export function updateItem(req: EmRequest, list: EmList, item: EmItem, store: Store): EmItem {
  checkEtag(req, list, item);
  const values = fieldValues(req.site, list, jsonBody(req));
  checkUnique(list, { ...item.fields, ...values }, item.id);
  if (list.enableVersioning) {
    const previous: EmVersion = { label: `${item.version}.0`, fields: { ...item.fields }, modified: item.modified, editorId: item.editorId };
    item.history.push(previous);
  }
  item.fields = { ...item.fields, ...values };
  item.version += 1;
  item.modified = nowIso();
  item.editorId = req.user.id;
  store.putItem(req.site, list, item);
  return item;
}

export function deleteItem(req: EmRequest, list: EmList, item: EmItem, store: Store): void {
  checkEtag(req, list, item);
  list.items.delete(item.id);
  store.dropItem(req.site, list, item.id);
}

/** A lookup or person as it is looked up now (the item's fields, or a principal's Id/Title/EMail). */
export type LookupResolver = (field: EmField, id: number) => Record<string, unknown> | undefined;

/** SP.FieldLookupValue / SP.FieldUserValue, as a version row carries them. */
function lookupValue(field: EmField, id: number, resolve: LookupResolver): Record<string, unknown> {
  const target = resolve(field, id);
  if (field.type === 'User' || field.type === 'UserMulti') {
    return { LookupId: id, LookupValue: String(target?.Title ?? ''), Email: String(target?.EMail ?? '') };
  }
  return { LookupId: id, LookupValue: String(target?.[field.lookupField ?? 'Title'] ?? '') };
}

function versionValue(field: EmField, stored: unknown, resolve: LookupResolver): unknown {
  if (stored === null || stored === undefined) return field.type === 'LookupMulti' || field.type === 'UserMulti' ? [] : null;
  if (field.type === 'Lookup' || field.type === 'User') return lookupValue(field, stored as number, resolve);
  if (field.type === 'LookupMulti' || field.type === 'UserMulti') return (stored as number[]).map((id) => lookupValue(field, id, resolve));
  return stored;
}

/**
 * Newest first, the current version included, as SharePoint's /versions lists them. Unlike item
 * rows (lookups as <Name>Id), a version row carries each lookup and person column under its own
 * name as an object: SP.FieldLookupValue { LookupId, LookupValue } and SP.FieldUserValue
 * { LookupId, LookupValue, Email } (FieldUserValue members, which extend FieldLookupValue:
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee544881(v=office.15)),
 * multi-value columns as arrays of them; there is no <Name>Id property (issue #14.9).
 */
export function versionsOf(list: EmList, item: EmItem, resolve: LookupResolver): Array<Record<string, unknown>> {
  const current: EmVersion = { label: `${item.version}.0`, fields: item.fields, modified: item.modified, editorId: item.editorId };
  const editorField = list.fields.find((f) => f.internalName === 'Editor');
  return [...item.history, current].reverse().map((version, index) => {
    const out: Record<string, unknown> = {
      VersionLabel: version.label,
      VersionId: Number(version.label.split('.')[0]) * 512,
      IsCurrentVersion: index === 0,
      Created: version.modified,
      Modified: version.modified,
      Editor: editorField ? lookupValue(editorField, version.editorId, resolve) : { LookupId: version.editorId, LookupValue: '', Email: '' }
    };
    for (const field of list.fields) {
      if (field.builtIn) continue;
      out[field.internalName] = versionValue(field, version.fields[field.internalName], resolve);
    }
    out.Title = version.fields.Title ?? null;
    return out;
  });
}
