import * as React from 'react';
import { formatRoute, type Route } from './route';

/** How views link to each other: `href` for anchors (so links open in a new tab and work in
 * Teams), `navigate` for buttons. Provided by AppContent from the hash route. */
export interface Navigation {
  route: Route;
  navigate(route: Route): void;
  href(route: Route): string;
}

const fallback: Navigation = { route: { view: 'afdeling' }, navigate: () => undefined, href: formatRoute };
const NavigationContext = React.createContext<Navigation>(fallback);

export const NavigationProvider: React.FC<{ value: Navigation }> = ({ value, children }) => (
  <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
);

export function useNavigation(): Navigation {
  return React.useContext(NavigationContext);
}
