// Who may do what, computed as SharePoint does: the permission levels bound to the user, directly
// or through a group, on the list (when it has unique permissions) or else on the web.
import { ERR } from './http';
import { directoryDisplayName } from './people';
import { hasPermission, PERMISSION, plainLogin, type EmList, type EmRoleAssignment, type EmSite, type EmUser } from './model';

export interface Mask {
  high: number;
  low: number;
}

function principalIds(site: EmSite, user: EmUser): Set<number> {
  const ids = new Set<number>([user.id]);
  for (const group of site.groups) if (group.memberIds.includes(user.id)) ids.add(group.id);
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

/** Everyone signed in can open the web (SharePoint's Limited Access); more comes from assignments. */
const LIMITED_ACCESS: Mask = { high: 48, low: 134418529 };

export function webMask(site: EmSite, user: EmUser): Mask {
  const mask = maskOf(site, user, site.webRoleAssignments);
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

/** The user a request names; added to the site's users on first sight, like ensureUser. */
export function userFor(site: EmSite, login: string, persist: () => void): EmUser {
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

export const CAN = PERMISSION;
