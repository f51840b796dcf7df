import type { AppServices } from '../../../../services/AppServices';
import { useLoadable, type Loadable } from '../common/useLoadable';

/** How many tasks wait for the user's groups, for a count on the navigation's "Mine opgaver".
 * `refreshKey` re-reads it (e.g. after a decision). */
export function useTaskCount(services: AppServices | undefined, refreshKey: number = 0): Loadable<number> {
  const [state] = useLoadable(services ? () => services.approvals.taskCount() : undefined, [services, refreshKey]);
  return state;
}
