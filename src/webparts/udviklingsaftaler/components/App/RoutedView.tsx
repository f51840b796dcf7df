import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { DepartmentView } from '../DepartmentView/DepartmentView';
import { GoalEditorRoute } from '../GoalEditor/GoalEditorRoute';
import type { Route } from '../../routing/route';
import { useMarkPrimaryReady } from '../../routing/PrimaryViewContext';
import { RouteNotFound } from '../common/RouteNotFound';

const DocumentView = lazyChunk(() => import(/* webpackChunkName: 'document-view' */ '../DocumentView/DocumentView'));
const FollowUpView = lazyChunk(() => import(/* webpackChunkName: 'followup-view' */ '../FollowUpView/FollowUpView'));
const OverviewView = lazyChunk(() => import(/* webpackChunkName: 'overview-view' */ '../OverviewView/OverviewView'));
const StrategyAdmin = lazyChunk(() => import(/* webpackChunkName: 'dus-admin' */ '../StrategyAdmin/StrategyAdmin'));
const AgreementEditor = lazyChunk(() => import(/* webpackChunkName: 'agreement-editor' */ '../AgreementEditor/AgreementEditor'));
const CheckInsView = lazyChunk(() => import(/* webpackChunkName: 'check-ins-view' */ '../CheckInsView/CheckInsView'));
const WordImportView = lazyChunk(() => import(/* webpackChunkName: 'word-import-view' */ '../WordImport/WordImportView'));
const TasksView = lazyChunk(() => import(/* webpackChunkName: 'tasks-view' */ '../TasksView/TasksView'));
const StartAgreementView = lazyChunk(() => import(/* webpackChunkName: 'start-view' */ './StartAgreementView'));

/** A route no case handles is a compile error here (a new view must be routed), never a silent fallback. */
function unrouted(route: never): never {
  throw new Error(`No view for route ${JSON.stringify(route)}`);
}

export interface IRoutedViewProps {
  route: Route;
  /** The start view, where "not found" leads back to. */
  home: Route;
  configuredDepartmentId: number | undefined;
  navigate(route: Route): void;
}

// One case per view (exhaustive: see unrouted). Views other than the dashboard are lazy chunks (React.lazy) so the main
// bundle stays within its budget; the Suspense boundary is AppContent's.
export const RoutedView: React.FC<IRoutedViewProps> = ({ route, home, configuredDepartmentId, navigate }) => {
  // Views other than the department's (and the editor over it) load their own data as a whole;
  // the secondary reads need not wait for them.
  useMarkPrimaryReady(!['afdeling', 'maal', 'nyt-maal'].includes(route.view));
  switch (route.view) {
    case 'dokument':
      return <DocumentView agreementId={route.agreementId} />;
    case 'aftale':
      return <AgreementEditor agreementId={route.agreementId} navigate={navigate} />;
    case 'maal':
      return <GoalEditorRoute target={{ goalId: route.goalId }} configuredDepartmentId={configuredDepartmentId} navigate={navigate} />;
    case 'nyt-maal':
      return <GoalEditorRoute target={{ agreementId: route.agreementId }} configuredDepartmentId={configuredDepartmentId} navigate={navigate} />;
    case 'opfoelgning':
      return <FollowUpView agreementId={route.agreementId} />;
    case 'overblik':
      return <OverviewView routeYear={route.year} />;
    case 'dus':
      return <StrategyAdmin year={route.year} navigate={navigate} />;
    case 'opgaver':
      return <TasksView />;
    case 'importer':
      return <WordImportView departmentId={route.departmentId} year={route.year} />;
    case 'notFound':
      return <RouteNotFound hash={route.hash} home={home} />;
    case 'status':
      return <CheckInsView goalId={route.goalId} />;
    case 'start':
      return (
        <StartAgreementView
          target={route.target}
          configuredDepartmentId={configuredDepartmentId}
          render={(agreementId) => (route.target === 'opfoelgning' ? <FollowUpView agreementId={agreementId} /> : <DocumentView agreementId={agreementId} />)}
        />
      );
    case 'afdeling':
      return (
        <DepartmentView
          routeDepartmentId={route.departmentId}
          routeYear={route.year}
          configuredDepartmentId={configuredDepartmentId}
          onNavigate={(departmentId, year) => navigate({ view: 'afdeling', departmentId, year })}
        />
      );
    default:
      return unrouted(route);
  }
};
