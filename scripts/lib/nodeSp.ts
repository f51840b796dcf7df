// An SPFI for Node scripts (seeding, provisioning a local emulator): the browser defaults of
// PnPjs over Node 22's fetch, the product's own data-layer behaviours on top, and the user named
// by the header the emulator reads. Against a real tenant use `npm run provision`, which
// authenticates differently; this helper is for the emulator only.
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { createSp } from '../../src/data/pnp';

export function emulatorSp(siteUrl: string, login: string): SPFI {
  return createSp(spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': login })));
}
