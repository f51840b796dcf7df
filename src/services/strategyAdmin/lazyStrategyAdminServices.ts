// The DUS administration loads on first use into the view's chunk ('dus-admin'): only the
// secretariat edits the DUS, a few times a year, so its code stays out of the main bundle.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { lazyServices } from '../lazyServices';
import type { StrategyAdminDeps, StrategyAdminServices } from './strategyAdminServices';

export function lazyStrategyAdminServices(sp: SPFI, config: StageConfiguration, deps: StrategyAdminDeps): StrategyAdminServices {
  return lazyServices(() => import(/* webpackChunkName: 'dus-admin' */ './strategyAdminServices').then((m) => m.createStrategyAdminServices(sp, config, deps)));
}
