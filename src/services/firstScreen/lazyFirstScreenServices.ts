// The first-screen decision loads in its own chunk, only when the page is opened without a route.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { lazyServices } from '../lazyServices';
import type { FirstScreenDeps, FirstScreenServices } from './firstScreenServices';

export function lazyFirstScreenServices(sp: SPFI, config: StageConfiguration, deps: FirstScreenDeps): FirstScreenServices {
  return lazyServices(() => import(/* webpackChunkName: 'first-screen' */ './firstScreenServices').then((m) => m.createFirstScreenServices(sp, config, deps)));
}
