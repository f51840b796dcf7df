// The check-in use cases load on first use into their own chunk: the dashboard never needs them.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { lazyServices } from '../lazyServices';
import type { CheckInDeps, CheckInServices } from './checkInServices';

export function lazyCheckInServices(sp: SPFI, config: StageConfiguration, deps: CheckInDeps): CheckInServices {
  return lazyServices(() => import(/* webpackChunkName: 'check-ins' */ './checkInServices').then((m) => m.createCheckInServices(sp, config, deps)));
}
