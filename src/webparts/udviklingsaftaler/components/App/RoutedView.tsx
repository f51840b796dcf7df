import * as React from 'react';
import { DepartmentView } from '../DepartmentView/DepartmentView';
import type { AppServices } from '../../../../services/AppServices';
import type { Route } from '../../routing/route';

const TasksView = React.lazy(() => import(/* webpackChunkName: 'tasks-view' */ '../TasksView/TasksView'));

export interface IRoutedViewProps {
  services: AppServices;
  route: Route;
  configuredDepartmentId: number | undefined;
  navigate(route: Route): void;
}

// One case per view. Views other than the dashboard are lazy chunks (React.lazy) so the main
// bundle stays within its budget; the Suspense boundary is AppContent's.
export const RoutedView: React.FC<IRoutedViewProps> = ({ services, route, configuredDepartmentId, navigate }) => {
  switch (route.view) {
    case 'opgaver':
      return <TasksView services={services} />;
    default: {
      // Views not built yet fall back to the department view (with its own defaults) rather than a dead end.
      const routed = route.view === 'afdeling' ? route : undefined;
      return (
        <DepartmentView
          services={services}
          routeDepartmentId={routed?.departmentId}
          routeYear={routed?.year}
          configuredDepartmentId={configuredDepartmentId}
          onNavigate={(departmentId, year) => navigate({ view: 'afdeling', departmentId, year })}
        />
      );
    }
  }
};
