// The first screen's reads start at boot, before the app's own code (React components, Fluent UI:
// a chunk of its own) has loaded: the requests and the loading of that code go side by side, and
// the view paints when both are in (issue 21). Started together: the site check, the site's stage
// configuration and, when the route names them, the department and year to show. If the lists
// turn out to be missing, the view read's failure is simply never shown.
// No React here: the web part's main bundle (and the dev host's boot) import this.
import type { AppServices } from '../../services/AppServices';
import type { Route } from './routing/route';

/** Starts `read` now; the first ask gets that read, every later ask (a retry, a reload) reads anew. */
export function startedOnce<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined = read();
  pending.catch(() => undefined); // not unhandled: the caller asks for it, or never needs it
  return () => {
    const first = pending;
    pending = undefined;
    return first ?? read();
  };
}

/** The services with the first screen's reads under way; the app asks for them as usual. */
export function startFirstReads(services: AppServices, route: Route | undefined): AppServices {
  // The site's configuration is read once per page view (createAppServices): asking now starts it.
  services.siteConfiguration().catch(() => undefined);
  const siteSetup = startedOnce(() => services.siteSetup());
  if (route?.view !== 'afdeling' || route.departmentId === undefined || route.year === undefined) return { ...services, siteSetup };
  const { departmentId, year } = route;
  // After the first ask, startedOnce reads anew: the same as asking the services.
  const view = startedOnce(() => services.loadDepartmentView(departmentId, year));
  return {
    ...services,
    siteSetup,
    loadDepartmentView: (id, y) => (id === departmentId && y === year ? view() : services.loadDepartmentView(id, y))
  };
}
