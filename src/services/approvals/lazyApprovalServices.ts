// The approval services load on demand into their own chunk: the department dashboard, which
// most users open, never needs them, and the main bundle has a budget (README, bundle-size).
import type { SPFI } from '@pnp/sp';
import { onFirstUse } from '../onFirstUse';
import type { ApprovalServices } from './approvalTypes';
import type { ApprovalServicesOptions } from './approvalServices';

export function lazyApprovalServices(sp: SPFI, options: ApprovalServicesOptions): ApprovalServices {
  const services = onFirstUse(() => import(/* webpackChunkName: 'approvals' */ './approvalServices').then((m) => m.createApprovalServices(sp, options)));
  return {
    workflow: async () => (await services()).workflow(),
    myGroups: async () => (await services()).myGroups(),
    myTasks: async () => (await services()).myTasks(),
    taskCount: async () => (await services()).taskCount(),
    diff: async (target) => (await services()).diff(target),
    actionsFor: async (target) => (await services()).actionsFor(target),
    decide: async (request) => (await services()).decide(request),
    decideMany: async (requests) => (await services()).decideMany(requests),
    history: async (target) => (await services()).history(target),
    verification: async (targets) => (await services()).verification(targets)
  };
}
