// The one PnPjs setup module. The host builds the root (the web part:
// spfi(dataSiteUrl).using(SPFx(context)); the dev host and tests: spfi(url).using(SPBrowser(),
// their user header)); createSp layers our behaviors on a copy of it, and the result is the one
// SPFI every repository receives. Selective imports keep the bundle to what we use.
import { spfi, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { ConcurrencyLimiter } from './limiter';
import { MapErrors } from './mapErrors';
import { Throttling, ThrottlingOptions } from './throttling';

export type DataLayerOptions = ThrottlingOptions;

export interface DataLayerHandle {
  sp: SPFI;
  /** The in-flight limiter, readable for diagnostics (peak concurrency). */
  limiter: ConcurrencyLimiter;
}

/** Builds our SPFI and returns the limiter alongside, for tests and benchmarks. */
export function createDataLayer(root: SPFI, options: DataLayerOptions = {}): DataLayerHandle {
  const limiter = options.limiter ?? new ConcurrencyLimiter(options.maxConcurrent ?? 6);
  // spfi(root) copies the root's observers on first change, so the host's root is left as it was.
  const sp = spfi(root).using(Throttling({ ...options, limiter }), MapErrors());
  return { sp, limiter };
}

export function createSp(root: SPFI, options: DataLayerOptions = {}): SPFI {
  return createDataLayer(root, options).sp;
}
