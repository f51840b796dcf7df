import type { AppServices, CurrentUser, DepartmentViewData } from '../../../../services/AppServices';
import type { Department } from '../../../../domain';

import { useLoadable, type Loadable } from '../common/useLoadable';
import { departmentViewKey, hasCachedView } from '../common/viewCache';

export interface DashboardContext {
  departments: Department[];
  years: number[];
  user: CurrentUser;
}

const DASHBOARD_CONTEXT = 'dashboard-context';

/** The pickers' data: departments, years, the user. `enabled` false holds the read back (a routed
 * view's first paint does not need it); a copy the browser keeps is read at once all the same. */
export function useDashboardContext(services: AppServices, enabled = true): [Loadable<DashboardContext>, () => void] {
  const read = enabled || hasCachedView(services.storageScope, DASHBOARD_CONTEXT);
  return useLoadable(
    read
      ? async () => {
          const [departments, years, user] = await Promise.all([services.listDepartments(), services.listYears(), services.currentUser()]);
          return { departments, years, user };
        }
      : undefined,
    [services, read],
    { scope: services.storageScope, key: DASHBOARD_CONTEXT }
  );
}

export function useDepartmentView(
  services: AppServices,
  departmentId: number | undefined,
  year: number | undefined,
  refreshKey = 0
): [Loadable<DepartmentViewData>, () => void] {
  const named = departmentId !== undefined && year !== undefined;
  return useLoadable(
    named ? () => services.loadDepartmentView(departmentId, year) : undefined,
    [services, departmentId, year, refreshKey],
    named ? { scope: services.storageScope, key: departmentViewKey(departmentId, year) } : undefined,
    // The read the host started at boot, when its answer is in as the view mounts (firstReads.ts).
    named ? () => services.takeFirstDepartmentView?.(departmentId, year) : undefined
  );
}

/** Route first, then the web part's configured department, then the user's own, then the first. */
export function chooseDepartment(context: DashboardContext, routeId: number | undefined, configuredId: number | undefined): number | undefined {
  const exists = (id: number | undefined): id is number => id !== undefined && context.departments.some((d) => d.id === id);
  if (exists(routeId)) return routeId;
  if (exists(configuredId)) return configuredId;
  if (exists(context.user.departmentId)) return context.user.departmentId;
  return context.departments[0]?.id;
}

/** Route first, then the current year if it has a strategy or agreement, else the newest such year. */
export function chooseYear(context: DashboardContext, routeYear: number | undefined, today: Date): number | undefined {
  if (routeYear !== undefined) return routeYear;
  const thisYear = today.getFullYear();
  if (context.years.includes(thisYear)) return thisYear;
  return [...context.years].sort((a, b) => b - a)[0] ?? thisYear;
}
