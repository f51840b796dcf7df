// The DUS administration loads on first use into the view's chunk ('dus-admin'): only the
// secretariat edits the DUS, a few times a year, so its code stays out of the main bundle.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { onFirstUse } from '../onFirstUse';
import type { StrategyAdminDeps, StrategyAdminServices } from './strategyAdminServices';

export function lazyStrategyAdminServices(sp: SPFI, config: StageConfiguration, deps: StrategyAdminDeps): StrategyAdminServices {
  const services = onFirstUse(() => import(/* webpackChunkName: 'dus-admin' */ './strategyAdminServices').then((m) => m.createStrategyAdminServices(sp, config, deps)));
  return {
    load: async (year) => (await services()).load(year),
    save: async (draft, current) => (await services()).save(draft, current),
    goalsUsingTrack: async (track, years) => (await services()).goalsUsingTrack(track, years),
    copyToNextYear: async (sourceYear) => (await services()).copyToNextYear(sourceYear)
  };
}
