import * as React from 'react';
import { parseRoute, formatRoute, type Route } from './route';

/** The current hash route (or the fallback), and a navigate function that updates the hash. */
export function useHashRoute(fallback: Route): [Route, (route: Route) => void] {
  const read = React.useCallback((): Route => parseRoute(window.location.hash) ?? fallback, [fallback]);
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
