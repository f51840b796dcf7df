// The stage codes the seed records use, in one place, so they follow the stage configurations
// of src/domain (tests/unit/seed checks that each one exists in its municipality's default).
import type { StageCode } from '../src/domain/types';

export const SKANDERBORG_STAGE = {
  /** Delivered to the executive board, not yet approved by it. */
  boardApproval: 'boardApproval',
  approved: 'approved'
} as const satisfies Record<string, StageCode>;

export const ALBERTSLUND_STAGE = {
  approved: 'approved',
  /** Year-end follow-up written ("Opfølgning"); the period is over. */
  closed: 'closed'
} as const satisfies Record<string, StageCode>;
