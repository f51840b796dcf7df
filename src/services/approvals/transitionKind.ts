// Which e-mail a move gives: a return goes to the department, a move into a stage where a group
// decides next goes to that group, anything else to nobody.
import type { StageConfiguration, StageTransition } from '../../domain';
import { isLoggedDecision } from '../../domain/authority';

export type ApprovalTransitionKind = 'returned' | 'queued' | 'none';

export function transitionKind(config: StageConfiguration, transition: StageTransition): ApprovalTransitionKind {
  if (transition.decision === 'returned') return 'returned';
  const next = config.transitions.filter((t) => t.from === transition.to && isLoggedDecision(t) && t.decision !== 'returned');
  return next.length > 0 ? 'queued' : 'none';
}
