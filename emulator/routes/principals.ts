// Users, groups, permission levels and role assignments: what provisioning sets up and what the
// product asks about the current user.
import { ERR, jsonBody, namedArgs, noContent, ok, unquote, type EmRequest, type EmResponse } from '../http';
import { claimGroupId } from '../directory';
import { hasPermission, plainLogin, type EmGroup, type EmRoleAssignment, type EmRoleDef, type EmSite, type EmUser } from '../model';
import { CAN, principalIds, requireWeb, userFor, webMask } from '../security';
import type { Store } from '../store';

/** SP.User with every property SharePoint Online sends (tests/conformance/fixtures/currentuser.json). */
export function serializeUser(site: EmSite, user: EmUser): Record<string, unknown> {
  return {
    Id: user.id,
    IsHiddenInUI: false,
    LoginName: user.loginName,
    Title: user.title,
    // An Entra ID group seen as a principal is PrincipalType 4 (SecurityGroup) with no UPN.
    PrincipalType: user.principalType ?? 1,
    Email: user.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: site.groups.find((g) => g.id === site.ownerGroupId)?.memberIds.includes(user.id) ?? false,
    UserId: { NameId: user.id.toString(16).padStart(16, '1'), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: user.principalType === 4 ? null : user.email
  };
}

export function serializeGroup(group: EmGroup): Record<string, unknown> {
  return {
    Id: group.id,
    Title: group.title,
    LoginName: group.title,
    Description: group.description,
    OwnerTitle: 'System Account',
    PrincipalType: 8,
    OnlyAllowMembersViewMembership: group.onlyAllowMembersViewMembership !== false
  };
}

/** sitegroups(n)/users: with OnlyAllowMembersViewMembership (the default for a group created
 * through the API) only the group's members, and whoever may manage permissions, may list them;
 * anyone else gets 403 ("Who can view the membership of the group? Group Members",
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ms440655(v=office.14):
 * "true to allow only group members to view the list of members"). */
export function requireViewMembership(site: EmSite, user: EmUser, group: EmGroup): void {
  if (group.onlyAllowMembersViewMembership === false) return;
  if (principalIds(site, user).has(group.id)) return;
  if (hasPermission(webMask(site, user), CAN.ManagePermissions)) return;
  throw ERR.forbidden();
}

/** MERGE sitegroups(n): Title, Description, OnlyAllowMembersViewMembership. */
export function updateGroup(req: EmRequest, group: EmGroup, store: Store): EmResponse {
  requireWeb(req.site, req.user, CAN.ManagePermissions);
  const body = jsonBody<{ Title?: string; Description?: string; OnlyAllowMembersViewMembership?: boolean }>(req);
  if (body.Title !== undefined) group.title = body.Title;
  if (body.Description !== undefined) group.description = body.Description;
  if (body.OnlyAllowMembersViewMembership !== undefined) group.onlyAllowMembersViewMembership = body.OnlyAllowMembersViewMembership;
  store.putSite(req.site);
  return noContent();
}

export function serializeRoleDef(def: EmRoleDef): Record<string, unknown> {
  return {
    Id: def.id,
    Name: def.name,
    Description: def.description,
    Order: def.order,
    RoleTypeKind: def.roleTypeKind,
    Hidden: false,
    BasePermissions: { High: String(def.high), Low: String(def.low) }
  };
}

export function serializeAssignments(site: EmSite, assignments: EmRoleAssignment[]): Array<Record<string, unknown>> {
  return assignments.map((a) => ({
    PrincipalId: a.principalId,
    RoleDefinitionBindings: a.roleDefIds
      .map((id) => site.roleDefs.find((d) => d.id === id))
      .filter((d): d is EmRoleDef => !!d)
      .map(serializeRoleDef)
  }));
}

export function findGroup(site: EmSite, segment: { name: string; arg?: string }): EmGroup {
  const name = segment.name.toLowerCase();
  const arg = unquote(segment.arg);
  const group = name === 'getbyname' ? site.groups.find((g) => g.title.toLowerCase() === arg.toLowerCase()) : site.groups.find((g) => g.id === Number(arg));
  if (!group) throw ERR.notFound('Group cannot be found.');
  return group;
}

export function ensureUser(req: EmRequest, store: Store): EmUser {
  const body = jsonBody<{ logonName?: string }>(req);
  const login = body.logonName ?? '';
  if (!/@/.test(plainLogin(login)) && claimGroupId(login) === undefined) throw ERR.notFound(`The specified user ${login} could not be found.`);
  return userFor(req.site, login, () => store.putSite(req.site));
}

export function addGroup(req: EmRequest, store: Store): EmGroup {
  requireWeb(req.site, req.user, CAN.ManagePermissions);
  const body = jsonBody<{ Title?: string; Description?: string }>(req);
  if (!body.Title) throw ERR.badRequest('A group needs a Title.');
  if (req.site.groups.some((g) => g.title.toLowerCase() === body.Title?.toLowerCase())) {
    throw ERR.badRequest(`The specified name is already in use.`);
  }
  const group: EmGroup = {
    id: req.site.nextPrincipalId++,
    title: body.Title,
    description: body.Description ?? '',
    memberIds: [],
    onlyAllowMembersViewMembership: true
  };
  req.site.groups.push(group);
  store.putSite(req.site);
  return group;
}

export function addGroupMember(req: EmRequest, group: EmGroup, store: Store): EmUser {
  requireWeb(req.site, req.user, CAN.ManagePermissions);
  const body = jsonBody<{ LoginName?: string }>(req);
  const user = userFor(req.site, body.LoginName ?? '', () => undefined);
  if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
  store.putSite(req.site);
  return user;
}

export function addRoleDefinition(req: EmRequest, store: Store): EmRoleDef {
  requireWeb(req.site, req.user, CAN.ManagePermissions);
  const body = jsonBody<{ Name?: string; Description?: string; Order?: number; BasePermissions?: { High: string; Low: string } }>(req);
  if (!body.Name || !body.BasePermissions) throw ERR.badRequest('A permission level needs a Name and BasePermissions.');
  if (req.site.roleDefs.some((d) => d.name.toLowerCase() === body.Name?.toLowerCase())) throw ERR.badRequest('The role definition name is already in use.');
  const def: EmRoleDef = {
    id: 1073741924 + req.site.roleDefs.length,
    name: body.Name,
    description: body.Description ?? '',
    order: body.Order ?? 100,
    roleTypeKind: 0,
    high: Number(body.BasePermissions.High) >>> 0,
    low: Number(body.BasePermissions.Low) >>> 0
  };
  req.site.roleDefs.push(def);
  store.putSite(req.site);
  return def;
}

export function updateRoleDefinition(req: EmRequest, def: EmRoleDef, store: Store): EmResponse {
  requireWeb(req.site, req.user, CAN.ManagePermissions);
  const body = jsonBody<{ Name?: string; Description?: string; BasePermissions?: { High: string; Low: string } }>(req);
  if (body.Name) def.name = body.Name;
  if (body.Description !== undefined) def.description = body.Description;
  if (body.BasePermissions) {
    def.high = Number(body.BasePermissions.High) >>> 0;
    def.low = Number(body.BasePermissions.Low) >>> 0;
  }
  store.putSite(req.site);
  return noContent();
}

/** addroleassignment / removeroleassignment on the web or a list's assignments. */
export function changeAssignment(req: EmRequest, assignments: EmRoleAssignment[], action: string, arg: string | undefined): EmResponse {
  requireWeb(req.site, req.user, CAN.ManagePermissions);
  const args = namedArgs(arg);
  const principalId = Number(args.principalid);
  const roleDefId = Number(args.roledefid);
  if (!req.site.roleDefs.some((d) => d.id === roleDefId)) throw ERR.notFound('The permission level');
  const isPrincipal = req.site.users.some((u) => u.id === principalId) || req.site.groups.some((g) => g.id === principalId);
  if (!isPrincipal) throw ERR.notFound('The principal');
  const existing = assignments.find((a) => a.principalId === principalId);
  if (action === 'addroleassignment') {
    if (existing) {
      if (!existing.roleDefIds.includes(roleDefId)) existing.roleDefIds.push(roleDefId);
    } else {
      assignments.push({ principalId, roleDefIds: [roleDefId] });
    }
  } else if (existing) {
    existing.roleDefIds = existing.roleDefIds.filter((id) => id !== roleDefId);
    if (existing.roleDefIds.length === 0) assignments.splice(assignments.indexOf(existing), 1);
  }
  return ok({ 'odata.null': true });
}

/** SP.GroupCollection.RemoveById (PnPjs siteGroups.removeById): the group goes, and with it its
 * permissions on the web and every list (https://learn.microsoft.com/previous-versions/office/sharepoint-csom/jj246458(v=office.15)). */
export function removeGroup(req: EmRequest, store: Store, arg: string | undefined): EmResponse {
  const { site } = req;
  requireWeb(site, req.user, CAN.ManagePermissions);
  const group = findGroup(site, { name: 'getbyid', arg });
  site.groups = site.groups.filter((g) => g !== group);
  site.webRoleAssignments = site.webRoleAssignments.filter((a) => a.principalId !== group.id);
  for (const list of site.lists) {
    list.roleAssignments = list.roleAssignments.filter((a) => a.principalId !== group.id);
    store.putList(site, list);
  }
  store.putSite(site);
  return ok({ 'odata.null': true });
}

/** SP.RoleDefinition.DeleteObject: a custom permission level can be deleted; the built-in ones cannot. */
export function deleteRoleDefinition(req: EmRequest, def: EmRoleDef, store: Store): EmResponse {
  const { site } = req;
  requireWeb(site, req.user, CAN.ManagePermissions);
  if (def.roleTypeKind !== 0) throw ERR.badRequest('You cannot delete a built-in permission level.');
  site.roleDefs = site.roleDefs.filter((d) => d !== def);
  const strip = (a: EmRoleAssignment): void => {
    a.roleDefIds = a.roleDefIds.filter((id) => id !== def.id);
  };
  site.webRoleAssignments.forEach(strip);
  for (const list of site.lists) {
    list.roleAssignments.forEach(strip);
    store.putList(site, list);
  }
  store.putSite(site);
  return noContent();
}
