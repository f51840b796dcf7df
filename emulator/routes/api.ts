// The SharePoint REST subset the product and PnPjs use, resolved segment by segment from
// `_api/web/...`: web, lists (by title, id or URL), items, fields, views, users, groups,
// permission levels, role assignments and effective permissions. SendEmail is gone, as on SharePoint.
import { created, ERR, jsonBody, noContent, ok, segments, SpError, unquote, type EmRequest, type EmResponse } from '../http';
import { builtInFields } from '../fields';
import { itemEtagHeader, newGuid, nowIso, type EmField, type EmItem, type EmList, type EmSite } from '../model';
import { CAN, listMask, requireList, requireWeb, userFor, webMask, type Mask } from '../security';
import type { Store } from '../store';
import { ItemMap } from '../itemMap';
import { entityTypeName, listDataName, queryItems, serializeItem } from '../odata/items';
import { addItem, deleteItem, updateItem, versionsOf } from './itemWrites';
import { addValidateUpdateItemUsingPath, itemSecurityRoute, rootFolderRoute } from './folders';
import { requireItem } from '../folders';
import {
  addGroup,
  addGroupMember,
  addRoleDefinition,
  changeAssignment,
  deleteRoleDefinition,
  ensureUser,
  findGroup,
  removeGroup,
  requireViewMembership,
  serializeAssignments,
  serializeGroup,
  serializeRoleDef,
  serializeUser,
  updateGroup,
  updateRoleDefinition
} from './principals';
import { viewsRoute } from './views';
import { fieldsRoute } from './fields';
import { peopleManagerRoute } from './profiles';

export interface ApiContext {
  store: Store;
  /** The site collection's root web of a site (the site itself when it is the root). */
  rootWeb?: (site: EmSite) => EmSite;
}

type Segment = { name: string; arg?: string };

const maskJson = (mask: Mask): Record<string, string> => ({ High: String(mask.high), Low: String(mask.low) });

export function resolveLookup(site: EmSite, field: EmField, id: number): Record<string, unknown> | undefined {
  if (field.type === 'User' || field.type === 'UserMulti') {
    const user = site.users.find((u) => u.id === id);
    if (user) return { Id: user.id, Title: user.title, EMail: user.email, Name: user.loginName };
    const group = site.groups.find((g) => g.id === id);
    return group ? { Id: group.id, Title: group.title } : undefined;
  }
  const target = site.lists.find((l) => l.id.toLowerCase() === field.lookupListId);
  const item = target?.items.get(id);
  return item ? { ...item.fields, Id: item.id, ID: item.id } : undefined;
}

/** The web as recorded with minimal metadata (tests/conformance/fixtures/web-select.json). */
function serializeWeb(req: EmRequest): Record<string, unknown> {
  return {
    'odata.type': 'SP.Web',
    'odata.id': `${req.siteUrl}/_api/Web`,
    'odata.editLink': 'Web',
    Id: req.site.id,
    Title: req.site.title,
    Url: req.siteUrl,
    ServerRelativeUrl: req.site.path,
    Description: '',
    Language: 1030
  };
}

function serializeList(list: EmList): Record<string, unknown> {
  return {
    Id: list.id,
    Title: list.title,
    Description: list.description,
    BaseTemplate: list.baseTemplate,
    EnableVersioning: list.enableVersioning,
    ItemCount: list.items.size,
    Created: list.created,
    HasUniqueRoleAssignments: list.hasUniqueRoleAssignments,
    EntityTypeName: `${list.url.split('/').pop()}List`,
    ListItemEntityTypeFullName: entityTypeName(list),
    RootFolder: { ServerRelativeUrl: list.url }
  };
}

function findList(site: EmSite, by: 'title' | 'id' | 'url', value: string, siteUrl = ''): EmList {
  const lower = value.toLowerCase().replace(/\/+$/, '');
  const list = site.lists.find((l) =>
    by === 'title' ? l.title.toLowerCase() === lower : by === 'id' ? l.id.toLowerCase() === lower.replace(/[{}]/g, '') : l.url.toLowerCase() === lower
  );
  // By title SharePoint answers as recorded in tests/conformance/fixtures/error-404-list.json.
  if (!list && by === 'title') throw new SpError(404, '-1, System.ArgumentException', `List '${value}' does not exist at site with URL '${siteUrl}'.`);
  if (!list) throw ERR.notFound(`List '${value}'`);
  return list;
}

export function handleApi(req: EmRequest, ctx: ApiContext): EmResponse {
  // Without any permission on the site (not even Limited Access) SharePoint answers 403 to everything.
  requireWeb(req.site, req.user, CAN.Open);
  const [first, ...rest] = segments(req.apiPath);
  const name = first?.name.toLowerCase();
  if (name === 'web') return webRoute(req, ctx, rest);
  if (name === 'site') {
    if (rest[0]?.name.toLowerCase() === 'rootweb') return webRoute(asRootWeb(req, ctx), ctx, rest.slice(1));
    return ok({ Id: req.site.id, Url: req.siteUrl, ServerRelativeUrl: req.site.path });
  }
  if (name === 'sp.utilities.utility.sendemail') throw retiredSendEmail(req.apiPath);
  if (name === 'sp.userprofiles.peoplemanager') return peopleManagerRoute(req, rest);
  throw ERR.notFound(`The resource '${req.apiPath}'`);
}

/** The same request addressed to the site collection's root web (`_api/site/rootweb/...`). */
function asRootWeb(req: EmRequest, ctx: ApiContext): EmRequest {
  const rootWeb = ctx.rootWeb?.(req.site) ?? req.site;
  if (rootWeb === req.site) return req;
  const user = userFor(rootWeb, req.user.loginName, () => ctx.store.putSite(rootWeb));
  return { ...req, site: rootWeb, user, siteUrl: `${req.siteUrl.slice(0, req.siteUrl.length - req.site.path.length)}${rootWeb.path}` };
}

/** SP.Utilities.Utility.SendEmail was retired on 31 October 2025 (pnp/pnpjs#3195, where PnPjs's
 * maintainers say to send through Graph; pnp/cli-microsoft365#6576, which retires `spo mail send`
 * for `outlook mail send`). Neither thread records the body SharePoint sends since; SharePoint
 * answers a request for a resource it does not have with -1, ResourceNotFoundException "Cannot find
 * resource for the request …" (as recorded in pnp/cli-microsoft365's site-accessrequest-list
 * spec), so the emulator answers the retired endpoint so, and nothing is ever sent through it. */
function retiredSendEmail(apiPath: string): SpError {
  return new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${apiPath}.`);
}

function webRoute(req: EmRequest, ctx: ApiContext, segs: Segment[]): EmResponse {
  const { site } = req;
  if (segs.length === 0) {
    const select = req.query.get('$select');
    return ok(serializeWeb(req), undefined, `SP.ApiData.Webs/@Element${select ? `&select=${select}` : ''}`);
  }
  const [s, ...rest] = segs;
  const name = s.name.toLowerCase();
  switch (name) {
    case 'lists':
      if (s.arg !== undefined) return listRoute(req, ctx, findList(site, 'id', unquote(s.arg)), rest);
      return listsRoute(req, ctx, rest);
    case 'getlist':
      return listRoute(req, ctx, findList(site, 'url', unquote(s.arg)), rest);
    case 'currentuser':
      if (rest[0]?.name.toLowerCase() === 'groups') return ok({ value: site.groups.filter((g) => g.memberIds.includes(req.user.id)).map(serializeGroup) });
      return ok(serializeUser(site, req.user));
    case 'siteusers':
      return siteUsersRoute(req, s, rest);
    case 'ensureuser':
      return ok(serializeUser(site, ensureUser(req, ctx.store)));
    case 'sitegroups':
      return siteGroupsRoute(req, ctx, s, rest);
    case 'associatedownergroup': {
      const owner = site.groups.find((g) => g.id === site.ownerGroupId);
      if (!owner) throw ERR.notFound('Owner group');
      return ok(serializeGroup(owner));
    }
    case 'roledefinitions':
      return roleDefinitionsRoute(req, ctx, s, rest);
    case 'roleassignments':
      return assignmentsRoute(req, ctx, site.webRoleAssignments, rest, () => ctx.store.putSite(site));
    case 'effectivebasepermissions':
      return ok(maskJson(webMask(site, req.user)));
    default:
      throw ERR.notFound(`The resource 'web/${s.name}'`);
  }
}

function siteUsersRoute(req: EmRequest, s: Segment, rest: Segment[]): EmResponse {
  const { site } = req;
  const next = rest[0];
  if (s.arg === undefined && !next) return ok({ value: site.users.map((u) => serializeUser(site, u)) });
  // siteusers('!@v::<login>') and siteusers(@v)?@v='<login>' are SharePoint's parameter aliases
  // for a login name (PnPjs's getByLoginName sends the second).
  const inline = next === undefined && s.arg !== undefined && unquote(s.arg).startsWith('!@v::');
  const aliased = next === undefined && s.arg !== undefined && s.arg.trim().startsWith('@');
  const key = inline || aliased ? 'getbyloginname' : (next?.name ?? 'getbyid').toLowerCase();
  const arg = inline ? unquote(s.arg).slice('!@v::'.length) : aliased ? unquote(req.query.get(s.arg?.trim() ?? '') ?? '') : unquote(next?.arg ?? s.arg);
  const user = site.users.find((u) =>
    key === 'getbyemail'
      ? u.email.toLowerCase() === arg.toLowerCase()
      : key === 'getbyloginname'
        ? u.loginName.toLowerCase() === arg.toLowerCase()
        : u.id === Number(arg)
  );
  if (!user) throw ERR.notFound('User cannot be found.');
  return ok(serializeUser(site, user));
}

function siteGroupsRoute(req: EmRequest, ctx: ApiContext, s: Segment, rest: Segment[]): EmResponse {
  const { site } = req;
  const groupSegment = s.arg !== undefined ? { name: 'getbyid', arg: s.arg } : rest[0];
  if (groupSegment?.name.toLowerCase() === 'removebyid' && req.method === 'POST') return removeGroup(req, ctx.store, groupSegment.arg);
  if (!groupSegment) {
    if (req.method === 'POST') return created(serializeGroup(addGroup(req, ctx.store)));
    return ok({ value: site.groups.map(serializeGroup) });
  }
  const group = findGroup(site, groupSegment);
  const after = s.arg !== undefined ? rest : rest.slice(1);
  if (after.length === 0) {
    if (req.method === 'MERGE' || req.method === 'PATCH') return updateGroup(req, group, ctx.store);
    return ok(serializeGroup(group));
  }
  if (after[0].name.toLowerCase() === 'users') {
    if (req.method === 'POST') return created(serializeUser(site, addGroupMember(req, group, ctx.store)));
    requireViewMembership(site, req.user, group);
    // Direct members only: an Entra ID group is listed as itself (PrincipalType 4), never expanded.
    return ok({ value: site.users.filter((u) => group.memberIds.includes(u.id)).map((u) => serializeUser(site, u)) });
  }
  throw ERR.notFound(`The resource 'sitegroups/${after[0].name}'`);
}

function roleDefinitionsRoute(req: EmRequest, ctx: ApiContext, s: Segment, rest: Segment[]): EmResponse {
  const { site } = req;
  const by = s.arg !== undefined ? { name: 'getbyid', arg: s.arg } : rest[0];
  if (!by) {
    if (req.method === 'POST') {
      refuseInheritedRoleDefinitions(site);
      return created(serializeRoleDef(addRoleDefinition(req, ctx.store)));
    }
    return ok({ value: site.roleDefs.map(serializeRoleDef) });
  }
  const arg = unquote(by.arg);
  const key = by.name.toLowerCase();
  const def = site.roleDefs.find((d) =>
    key === 'getbyname' ? d.name.toLowerCase() === arg.toLowerCase() : key === 'getbytype' ? d.roleTypeKind === Number(arg) : d.id === Number(arg)
  );
  if (!def) throw ERR.notFound('Role definition');
  if (req.method === 'MERGE' || req.method === 'PATCH') {
    refuseInheritedRoleDefinitions(site);
    return updateRoleDefinition(req, def, ctx.store);
  }
  if (req.method === 'DELETE') {
    refuseInheritedRoleDefinitions(site);
    return deleteRoleDefinition(req, def, ctx.store);
  }
  return ok(serializeRoleDef(def));
}

/** A web that inherits its permission levels cannot add or change one: "Site inherits permission
 * levels from a parent site, and permission levels cannot be customized. Error code: -1."
 * (SP.RoleDefinition.basePermissions, InvalidOperationException,
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee554475(v=office.14)). */
function refuseInheritedRoleDefinitions(site: EmSite): void {
  if (site.roleDefinitionsFrom !== undefined) {
    throw new SpError(
      400,
      '-1, System.InvalidOperationException',
      'Site inherits permission levels from a parent site, and permission levels cannot be customized.'
    );
  }
}

function assignmentsRoute(req: EmRequest, ctx: ApiContext, assignments: EmList['roleAssignments'], rest: Segment[], persist: () => void): EmResponse {
  const action = rest[0]?.name.toLowerCase();
  if (action === 'addroleassignment' || action === 'removeroleassignment') {
    const response = changeAssignment(req, assignments, action, rest[0].arg);
    persist();
    return response;
  }
  requireWeb(req.site, req.user, CAN.EnumeratePermissions);
  return ok({ value: serializeAssignments(req.site, assignments) });
}

function listsRoute(req: EmRequest, ctx: ApiContext, rest: Segment[]): EmResponse {
  const { site } = req;
  if (rest.length === 0) {
    if (req.method === 'POST') return created(serializeList(addList(req, ctx.store)));
    return ok({ value: site.lists.map(serializeList) });
  }
  const [by, ...after] = rest;
  const key = by.name.toLowerCase();
  const list = findList(site, key === 'getbytitle' ? 'title' : 'id', unquote(by.arg), req.siteUrl);
  return listRoute(req, ctx, list, after);
}

function addList(req: EmRequest, store: Store): EmList {
  requireWeb(req.site, req.user, CAN.ManageLists);
  const body = jsonBody<{ Title?: string; Description?: string; BaseTemplate?: number; EnableVersioning?: boolean }>(req);
  if (!body.Title) throw ERR.badRequest('A list needs a Title.');
  if (req.site.lists.some((l) => l.title.toLowerCase() === body.Title?.toLowerCase())) {
    throw ERR.badRequest(
      `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`
    );
  }
  const urlName = body.Title.replace(/[^A-Za-z0-9]/g, '');
  const list: EmList = {
    id: newGuid(),
    title: body.Title,
    description: body.Description ?? '',
    url: `${req.site.path}/Lists/${urlName}`,
    baseTemplate: body.BaseTemplate ?? 100,
    enableVersioning: body.EnableVersioning ?? false,
    created: nowIso(),
    fields: builtInFields(),
    views: [{ id: newGuid(), title: 'All Items', viewQuery: '', rowLimit: 30, defaultView: true, personalView: false, fields: ['LinkTitle'] }],
    hasUniqueRoleAssignments: false,
    roleAssignments: [],
    nextItemId: 1,
    items: new ItemMap()
  };
  req.site.lists.push(list);
  store.putList(req.site, list);
  return list;
}

function listRoute(req: EmRequest, ctx: ApiContext, list: EmList, rest: Segment[]): EmResponse {
  const { site, user } = req;
  const persistList = (): void => ctx.store.putList(site, list);
  if (rest.length === 0) {
    if (req.method === 'MERGE' || req.method === 'PATCH') {
      requireWeb(site, user, CAN.ManageLists);
      const body = jsonBody<{ Title?: string; Description?: string; EnableVersioning?: boolean }>(req);
      if (body.Title !== undefined) list.title = body.Title;
      if (body.Description !== undefined) list.description = body.Description;
      if (body.EnableVersioning !== undefined) list.enableVersioning = body.EnableVersioning;
      persistList();
      return noContent();
    }
    if (req.method === 'DELETE') {
      requireWeb(site, user, CAN.ManageLists);
      site.lists = site.lists.filter((l) => l !== list);
      ctx.store.dropList(site, list.id);
      return noContent();
    }
    return ok(serializeList(list));
  }
  const [s, ...after] = rest;
  switch (s.name.toLowerCase()) {
    case 'items':
      if (s.arg !== undefined) return itemRoute(req, ctx, list, Number(s.arg), after);
      if (req.method === 'POST') {
        requireList(site, user, list, CAN.AddListItems);
        const item = addItem(req, list, ctx.store);
        // As recorded (tests/conformance/fixtures/item-create.json): ETag "<guid>,<version>" and Location.
        const location = `${req.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${item.id})`;
        return created(
          serializeItem(site, list, item, [], [], resolveLookup),
          { ETag: itemEtagHeader(list, item), Location: location },
          `${listDataName(list)}/@Element`
        );
      }
      requireList(site, user, list, CAN.ViewListItems);
      {
        const page = queryItems(req, list, resolveLookup);
        return ok(page.nextLink ? { value: page.value, 'odata.nextLink': page.nextLink } : { value: page.value }, undefined, listDataName(list));
      }
    case 'getitembyid':
      return itemRoute(req, ctx, list, Number(s.arg), after);
    case 'fields':
      return fieldsRoute(req, ctx, list, s, after);
    case 'views':
      return viewsRoute(req, list, s, after, persistList);
    case 'rootfolder':
      return rootFolderRoute(req, list, after);
    case 'addvalidateupdateitemusingpath':
      if (req.method !== 'POST') throw ERR.notFound(`The resource '${s.name}'`);
      return addValidateUpdateItemUsingPath(req, list, ctx.store);
    case 'roleassignments':
      // A list that inherits reports its parent's assignments, as SharePoint does.
      if (req.method === 'GET' && !list.hasUniqueRoleAssignments) return assignmentsRoute(req, ctx, site.webRoleAssignments, after, persistList);
      return assignmentsRoute(req, ctx, list.roleAssignments, after, persistList);
    case 'breakroleinheritance': {
      requireWeb(site, user, CAN.ManagePermissions);
      const copy = /copyroleassignments=true/i.test(s.arg ?? '');
      // Without copying, SharePoint leaves exactly one assignment: the caller's ("If the value is
      // false, the collection of role assignments must contain only 1 role assignment containing
      // the current user after the operation", SP.SecurableObject.breakRoleInheritance,
      // https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee659518(v=office.14)).
      const fullControl = site.roleDefs.find((d) => d.roleTypeKind === 5)?.id ?? 1073741829;
      if (!list.hasUniqueRoleAssignments)
        list.roleAssignments = copy
          ? site.webRoleAssignments.map((a) => ({ ...a, roleDefIds: [...a.roleDefIds] }))
          : [{ principalId: user.id, roleDefIds: [fullControl] }];
      list.hasUniqueRoleAssignments = true;
      persistList();
      return ok({ 'odata.null': true });
    }
    case 'resetroleinheritance':
      requireWeb(site, user, CAN.ManagePermissions);
      list.hasUniqueRoleAssignments = false;
      list.roleAssignments = [];
      persistList();
      return ok({ 'odata.null': true });
    case 'effectivebasepermissions':
      return ok(maskJson(listMask(site, user, list)));
    default:
      throw ERR.notFound(`The resource '${s.name}'`);
  }
}

function itemRoute(req: EmRequest, ctx: ApiContext, list: EmList, id: number, rest: Segment[]): EmResponse {
  const { site, user } = req;
  const item: EmItem | undefined = list.items.get(id);
  if (!item) {
    requireList(site, user, list, CAN.ViewListItems);
    throw ERR.itemNotFound();
  }
  const sub = rest[0]?.name.toLowerCase();
  // Every check on an item uses its own scope: its unique assignments, else its folder's, else the list's.
  if (sub === 'versions') {
    requireItem(site, user, list, item, CAN.ViewVersions);
    return ok({ value: versionsOf(list, item, (field, id) => resolveLookup(site, field, id)) });
  }
  const security = sub === undefined ? undefined : itemSecurityRoute(req, list, item, rest, ctx.store);
  if (security) return security;
  if (sub !== undefined) throw ERR.notFound(`The resource '${rest[0].name}'`);
  if (req.method === 'MERGE' || req.method === 'PATCH' || req.method === 'PUT') {
    requireItem(site, user, list, item, CAN.EditListItems);
    const updated = updateItem(req, list, item, ctx.store);
    // 204 with the new ETag as "<guid>,<version>" (tests/conformance/fixtures/item-update.json).
    return noContent({ ETag: itemEtagHeader(list, updated) });
  }
  if (req.method === 'DELETE') {
    requireItem(site, user, list, item, CAN.DeleteListItems);
    deleteItem(req, list, item, ctx.store);
    return noContent();
  }
  requireItem(site, user, list, item, CAN.ViewListItems);
  const split = (name: string): string[] =>
    (req.query.get(name) ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  return ok(
    serializeItem(site, list, item, split('$select'), split('$expand'), resolveLookup),
    { ETag: itemEtagHeader(list, item) },
    `${listDataName(list)}/@Element`
  );
}
