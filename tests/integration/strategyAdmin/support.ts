import type { StrategyDraft } from '../../../src/domain/strategyValidation';
import type { StrategyWithParts } from '../../../src/services/strategyAdmin/strategyAdminServices';

export { SKANDERBORG_STAGES } from '../../../src/domain';

/** The saved DUS as the draft the form would send unchanged (deep copies, free to edit). */
export function toDraftOf(parts: StrategyWithParts): StrategyDraft {
  const { id: _id, etag: _etag, ...strategy } = parts.strategy;
  return {
    strategy: { ...strategy, deadlines: strategy.deadlines.map((d) => ({ ...d })), minimumGoalContent: [...strategy.minimumGoalContent] },
    tracks: parts.tracks.map(({ etag: _e, strategyId: _s, ...t }) => ({ ...t })),
    requirements: parts.requirements.map(({ etag: _e, strategyId: _s, ...r }) => ({ ...r }))
  };
}
