// Groups, the "Kun tilføj" permission level and per-list role assignments.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/sites';
import '@pnp/sp/site-users/web';
import type { GroupKey } from '../../domain';
import { basePermissions, type ListDef, type RoleKey, type Schema } from '../schema';
import { type StepRecorder, attempt } from './report';

/** SharePoint's RoleTypeKind of its built-in levels. */
const ROLE_TYPE: Readonly<Record<Exclude<RoleKey, 'addOnly'>, number>> = { read: 2, contribute: 3, fullControl: 5 };

export interface SecurityContext {
  groupIds: Readonly<Record<GroupKey, number>>;
  ownerGroupId: number;
  roleIds: Readonly<Record<RoleKey, number>>;
  /** The user running the provisioning: breaking inheritance leaves them an assignment. */
  callerId: number;
}

/** SharePoint's answer when a web inherits its permission levels: "Site inherits permission levels
 * from a parent site, and permission levels cannot be customized" (InvalidOperationException,
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee554475(v=office.14)).
 * A subsite inherits them by default; the level then belongs on the site collection's root web. */
function inheritsPermissionLevels(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
  return /inherits permission levels/i.test(text);
}

/** Runs a change of permission levels on the web, or on the root web when the web inherits them. */
async function onLevelsWeb<T>(sp: SPFI, change: (web: SPFI['web']) => Promise<T>): Promise<T> {
  try {
    return await change(sp.web);
  } catch (error) {
    if (!inheritsPermissionLevels(error)) throw error;
    return change(sp.site.rootWeb);
  }
}

interface RoleDefinitionRow {
  Id: number;
  Name: string;
  RoleTypeKind: number;
  BasePermissions?: { High: string | number; Low: string | number };
}

/** Creates the schema's groups and lets everyone who can read the site see who is in them:
 * OnlyAllowMembersViewMembership=false, as the PnP template does. A group created through the API
 * is members-only by default, and then a reader cannot list the approvers, so their decisions
 * could not be verified ("true to allow only group members to view the list of members",
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ms440655(v=office.14)). */
export async function ensureGroups(sp: SPFI, schema: Schema, recorder: StepRecorder): Promise<Record<GroupKey, number>> {
  const existing = await attempt('læs grupper', () =>
    sp.web.siteGroups.select('Id', 'Title', 'Description', 'OnlyAllowMembersViewMembership')<
      Array<{ Id: number; Title: string; Description: string | null; OnlyAllowMembersViewMembership?: boolean }>
    >()
  );
  const ids: Partial<Record<GroupKey, number>> = {};
  for (const group of schema.groups) {
    const found = existing.find((g) => g.Title === group.title);
    let id: number;
    let membersOnly: boolean;
    if (found) {
      id = found.Id;
      membersOnly = found.OnlyAllowMembersViewMembership !== false;
      recorder.record({ kind: 'group', target: group.title, action: 'unchanged' });
    } else {
      const created = await attempt(`opret gruppen ${group.title}`, () => sp.web.siteGroups.add({ Title: group.title, Description: group.description }));
      id = created.Id;
      membersOnly = true;
      recorder.record({ kind: 'group', target: group.title, action: 'created' });
    }
    if (membersOnly) {
      await attempt(`lad alle se medlemmerne af ${group.title}`, () => sp.web.siteGroups.getById(id).update({ OnlyAllowMembersViewMembership: false }));
      recorder.record({ kind: 'group', target: group.title, action: 'updated', detail: 'medlemmer synlige for alle' });
    }
    ids[group.key] = id;
  }
  return ids as Record<GroupKey, number>;
}

export async function ensureRoles(sp: SPFI, schema: Schema, recorder: StepRecorder): Promise<Record<RoleKey, number>> {
  const rows = await attempt('læs tilladelsesniveauer', () =>
    sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')<RoleDefinitionRow[]>()
  );
  const builtIn = (kind: number, name: string): number => {
    const row = rows.find((r) => r.RoleTypeKind === kind);
    if (!row) {
      throw new Error(`Webstedet mangler det indbyggede tilladelsesniveau "${name}".`);
    }
    return row.Id;
  };
  const def = schema.roleDefinition;
  const wanted = basePermissions(def.permissions);
  let addOnlyId: number;
  const found = rows.find((r) => r.Name === def.name);
  if (found) {
    addOnlyId = found.Id;
    const same = found.BasePermissions !== undefined && Number(found.BasePermissions.High) === wanted.High && Number(found.BasePermissions.Low) === wanted.Low;
    if (same) {
      recorder.record({ kind: 'roleDefinition', target: def.name, action: 'unchanged' });
    } else {
      await attempt(`ret tilladelsesniveauet ${def.name}`, () =>
        onLevelsWeb(sp, (web) => web.roleDefinitions.getById(found.Id).update({ BasePermissions: wanted }))
      );
      recorder.record({ kind: 'roleDefinition', target: def.name, action: 'updated', detail: 'rettigheder' });
    }
  } else {
    const created = await attempt(`opret tilladelsesniveauet ${def.name}`, () =>
      onLevelsWeb(sp, (web) => web.roleDefinitions.add(def.name, def.description, 100, wanted))
    );
    addOnlyId = created.data.Id;
    recorder.record({ kind: 'roleDefinition', target: def.name, action: 'created' });
  }
  return {
    read: builtIn(ROLE_TYPE.read, 'Læse'),
    contribute: builtIn(ROLE_TYPE.contribute, 'Bidrage'),
    fullControl: builtIn(ROLE_TYPE.fullControl, 'Fuld kontrol'),
    addOnly: addOnlyId
  };
}

export async function callerId(sp: SPFI): Promise<number> {
  const me = await attempt('læs hvem der kører opsætningen', () => sp.web.currentUser.select('Id')<{ Id: number }>());
  return me.Id;
}

export async function ownerGroupId(sp: SPFI): Promise<number> {
  const owner = await attempt('læs webstedets ejergruppe', () => sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>());
  return owner.Id;
}

interface AssignmentRow {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}

/** Breaks inheritance without copying (site members must not inherit edit rights on the log),
 * then makes each schema group hold exactly its role, and keeps the owners on full control.
 * SharePoint leaves the caller an assignment when it breaks inheritance without copying; that one
 * is removed again (on the ApprovalLog always: the log stays add-only for everyone but the owners
 * and site collection administrators). Other principals' assignments (set by IT) stay. */
export async function ensureListPermissions(sp: SPFI, list: ListDef, listId: string, security: SecurityContext, recorder: StepRecorder): Promise<void> {
  const spList = sp.web.lists.getById(listId);
  const info = await attempt(`læs rettigheder på ${list.key}`, () => spList.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>());
  const brokenNow = !info.HasUniqueRoleAssignments;
  if (brokenNow) {
    await attempt(`bryd nedarvning på ${list.key}`, () => spList.breakRoleInheritance(false, true));
    recorder.record({ kind: 'permission', target: list.key, action: 'updated', detail: 'egne rettigheder' });
  }
  const assignments = await attempt(`læs rolletildelinger på ${list.key}`, () =>
    spList.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')<AssignmentRow[]>()
  );
  const wanted: Array<{ principalId: number; roleId: number; name: string }> = [
    { principalId: security.ownerGroupId, roleId: security.roleIds.fullControl, name: 'ejere' },
    ...(Object.keys(list.permissions) as GroupKey[]).map((g) => ({ principalId: security.groupIds[g], roleId: security.roleIds[list.permissions[g]], name: g }))
  ];
  for (const w of wanted) {
    const current = assignments.find((a) => a.PrincipalId === w.principalId);
    const boundIds = current ? current.RoleDefinitionBindings.map((b) => b.Id) : [];
    const target = `${list.key}: ${w.name}`;
    if (!boundIds.includes(w.roleId)) {
      await attempt(`giv ${w.name} rettigheder på ${list.key}`, () => spList.roleAssignments.add(w.principalId, w.roleId));
      recorder.record({ kind: 'permission', target, action: 'created' });
    } else {
      recorder.record({ kind: 'permission', target, action: 'unchanged' });
    }
    for (const extra of boundIds.filter((id) => id !== w.roleId)) {
      await attempt(`fjern ekstra rettighed for ${w.name} på ${list.key}`, () => spList.roleAssignments.remove(w.principalId, extra));
      recorder.record({ kind: 'permission', target, action: 'removed', detail: `rolle ${extra}` });
    }
  }
  const leftover = assignments.find((a) => a.PrincipalId === security.callerId);
  if (
    leftover !== undefined &&
    leftover.RoleDefinitionBindings.length > 0 &&
    !wanted.some((w) => w.principalId === security.callerId) &&
    (brokenNow || list.key === 'ApprovalLog')
  ) {
    for (const binding of leftover.RoleDefinitionBindings) {
      await attempt(`fjern opsætterens egen rettighed på ${list.key}`, () => spList.roleAssignments.remove(security.callerId, binding.Id));
    }
    recorder.record({ kind: 'permission', target: `${list.key}: opsætteren`, action: 'removed', detail: 'efterladt af brudt nedarvning' });
  }
}
