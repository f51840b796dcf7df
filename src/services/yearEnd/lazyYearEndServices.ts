// The year-end use cases load on first use into their own chunk: most page views never follow up,
// carry over or send reminders, so their code stays out of the main bundle.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { lazyServices } from '../lazyServices';
import type { YearEndDeps, YearEndServices } from './yearEndServices';

export function lazyYearEndServices(sp: SPFI, config: StageConfiguration, deps: YearEndDeps): YearEndServices {
  return lazyServices(() => import(/* webpackChunkName: 'year-end' */ './yearEndServices').then((m) => m.createYearEndServices(sp, config, deps)));
}
