// Whether the current user may edit a goal in the editor: an authorisation rule, next to the
// UserPermissions it reads (SharePoint's answer) and the stage configuration. Components render
// its answer; they do not decide it.
import { isDamaged, isEditingLocked, type StageConfiguration } from '../domain';
import type { GoalEditorData, UserPermissions } from './AppServices';

export type EditAccess = { canEdit: true } | { canEdit: false; reason: 'stage' | 'permission' | 'damaged' };

/** Editing needs SharePoint's consent (edit rights and the department's editors) and an open stage. */
export function editAccess(data: GoalEditorData, permissions: UserPermissions, config: StageConfiguration): EditAccess {
  // A damaged goal (a field that could not be read) is shown, never saved: a save would replace
  // the stored value with the empty stand-in the mapper put in its place.
  if (isDamaged(data.existing?.goal)) return { canEdit: false, reason: 'damaged' };
  const mayEdit = permissions.canEditDepartment(data.agreement.departmentId) && (data.existing !== undefined || permissions.canCreateGoals);
  if (!mayEdit) return { canEdit: false, reason: 'permission' };
  const stage = data.existing?.goal.stage ?? data.agreement.stage;
  if (isEditingLocked(config, stage)) return { canEdit: false, reason: 'stage' };
  return { canEdit: true };
}
