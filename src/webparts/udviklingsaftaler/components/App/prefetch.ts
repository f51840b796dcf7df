// The route names the department and year to show: start reading them at once, in parallel with
// the check that the site has its lists, instead of one round trip after it. If the lists turn
// out to be missing, the read's failure is simply never shown.
import type { AppServices, DepartmentViewData } from '../../../../services/AppServices';
import type { Route } from '../../routing/route';

export function prefetchRoutedView(services: AppServices, route: Route): AppServices {
  if (route.view !== 'afdeling' || route.departmentId === undefined || route.year === undefined) return services;
  const { departmentId, year } = route;
  let pending: Promise<DepartmentViewData> | undefined = services.loadDepartmentView(departmentId, year);
  pending.catch(() => undefined); // not unhandled: the view asks again, or there are no lists
  return {
    ...services,
    loadDepartmentView(id, y) {
      // The first ask for the prefetched view gets it; every later ask (a retry, a reload) reads anew.
      if (pending && id === departmentId && y === year) {
        const first = pending;
        pending = undefined;
        return first;
      }
      return services.loadDepartmentView(id, y);
    }
  };
}
