import { editAccess } from '../../../src/services/editAccess';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import type { GoalEditorData, UserPermissions } from '../../../src/services/AppServices';

const permissions = (own: number[], canCreateGoals = true): UserPermissions =>
  ({ groups: ['editors'], isSiteOwner: false, canCreateGoals, canEditDepartment: (id: number) => own.includes(id) }) as unknown as UserPermissions;

function data(stage: string, existing?: { stage: string; damaged?: boolean }): GoalEditorData {
  const goal =
    existing === undefined ? undefined : { stage: existing.stage, ...(existing.damaged ? { damage: [{ field: 'evidence', code: 'unreadable' }] } : {}) };
  return { agreement: { departmentId: 7, stage }, existing: goal === undefined ? undefined : { goal } } as unknown as GoalEditorData;
}

describe('editAccess (who may edit a goal)', () => {
  it("lets the department's editor write a new goal and an existing one while the stage is open", () => {
    expect(editAccess(data('draft'), permissions([7]), SKANDERBORG_STAGES)).toEqual({ canEdit: true });
    expect(editAccess(data('draft', { stage: 'draft' }), permissions([7]), SKANDERBORG_STAGES)).toEqual({ canEdit: true });
  });

  it("refuses another department, and a new goal without SharePoint's right to add", () => {
    expect(editAccess(data('draft'), permissions([8]), SKANDERBORG_STAGES)).toEqual({ canEdit: false, reason: 'permission' });
    expect(editAccess(data('draft'), permissions([7], false), SKANDERBORG_STAGES)).toEqual({ canEdit: false, reason: 'permission' });
  });

  it("refuses a locked stage (the goal's own before the agreement's) and a damaged goal", () => {
    expect(editAccess(data('draft', { stage: 'approved' }), permissions([7]), SKANDERBORG_STAGES)).toEqual({ canEdit: false, reason: 'stage' });
    expect(editAccess(data('approved'), permissions([7]), SKANDERBORG_STAGES)).toEqual({ canEdit: false, reason: 'stage' });
    expect(editAccess(data('draft', { stage: 'draft', damaged: true }), permissions([7]), SKANDERBORG_STAGES)).toEqual({ canEdit: false, reason: 'damaged' });
  });
});
