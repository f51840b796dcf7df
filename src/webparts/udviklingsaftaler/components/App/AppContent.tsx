import * as React from 'react';
import { useStrings } from '../strings/StringsContext';
import { useServices } from '../services/ServicesContext';
import { EmptyState } from '../common/EmptyState';
import { DepartmentView } from '../DepartmentView/DepartmentView';
import { useHashRoute } from '../../routing/useHashRoute';
import type { Route } from '../../routing/route';
import type { ViewKey } from '../../hostKind';

export interface IAppContentProps {
  startView: ViewKey;
  configuredDepartmentId: number | undefined;
}

function startRoute(view: ViewKey): Route {
  switch (view) {
    case 'opgaver':
      return { view: 'opgaver' };
    case 'overblik':
      return { view: 'overblik' };
    case 'dus':
      return { view: 'dus' };
    default:
      return { view: 'afdeling' };
  }
}

/** Chooses what the main area shows from the hash route. */
export const AppContent: React.FC<IAppContentProps> = ({ startView, configuredDepartmentId }) => {
  const strings = useStrings();
  const services = useServices();
  const fallback = React.useMemo(() => startRoute(startView), [startView]);
  const [route, navigate] = useHashRoute(fallback);
  if (!services) {
    return <EmptyState title={strings.Empty.Title} message={strings.Empty.NoDataSite} />;
  }
  if (route.view === 'afdeling') {
    return (
      <DepartmentView
        services={services}
        routeDepartmentId={route.departmentId}
        routeYear={route.year}
        configuredDepartmentId={configuredDepartmentId}
        onNavigate={(departmentId, year) => navigate({ view: 'afdeling', departmentId, year })}
      />
    );
  }
  // Views not built yet fall back to the department view rather than show a dead end.
  return (
    <DepartmentView
      services={services}
      routeDepartmentId={undefined}
      routeYear={undefined}
      configuredDepartmentId={configuredDepartmentId}
      onNavigate={(departmentId, year) => navigate({ view: 'afdeling', departmentId, year })}
    />
  );
};
