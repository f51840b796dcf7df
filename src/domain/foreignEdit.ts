// Departments write only their own (issue #15.3): the department folders make SharePoint refuse an
// editor of department A who writes B's items. The deciding groups (leaders, approvers,
// secretariat) keep Contribute on the whole list, because they move every department's Stage and
// SharePoint has no permission on a single column; so one of them could also write B's content
// through REST. That cannot be refused, so it is detected like a forged approval: a version whose
// content differs from the version before it (the first version from nothing), saved by a member
// of a deciding group who is not the department's leader or one of its editors, makes the item
// "Ikke verificeret: ændret af en uden for afdelingen". The version's Editor is set by SharePoint
// from the caller. Pure: versions, membership and the Departments list are read by the services.
import type { DiffField } from './versionDiff';
import { diffVersions } from './versionDiff';
import type { GroupMembership } from './authority';

export interface EditedVersion {
  label: string;
  /** The version's Editor (Modified By) as SharePoint recorded it. */
  editorId: number | undefined;
  values: Readonly<Record<string, unknown>>;
}

/** The people who may write a department's content as SharePoint grants it: those a deciding
 * group gives list-wide Contribute to, less the department's own leader and editors. */
export function outsidersOf(membership: GroupMembership, departmentPeople: readonly number[]): Set<number> {
  const own = new Set(departmentPeople);
  const deciding = [...(membership.leaders ?? []), ...(membership.approvers ?? []), ...(membership.secretariat ?? [])];
  return new Set(deciding.filter((id) => !own.has(id)));
}

/** The label of the first version whose content an outsider changed, or undefined. */
export function foreignContentEdit(
  versions: readonly EditedVersion[],
  contentFields: readonly DiffField[],
  outsiders: ReadonlySet<number>
): string | undefined {
  const ordered = [...versions].sort((a, b) => Number.parseFloat(a.label) - Number.parseFloat(b.label));
  for (let i = 0; i < ordered.length; i++) {
    const version = ordered[i];
    if (version.editorId === undefined || !outsiders.has(version.editorId)) continue;
    if (diffVersions(contentFields, i === 0 ? {} : ordered[i - 1].values, version.values).length > 0) return version.label;
  }
  return undefined;
}
