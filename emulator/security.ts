// Who may do what, computed as SharePoint does: the permission levels bound to the user, directly
// or through a group, on the list (when it has unique permissions) or else on the web.
import { ERR } from './http';
import { directoryDisplayName } from './people';
import { claimGroupId, directoryOf } from './directory';
import { hasPermission, PERMISSION, plainLogin, type EmList, type EmRoleAssignment, type EmSite, type EmUser } from './model';

export interface Mask {
  high: number;
  low: number;
}

/** The principals a user acts as: the user, the Entra ID groups (as principals of the site) the
 * user is in, directly or nested, and the SharePoint groups holding either. SharePoint evaluates
 * directory groups transitively for permissions ("Permissions granted to a security group apply
 * to its members", https://learn.microsoft.com/en-us/sharepoint/modern-experience-sharing-permissions),
 * although it never lists their members as group members. */
export function principalIds(site: EmSite, user: EmUser): Set<number> {
  const ids = new Set<number>([user.id]);
  const directory = directoryOf(site);
  if (directory !== undefined && (user.principalType ?? 1) === 1) {
    const mine = new Set(directory.groupsOf(plainLogin(user.loginName)));
    for (const p of site.users) if (p.directoryGroupId !== undefined && mine.has(p.directoryGroupId)) ids.add(p.id);
  }
  for (const group of site.groups) if (group.memberIds.some((id) => ids.has(id))) ids.add(group.id);
  return ids;
}

function maskOf(site: EmSite, user: EmUser, assignments: EmRoleAssignment[]): Mask {
  const mine = principalIds(site, user);
  let high = 0;
  let low = 0;
  for (const assignment of assignments) {
    if (!mine.has(assignment.principalId)) continue;
    for (const id of assignment.roleDefIds) {
      const def = site.roleDefs.find((d) => d.id === id);
      if (def) {
        high = (high | def.high) >>> 0;
        low = (low | def.low) >>> 0;
      }
    }
  }
  return { high, low };
}

/** SharePoint's Limited Access: what a principal needs to reach a list it was granted something on
 * while holding nothing on the web. SharePoint gives it only to principals that hold a grant
 * somewhere below ("Limited Access ... is automatically assigned when you share a specific list,
 * library, folder, item or document but not the entire site",
 * https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels); a signed-in user
 * with no grant anywhere gets nothing, and every request is refused (403). */
const LIMITED_ACCESS: Mask = { high: 48, low: 134418529 };

function holdsGrantBelow(site: EmSite, user: EmUser): boolean {
  const mine = principalIds(site, user);
  return site.lists.some((l) => l.hasUniqueRoleAssignments && l.roleAssignments.some((a) => mine.has(a.principalId) && a.roleDefIds.length > 0));
}

export function webMask(site: EmSite, user: EmUser): Mask {
  const mask = maskOf(site, user, site.webRoleAssignments);
  if (!holdsGrantBelow(site, user)) return mask;
  return { high: (mask.high | LIMITED_ACCESS.high) >>> 0, low: (mask.low | LIMITED_ACCESS.low) >>> 0 };
}

/** The mask the given assignments grant the user (an item's or folder's unique scope). */
export function maskOfAssignments(site: EmSite, user: EmUser, assignments: EmRoleAssignment[]): Mask {
  return maskOf(site, user, assignments);
}

export function listMask(site: EmSite, user: EmUser, list: EmList): Mask {
  if (!list.hasUniqueRoleAssignments) return maskOf(site, user, site.webRoleAssignments);
  return maskOf(site, user, list.roleAssignments);
}

export function requireWeb(site: EmSite, user: EmUser, permission: number): void {
  if (!hasPermission(webMask(site, user), permission)) throw ERR.forbidden();
}

export function requireList(site: EmSite, user: EmUser, list: EmList, permission: number): void {
  if (!hasPermission(listMask(site, user, list), permission)) throw ERR.forbidden();
}

/** The user a request names; added to the site's users on first sight, like ensureUser. A group
 * claim (c:0t.c|tenant|<id>, c:0o.c|federateddirectoryclaimprovider|<id>) names an Entra ID group
 * of the directory, which becomes a principal of the site (PrincipalType 4). */
export function userFor(site: EmSite, login: string, persist: () => void): EmUser {
  const groupId = claimGroupId(login);
  if (groupId !== undefined) return groupPrincipalFor(site, login, groupId, persist);
  const plain = plainLogin(login);
  const existing = site.users.find((u) => plainLogin(u.loginName) === plain);
  if (existing) return existing;
  const user: EmUser = {
    id: site.nextPrincipalId++,
    loginName: `i:0#.f|membership|${plain}`,
    title: directoryDisplayName(plain),
    email: plain
  };
  site.users.push(user);
  persist();
  return user;
}

function groupPrincipalFor(site: EmSite, login: string, groupId: string, persist: () => void): EmUser {
  const existing = site.users.find((u) => u.directoryGroupId === groupId);
  if (existing) return existing;
  const group = directoryOf(site)?.group(groupId);
  if (!group) throw ERR.notFound(`The specified user ${login} could not be found. The user`);
  const principal: EmUser = {
    id: site.nextPrincipalId++,
    loginName: login.trim().toLowerCase(),
    title: group.displayName,
    email: '',
    principalType: 4,
    directoryGroupId: groupId
  };
  site.users.push(principal);
  persist();
  return principal;
}

export const CAN = PERMISSION;
