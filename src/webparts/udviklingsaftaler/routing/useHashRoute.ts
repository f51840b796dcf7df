import * as React from 'react';
import { isEmptyHash, parseRoute, formatRoute, type Route } from './route';

/** What a hash shows: no hash the start view, a route its view, anything else "not found". */
export function routeOfHash(hash: string, fallback: Route): Route {
  if (isEmptyHash(hash)) return fallback;
  return parseRoute(hash) ?? { view: 'notFound', hash };
}

/** The current hash route (or the fallback), and a navigate function that updates the hash. */
export function useHashRoute(fallback: Route): [Route, (route: Route) => void] {
  const read = React.useCallback((): Route => routeOfHash(window.location.hash, fallback), [fallback]);
  const [route, setRoute] = React.useState<Route>(read);
  React.useEffect(() => {
    const onChange = (): void => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [read]);
  const navigate = React.useCallback((next: Route) => {
    const hash = formatRoute(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, navigate];
}
