import * as React from 'react';
import { isEmptyHash, parseRoute, formatRoute, type Route } from './route';

/** What a hash shows: no hash the start view, a route its view, a broken "#/…" "not found".
 * A hash without "#/" is not ours (a heading anchor of another web part on the same SharePoint
 * page): the app keeps its start view rather than saying the page does not exist. */
export function routeOfHash(hash: string, fallback: Route): Route {
  if (isEmptyHash(hash)) return fallback;
  const route = parseRoute(hash);
  if (route !== undefined) return route;
  return hash.startsWith('#/') ? { view: 'notFound', hash } : fallback;
}

/** The current hash route (or the fallback), and a navigate function that updates the hash. */
export function useHashRoute(fallback: Route): [Route, (route: Route, replace?: boolean) => void] {
  const read = React.useCallback((): Route => routeOfHash(window.location.hash, fallback), [fallback]);
  const [route, setRoute] = React.useState<Route>(read);
  React.useEffect(() => {
    const onChange = (): void => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [read]);
  // replace: the first screen takes the place of the route-less address (Back does not return to it).
  const navigate = React.useCallback((next: Route, replace = false) => {
    const hash = formatRoute(next);
    if (window.location.hash !== hash) {
      if (replace) window.location.replace(hash);
      else window.location.hash = hash;
    }
    setRoute(next);
  }, []);
  return [route, navigate];
}
