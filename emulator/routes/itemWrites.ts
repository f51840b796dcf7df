// Item writes: add (201 with the item and its odata.etag), MERGE with If-Match (204 and the new
// ETag; 412 when the ETag is stale), DELETE, and version history when the list keeps versions.
import { ERR, jsonBody, type EmRequest } from '../http';
import { isLookupLike, writeKey, writeValue } from '../fields';
import { itemEtag, itemEtagHeader, nowIso, type EmItem, type EmList, type EmVersion } from '../model';
import type { Store } from '../store';

/** Validates every written property against the list's fields, like SharePoint does. */
function fieldValues(list: EmList, body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.')) continue;
    const field = list.fields.find((f) => writeKey(f) === key || (!isLookupLike(f) && f.internalName === key));
    if (!field) throw ERR.badRequest(`The property '${key}' does not exist on type '${list.url.split('/').pop()}'. Make sure to only use property names that are defined by the type.`);
    if (field.readOnly) throw ERR.badRequest(`The property '${key}' is read-only.`);
    out[field.internalName] = writeValue(field, value);
  }
  return out;
}

function checkUnique(list: EmList, values: Record<string, unknown>, exceptId?: number): void {
  for (const field of list.fields) {
    if (!/EnforceUniqueValues="TRUE"/.test(field.schemaXml)) continue;
    const value = values[field.internalName];
    if (value === undefined || value === null) continue;
    for (const item of list.items.values()) {
      if (item.id !== exceptId && item.fields[field.internalName] === value) {
        throw ERR.conflict(`This value is already in use in the column '${field.title}', which requires unique values.`);
      }
    }
  }
}

export function addItem(req: EmRequest, list: EmList, store: Store): EmItem {
  const values = fieldValues(list, jsonBody(req));
  checkUnique(list, values);
  const now = nowIso();
  const item: EmItem = { id: list.nextItemId++, fields: values, version: 1, created: now, modified: now, authorId: req.user.id, editorId: req.user.id, history: [] };
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
  const values = fieldValues(list, jsonBody(req));
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

/** Newest first, the current version included, as SharePoint's /versions lists them. The version's
 * editor comes as SharePoint's FieldUserValue (LookupId, LookupValue, Email). */
export function versionsOf(list: EmList, item: EmItem, userOf: (id: number) => { title: string; email: string } | undefined = () => undefined): Array<Record<string, unknown>> {
  const current: EmVersion = { label: `${item.version}.0`, fields: item.fields, modified: item.modified, editorId: item.editorId };
  return [...item.history, current].reverse().map((version, index) => {
    const out: Record<string, unknown> = {
      VersionLabel: version.label,
      VersionId: Number(version.label.split('.')[0]) * 512,
      IsCurrentVersion: index === 0,
      Created: version.modified,
      Modified: version.modified,
      EditorId: version.editorId,
      Editor: { LookupId: version.editorId, LookupValue: userOf(version.editorId)?.title ?? '', Email: userOf(version.editorId)?.email ?? '' }
    };
    for (const field of list.fields) {
      if (field.builtIn) continue;
      out[writeKey(field)] = version.fields[field.internalName] ?? null;
    }
    out.Title = version.fields.Title ?? null;
    return out;
  });
}
