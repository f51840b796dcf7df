// The DUS administration loads on first use into the view's chunk ('dus-admin'): only the
// secretariat edits the DUS, a few times a year, so its code stays out of the main bundle.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import type { StrategyAdminDeps, StrategyAdminServices } from './strategyAdminServices';

export function lazyStrategyAdminServices(sp: SPFI, config: StageConfiguration, deps: StrategyAdminDeps): StrategyAdminServices {
  let loading: Promise<StrategyAdminServices> | undefined;
  const services = (): Promise<StrategyAdminServices> => {
    if (loading === undefined) {
      loading = import(/* webpackChunkName: 'dus-admin' */ './strategyAdminServices').then((m) => m.createStrategyAdminServices(sp, config, deps));
      // A chunk that failed to load (a dropped connection) is asked for again on the next call.
      loading.catch(() => { loading = undefined; });
    }
    return loading;
  };
  return {
    load: async (year) => (await services()).load(year),
    save: async (draft, current) => (await services()).save(draft, current),
    goalsUsingTrack: async (track, years) => (await services()).goalsUsingTrack(track, years),
    copyToNextYear: async (sourceYear) => (await services()).copyToNextYear(sourceYear)
  };
}
