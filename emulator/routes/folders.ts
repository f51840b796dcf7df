// Folders and item-level permissions: AddValidateUpdateItemUsingPath (items and folders created in
// a folder), the list's root folder and its folders, and an item's (or folder's) own role
// assignments: breakroleinheritance, roleassignments, addroleassignment, removeroleassignment,
// resetroleinheritance and effectivebasepermissions. Every check uses the item's own scope.
import { ERR, jsonBody, namedArgs, ok, type EmRequest, type EmResponse } from '../http';
import { isMulti, writeKey } from '../fields';
import { hasPermission, PERMISSION, type EmField, type EmItem, type EmList, type EmRoleAssignment, type EmSite } from '../model';
import { listMask } from '../security';
import type { Store } from '../store';
import { folderIndex, isListRoot, itemMask, leafOf, refOf, requireInFolder, requireItem, scopeOf, viewableBy } from '../folders';
import { addItem } from './itemWrites';
import { serializeAssignments } from './principals';

interface FormValue {
  FieldName: string;
  FieldValue: string | null;
}

interface CreateInfo {
  FolderPath?: { DecodedUrl?: string };
  LeafName?: { DecodedUrl?: string };
  UnderlyingObjectType?: number;
}

class FormValueError extends Error {}

/** Form values are strings parsed as the web's regional settings say (the emulated sites are
 * Danish, LCID 1030: "1.234,5"): ValidateUpdateListItem/AddValidateUpdateItemUsingPath take
 * "field internal names and values" and validate them like the list form does
 * (https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-csomspt/dd461c25-595c-45ea-adbf-139145dfc2b0). */
function parseFormValue(field: EmField, raw: string): unknown {
  if (raw === '') return null;
  switch (field.type) {
    case 'Number':
    case 'Integer': {
      if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(raw))
        throw new FormValueError('Invalid number value. A number field contains invalid data. Please check the value and try again.');
      return Number(raw.replace(/\./g, '').replace(',', '.'));
    }
    case 'Boolean':
      if (/^(1|true|yes|ja)$/i.test(raw)) return true;
      if (/^(0|false|no|nej)$/i.test(raw)) return false;
      throw new FormValueError('Invalid Yes/No value.');
    case 'Lookup':
    case 'User':
    case 'LookupMulti':
    case 'UserMulti': {
      // "12", "12;#Title" or, for several, "1;#;#2;#".
      const ids = raw
        .split(';#')
        .map((part) => part.trim())
        .filter((part) => /^\d+$/.test(part))
        .map(Number);
      if (ids.length === 0) throw new FormValueError(`Invalid lookup value '${raw}'.`);
      return isMulti(field) ? ids : ids[0];
    }
    case 'Choice':
      if (field.choices && !field.choices.includes(raw) && !/FillInChoice="TRUE"/.test(field.schemaXml))
        throw new FormValueError(`Invalid choice value '${raw}'.`);
      return raw;
    case 'DateTime':
      throw new FormValueError('Dates are written with the typed JSON update, not as form values.');
    default:
      return raw;
  }
}

function reply(values: FormValue[], errors: Map<string, string>, id?: number): EmResponse {
  const rows = values.map((v) => ({
    FieldName: v.FieldName,
    FieldValue: v.FieldValue,
    HasException: errors.has(v.FieldName),
    ErrorCode: errors.has(v.FieldName) ? -2146232832 : 0,
    ErrorMessage: errors.get(v.FieldName) ?? null
  }));
  if (id !== undefined) rows.push({ FieldName: 'Id', FieldValue: String(id), HasException: false, ErrorCode: 0, ErrorMessage: null });
  return ok({ value: rows });
}

/** POST lists(...)/AddValidateUpdateItemUsingPath: an item (or, with UnderlyingObjectType 1 and a
 * LeafName, a folder) in FolderPath. "If there's any exception in any of the fields, the item will
 * not be committed" (MS-CSOMSPT 3.2.5.79.2.1.19). Adding needs AddListItems where it lands: the
 * folder's scope, not the list's. */
export function addValidateUpdateItemUsingPath(req: EmRequest, list: EmList, store: Store): EmResponse {
  const body = jsonBody<{ listItemCreateInfo?: CreateInfo; formValues?: FormValue[] | { results?: FormValue[] } }>(req);
  const info = body.listItemCreateInfo ?? {};
  const values = Array.isArray(body.formValues) ? body.formValues : (body.formValues?.results ?? []);
  const folderUrl = info.FolderPath?.DecodedUrl?.trim() || list.url;
  requireInFolder(req.site, req.user, list, folderUrl, PERMISSION.AddListItems);
  const isFolder = info.UnderlyingObjectType === 1;
  const leaf = info.LeafName?.DecodedUrl?.trim();
  if (isFolder) {
    if (!leaf || /[\\/:*?"<>|#%]/.test(leaf)) throw ERR.badRequest('A folder needs a LeafName without the characters \\ / : * ? " < > | # %.');
    const siblings = [...list.items.values()].filter((i) => i.folder && refOf(list, i).toLowerCase() === `${folderUrl}/${leaf}`.toLowerCase());
    if (siblings.length > 0) throw ERR.conflict(`A file or folder with the name ${folderUrl}/${leaf} already exists.`);
  }
  const typed: Record<string, unknown> = {};
  const errors = new Map<string, string>();
  for (const value of values) {
    const field = list.fields.find((f) => f.internalName === value.FieldName);
    if (!field) {
      errors.set(value.FieldName, `Column '${value.FieldName}' does not exist. It may have been deleted by another user.`);
      continue;
    }
    if (field.readOnly) {
      errors.set(value.FieldName, `The field '${field.title}' is read-only.`);
      continue;
    }
    try {
      typed[writeKey(field)] = parseFormValue(field, value.FieldValue ?? '');
    } catch (e) {
      errors.set(value.FieldName, e instanceof Error ? e.message : String(e));
    }
  }
  if (errors.size > 0) return reply(values, errors);
  if (isFolder && typed.Title === undefined) typed.Title = leaf;
  const item = addItem({ ...req, body: JSON.stringify(typed) }, list, store);
  if (!isListRoot(list, folderUrl)) item.dir = folderUrl.replace(/\/+$/, '');
  if (isFolder) {
    item.folder = true;
    item.leaf = leaf;
  }
  store.putItem(req.site, list, item);
  return reply(values, errors, item.id);
}

/** lists(...)/rootfolder and rootfolder/folders (each with ListItemAllFields when expanded). */
export function rootFolderRoute(req: EmRequest, list: EmList, rest: Array<{ name: string }>): EmResponse {
  if (rest.length === 0) return ok({ ServerRelativeUrl: list.url, Name: list.url.split('/').pop() });
  if (rest[0].name.toLowerCase() !== 'folders') throw ERR.notFound(`The resource 'rootfolder/${rest[0].name}'`);
  if (!hasPermission(listMask(req.site, req.user, list), PERMISSION.ViewListItems)) throw ERR.forbidden();
  const visible = viewableBy(req.site, req.user, list, PERMISSION.ViewListItems);
  // The folders from the list's folder index, and every folder's count from one pass over the
  // items kept until they change (ItemMap.derive): the first screen reads this on every start, and
  // a list of 100,000 check-ins should not be read whole for a dozen folders.
  const folders = [...folderIndex(list).values()].filter((i) => isListRoot(list, i.dir ?? list.url) && visible(i));
  const counts = list.items.derive('folderCounts', () => {
    const byDir = new Map<string, number>();
    for (const i of list.items.values()) if (i.dir) byDir.set(i.dir.toLowerCase(), (byDir.get(i.dir.toLowerCase()) ?? 0) + 1);
    return byDir;
  });
  return ok({
    value: folders.map((f) => ({
      Name: leafOf(f),
      ServerRelativeUrl: refOf(list, f),
      ItemCount: counts.get(refOf(list, f).toLowerCase()) ?? 0,
      ListItemAllFields: {
        Id: f.id,
        ID: f.id,
        HasUniqueRoleAssignments: f.unique !== undefined,
        EffectiveBasePermissions: maskJson(itemMask(req.site, req.user, list, f))
      }
    }))
  });
}

const maskJson = (mask: { high: number; low: number }): Record<string, string> => ({ High: String(mask.high), Low: String(mask.low) });

function inheritedAssignments(site: EmSite, list: EmList, item: EmItem): EmRoleAssignment[] {
  const folders = folderIndex(list);
  const parentScope = (() => {
    const dir = item.dir ?? list.url;
    if (isListRoot(list, dir)) return undefined;
    const parent = folders.get(dir.toLowerCase());
    return parent ? scopeOf(list, parent, folders) : undefined;
  })();
  const source = parentScope ?? (list.hasUniqueRoleAssignments ? list.roleAssignments : site.webRoleAssignments);
  return source.map((a) => ({ principalId: a.principalId, roleDefIds: [...a.roleDefIds] }));
}

/** items(id)/breakroleinheritance | resetroleinheritance | roleassignments[/add|remove...] |
 * effectivebasepermissions. Managing needs ManagePermissions on the item's own scope. */
export function itemSecurityRoute(
  req: EmRequest,
  list: EmList,
  item: EmItem,
  rest: Array<{ name: string; arg?: string }>,
  store: Store
): EmResponse | undefined {
  const { site, user } = req;
  const sub = rest[0]?.name.toLowerCase();
  const persist = (): void => store.putItem(site, list, item);
  switch (sub) {
    case 'effectivebasepermissions': {
      return ok(maskJson(itemMask(site, user, list, item)));
    }
    case 'breakroleinheritance': {
      requireItem(site, user, list, item, PERMISSION.ManagePermissions);
      const args = namedArgs(rest[0].arg);
      if (!item.unique) {
        // copyroleassignments=false leaves only the caller, with full control, as SharePoint does.
        item.unique = args.copyroleassignments === 'true' ? inheritedAssignments(site, list, item) : [{ principalId: user.id, roleDefIds: [1073741829] }];
      }
      if (args.clearsubscopes === 'true' && item.folder) {
        const prefix = `${refOf(list, item).toLowerCase()}/`;
        for (const child of list.items.values()) {
          if (child.unique && `${(child.dir ?? list.url).toLowerCase()}/`.startsWith(prefix)) {
            child.unique = undefined;
            store.putItem(site, list, child);
          }
        }
      }
      persist();
      return ok({ 'odata.null': true });
    }
    case 'resetroleinheritance':
      requireItem(site, user, list, item, PERMISSION.ManagePermissions);
      item.unique = undefined;
      persist();
      return ok({ 'odata.null': true });
    case 'roleassignments': {
      const action = rest[1]?.name.toLowerCase();
      if (action === 'addroleassignment' || action === 'removeroleassignment') {
        requireItem(site, user, list, item, PERMISSION.ManagePermissions);
        if (!item.unique) throw ERR.badRequest('This operation is not allowed on an object that inherits permissions.');
        changeItemAssignment(site, item.unique, action, rest[1].arg);
        persist();
        return ok({ 'odata.null': true });
      }
      if (!hasPermission(itemMask(site, user, list, item), PERMISSION.EnumeratePermissions)) throw ERR.forbidden();
      return ok({ value: serializeAssignments(site, item.unique ?? inheritedAssignments(site, list, item)) });
    }
    default:
      return undefined;
  }
}

function changeItemAssignment(site: EmSite, assignments: EmRoleAssignment[], action: string, arg: string | undefined): void {
  const args = namedArgs(arg);
  const principalId = Number(args.principalid);
  const roleDefId = Number(args.roledefid);
  if (!site.roleDefs.some((d) => d.id === roleDefId)) throw ERR.notFound('The permission level');
  if (!site.users.some((u) => u.id === principalId) && !site.groups.some((g) => g.id === principalId)) throw ERR.notFound('The principal');
  const existing = assignments.find((a) => a.principalId === principalId);
  if (action === 'addroleassignment') {
    if (!existing) assignments.push({ principalId, roleDefIds: [roleDefId] });
    else if (!existing.roleDefIds.includes(roleDefId)) existing.roleDefIds.push(roleDefId);
  } else if (existing) {
    existing.roleDefIds = existing.roleDefIds.filter((id) => id !== roleDefId);
    if (existing.roleDefIds.length === 0) assignments.splice(assignments.indexOf(existing), 1);
  }
}
