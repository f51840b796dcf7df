// Overblik's use case loads with its view, into the view's chunk, on first use: the overview's
// rules (domain/overview.ts) are no part of the main bundle, which only the dashboard needs.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { lazyServices } from '../lazyServices';
import type { OverviewDeps, OverviewServices } from './overviewServices';

export function lazyOverviewServices(sp: SPFI, config: StageConfiguration, deps: OverviewDeps): OverviewServices {
  return lazyServices(() => import(/* webpackChunkName: 'overview-view' */ './overviewServices').then((m) => m.createOverviewServices(sp, config, {}, deps)));
}
