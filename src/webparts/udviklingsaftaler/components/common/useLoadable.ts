// The state of anything a view loads: loading, failed (with the error) or ready. One hook for every
// view, so a stale answer (the user moved on) is dropped everywhere the same way.
import * as React from 'react';
import { readCachedView, writeCachedView, clearCachedViews } from './viewCache';
import { dataErrorKind } from '../../../../data/errors/DataError';

/** `refreshing`: the value is what this browser kept from the last visit (viewCache), shown while
 * the server is asked again. Nothing may be acted on until it is false (issue 21). */
export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T; refreshing?: boolean };

type Action<T> = { type: 'start'; cached?: T } | { type: 'done'; value: T } | { type: 'fail'; error: unknown };

function reducer<T>(state: Loadable<T>, action: Action<T>): Loadable<T> {
  switch (action.type) {
    case 'start':
      if (action.cached === undefined) return state.status === 'loading' ? state : { status: 'loading' };
      // The very copy already shown (a revisit's mount starts from it): nothing to render again.
      if (state.status === 'ready' && state.refreshing === true && state.value === action.cached) return state;
      return { status: 'ready', value: action.cached, refreshing: true };
    case 'done':
      return { status: 'ready', value: action.value };
    case 'fail':
      return { status: 'error', error: action.error };
  }
}

/** Where a view's last data is kept between visits: the site-and-user scope and the view's key. */
export interface ViewCacheKey {
  scope: string;
  key: string;
}

/** Runs `load` when its inputs change; a stale response (the user moved on) is dropped. With a
 * `cache` key the last value is shown at once, marked `refreshing`, and replaced by the fresh one.
 * `arrived`: an answer already in as the hook mounts (a read the host started at boot, taken so it
 * counts as the first ask): the first render shows it, fresh, and nothing is read (issue 21). */
export function useLoadable<T>(
  load: (() => Promise<T>) | undefined,
  deps: React.DependencyList,
  cache?: ViewCacheKey,
  arrived?: () => T | undefined
): [Loadable<T>, () => void] {
  // The copy read for the first render is handed to the first read below: the browser's storage is
  // read and parsed once per mount, and the state the read starts from is the one already shown,
  // so a revisit renders its view once, not twice before it paints (issue 21).
  const shown = React.useRef<{ scope: string; key: string; value: T } | undefined>(undefined);
  // The mount rendered an answer already in: the first read is that answer, not asked again.
  const taken = React.useRef(false);
  const initial = (): Loadable<T> => {
    const fresh = load ? arrived?.() : undefined;
    if (fresh !== undefined) {
      taken.current = true;
      return { status: 'ready', value: fresh };
    }
    const cached = load && cache ? readCachedView<T>(cache.scope, cache.key) : undefined;
    if (cached !== undefined && cache) shown.current = { ...cache, value: cached };
    return cached === undefined ? { status: 'loading' } : { status: 'ready', value: cached, refreshing: true };
  };
  const [state, dispatch] = React.useReducer(reducer as (s: Loadable<T>, a: Action<T>) => Loadable<T>, undefined, initial);
  const [attempt, setAttempt] = React.useState(0);
  const cacheScope = cache?.scope;
  const cacheKey = cache?.key;
  // A layout effect: the read is asked for in the task that mounted the view, not after the browser
  // has painted it once. An answer already in (the first reads started at boot, firstReads.ts)
  // then renders before that paint, instead of a frame later (issue 21).
  React.useLayoutEffect(() => {
    if (!load) return undefined;
    if (taken.current) {
      taken.current = false;
      return undefined;
    }
    let current = true;
    const first = shown.current;
    shown.current = undefined;
    const cached =
      cacheScope === undefined || cacheKey === undefined
        ? undefined
        : first !== undefined && first.scope === cacheScope && first.key === cacheKey
          ? first.value
          : readCachedView<T>(cacheScope, cacheKey);
    dispatch({ type: 'start', cached });
    load().then(
      (value) => {
        if (current) dispatch({ type: 'done', value });
      },
      (error: unknown) => {
        if (!current) return;
        // What the server no longer lets this user read must not stay in the browser.
        const kind = dataErrorKind(error);
        if (kind === 'forbidden') clearCachedViews();
        dispatch({ type: 'fail', error });
      }
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the load function's inputs
  }, [...deps, attempt, cacheScope, cacheKey]);
  // Kept only once it rendered: an effect does not run for a render that threw, so data the view
  // could not show is never what the next visit starts from.
  React.useEffect(() => {
    if (state.status === 'ready' && !state.refreshing && cacheScope !== undefined && cacheKey !== undefined) writeCachedView(cacheScope, cacheKey, state.value);
  }, [state, cacheScope, cacheKey]);
  return [state, () => setAttempt((n) => n + 1)];
}
