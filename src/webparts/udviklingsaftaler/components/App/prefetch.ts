// The first screen's reads start while the app renders, not after its first paint (when a view's
// effects would start them), and side by side: the site check, the site's stage configuration and,
// when the route names them, the department and year to show. If the lists turn out to be
// missing, the view read's failure is simply never shown.
import type { AppServices } from '../../../../services/AppServices';
import type { Route } from '../../routing/route';

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

export function prefetchRoutedView(services: AppServices, route: Route): AppServices {
  if (route.view !== 'afdeling' || route.departmentId === undefined || route.year === undefined) return services;
  const { departmentId, year } = route;
  let prefetched: (() => ReturnType<AppServices['loadDepartmentView']>) | undefined = startedOnce(() => services.loadDepartmentView(departmentId, year));
  return {
    ...services,
    loadDepartmentView(id, y) {
      if (prefetched && id === departmentId && y === year) {
        const first = prefetched;
        prefetched = undefined;
        return first();
      }
      return services.loadDepartmentView(id, y);
    }
  };
}
