import type { AppServices, UserPermissions } from '../../../../services/AppServices';
import type { DepartmentKind, OverviewRow, StageCode } from '../../../../domain';
import type { OverviewWithCheckIns } from '../../../../services/overview/overviewServices';
import { useLoadable, type Loadable } from '../common/useLoadable';

export interface OverviewFilterState {
  stage: StageCode | 'none' | undefined;
  kind: DepartmentKind | undefined;
  onlyMissing: boolean;
  onlyLate: boolean;
}

export const NO_FILTERS: OverviewFilterState = { stage: undefined, kind: undefined, onlyMissing: false, onlyLate: false };

export interface OverviewContext {
  years: number[];
  permissions: UserPermissions;
}

export function useOverviewContext(services: AppServices): [Loadable<OverviewContext>, () => void] {
  return useLoadable(async () => {
    const [years, permissions] = await Promise.all([services.listYears(), services.permissions()]);
    return { years, permissions };
  }, [services]);
}

export function useOverview(services: AppServices, year: number | undefined): [Loadable<OverviewWithCheckIns>, () => void] {
  return useLoadable(year !== undefined ? () => services.overview.load(year) : undefined, [services, year]);
}

export function filterRows(rows: OverviewRow[], filters: OverviewFilterState): OverviewRow[] {
  return rows.filter(
    (r) =>
      (filters.stage === undefined || (filters.stage === 'none' ? r.holdsAgreement && !r.agreement : r.agreement?.stage === filters.stage)) &&
      (filters.kind === undefined || r.department.kind === filters.kind) &&
      (!filters.onlyMissing || r.missingRequirements.length > 0) &&
      (!filters.onlyLate || r.late)
  );
}

/** Without a year in the route: this year when it has a strategy or agreements, else the newest such year. */
export function defaultYear(years: number[], today: Date): number {
  const thisYear = today.getFullYear();
  if (years.includes(thisYear)) return thisYear;
  return [...years].sort((a, b) => b - a)[0] ?? thisYear;
}
