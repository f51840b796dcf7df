import type { Goal, NewGoal } from '../../../../domain';
import type { GoalEditorData } from '../../../../services/AppServices';
import { newClientId } from '../../../../data/repositories/clientId';

// A new goal's ClientId (a GUID from the one module that makes them) is kept in the draft: a save
// retried after a lost response finds the goal the first attempt made instead of creating it twice.

export function blankGoal(data: GoalEditorData): NewGoal {
  return {
    agreementId: data.agreement.id,
    departmentId: data.agreement.departmentId,
    year: data.agreement.year,
    title: '',
    sharedWithDepartmentIds: [],
    trackIds: [],
    policies: [],
    requirementIds: [],
    stage: data.agreement.stage,
    evidence: [],
    clientId: newClientId()
  };
}

/** The goal without its id (the form edits a NewGoal; the id travels in `existing`). */
export function withoutId(goal: Goal & { etag?: string }): NewGoal {
  const { id: _id, etag: _etag, ...rest } = goal;
  return rest;
}
