// The approval services load on demand into their own chunk: the department dashboard, which
// most users open, never needs them, and the main bundle has a budget (README, bundle-size).
import type { SPFI } from '@pnp/sp';
import { lazyServices } from '../lazyServices';
import type { ApprovalServices } from './approvalTypes';
import type { ApprovalServicesOptions } from './approvalServices';

export function lazyApprovalServices(sp: SPFI, options: ApprovalServicesOptions): ApprovalServices {
  return lazyServices(() => import(/* webpackChunkName: 'approvals' */ './approvalServices').then((m) => m.createApprovalServices(sp, options)));
}
