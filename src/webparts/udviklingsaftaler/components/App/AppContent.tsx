import * as React from 'react';
import { ServicesProvider, useServices } from '../services/ServicesContext';
import { Loading } from '../common/Loading';
import { RoutedView } from './RoutedView';
import { prefetchRoutedView, startedOnce } from './prefetch';
import { AppNavigation } from './AppNavigation';
import { TaskCountBadge } from '../TasksView/TaskCountBadge';
import { TaskCountRefresh } from '../TasksView/taskCountRefresh';
import { PrimaryViewProvider, usePrimaryView } from '../../routing/PrimaryViewContext';

/** The count waits until the view the user came for has rendered. */
const DeferredTaskCount: React.FC<{ refreshKey: number }> = ({ refreshKey }) => {
  const { ready } = usePrimaryView();
  return <TaskCountBadge enabled={ready} refreshKey={refreshKey} />;
};
import { useLoadable } from '../common/useLoadable';
import { ErrorMessage } from '../common/ErrorMessage';
import { ViewErrorBoundary } from '../common/ViewErrorBoundary';
import { SiteSetup } from '../SiteSetup/SiteSetup';
import { useHashRoute } from '../../routing/useHashRoute';
import { formatRoute, type Route } from '../../routing/route';
import { NavigationProvider } from '../../routing/NavigationContext';
import type { ViewKey } from '../../hostKind';
import { useFirstScreen } from '../../routing/useFirstScreen';

const FirstScreenChooser = React.lazy(() => import(/* webpackChunkName: 'first-screen' */ './FirstScreenChooser'));

export interface IAppContentProps {
  startView: ViewKey;
  configuredDepartmentId: number | undefined;
}

/** The property pane's start view as a route; every ViewKey has one (the switch is exhaustive). */
export function startRoute(view: ViewKey): Route {
  switch (view) {
    case 'afdeling':
    case 'opgaver':
    case 'overblik':
    case 'dus':
      return { view };
    case 'opfoelgning':
    case 'dokument':
      return { view: 'start', target: view };
  }
}

/** Chooses what the main area shows (inside the data site's services; App says when there is no
 * data site): lists missing, or the view of the hash route. */
export const AppContent: React.FC<IAppContentProps> = ({ startView, configuredDepartmentId }) => {
  const services = useServices();
  // The site's own stage configuration (Settings list) is read alongside the site check; a site
  // without one, or one that cannot be read, keeps the property pane's.
  // Started while this renders (prefetch.ts), not after the first paint.
  const readSetup = React.useMemo(() => startedOnce(async () => {
    const [site, stageConfiguration] = await Promise.all([services.siteSetup(), services.approvals.siteConfiguration().catch(() => undefined)]);
    return { ...site, stageConfiguration };
  }), [services]);
  // Kept for the next visit like the views' data (issue 21): a revisit does not wait for it.
  const [setup, reloadSetup] = useLoadable(readSetup, [readSetup], { scope: services.storageScope, key: 'site-setup' });
  const fallback = React.useMemo(() => startRoute(startView), [startView]);
  const [route, navigate] = useHashRoute(fallback);
  const first = useFirstScreen(services, startView === 'afdeling', configuredDepartmentId, navigate);
  const firstRoute = React.useRef(route);
  const prefetched = React.useMemo(() => prefetchRoutedView(services, firstRoute.current), [services]);
  const [taskCountKey, recount] = React.useReducer((n: number) => n + 1, 0);
  const siteConfig = setup.status === 'ready' ? setup.value.stageConfiguration : undefined;
  // The prefetched read is used only when the site keeps the configuration it was read with.
  const viewServices = React.useMemo(() => {
    const differs = siteConfig !== undefined && JSON.stringify(siteConfig) !== JSON.stringify(services.stageConfiguration);
    const site = differs ? services.withStageConfiguration(siteConfig) : services;
    return site === services ? prefetched : site;
  }, [services, prefetched, siteConfig]);
  if (setup.status === 'loading') return <Loading />;
  if (setup.status === 'error') return <ErrorMessage error={setup.error} onRetry={reloadSetup} action="read" />;
  if (setup.value.missingLists.length > 0) return <SiteSetup setup={setup.value} onReady={reloadSetup} />;
  return (
    <NavigationProvider value={{ route, navigate, href: formatRoute }}>
      <PrimaryViewProvider>
        <ServicesProvider services={viewServices}>
          <TaskCountRefresh.Provider value={recount}>
            <AppNavigation badges={{ opgaver: <DeferredTaskCount refreshKey={taskCountKey} /> }} />
            <ViewErrorBoundary resetKey={formatRoute(route)}>
              <React.Suspense fallback={<Loading />}>
                {first === 'deciding' ? <Loading /> : first !== 'done' ? <FirstScreenChooser departments={first} /> : (
                  <RoutedView route={route} home={fallback} configuredDepartmentId={configuredDepartmentId} navigate={navigate} />
                )}
              </React.Suspense>
            </ViewErrorBoundary>
          </TaskCountRefresh.Provider>
        </ServicesProvider>
      </PrimaryViewProvider>
    </NavigationProvider>
  );
};
