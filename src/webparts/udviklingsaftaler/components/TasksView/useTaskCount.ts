import { useServices } from '../services/ServicesContext';
import { useLoadable, type Loadable } from '../common/useLoadable';

/** How many tasks wait for the user's groups, for a count on the navigation's "Mine opgaver".
 * Nothing is read until `enabled`; `refreshKey` re-reads it (e.g. after a decision). */
export function useTaskCount(enabled: boolean, refreshKey: number = 0): Loadable<number> {
  const services = useServices();
  const [state] = useLoadable(enabled ? () => services.approvals.taskCount() : undefined, [services, enabled, refreshKey]);
  return state;
}
