import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { Stack } from '../common/layout';
import { ServicesProvider, useServices } from '../services/ServicesContext';
import type { SiteCheck } from '../../../../services/AppServices';
import { Loading } from '../common/Loading';
import { RoutedView } from './RoutedView';
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
import { useHashRoute } from '../../routing/useHashRoute';
import { formatRoute, type Route } from '../../routing/route';
import { NavigationProvider } from '../../routing/NavigationContext';
import type { ViewKey } from '../../hostKind';
import { useFirstScreen } from '../../routing/useFirstScreen';

// Shown once per site (until its lists are made): not part of every page view's first paint.
const SiteSetup = lazyChunk(() => import(/* webpackChunkName: 'site-setup' */ '../SiteSetup/SiteSetup').then((m) => ({ default: m.SiteSetup })));
const FirstScreenChooser = lazyChunk(() => import(/* webpackChunkName: 'first-screen' */ './FirstScreenChooser'));

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
  // The hosts started both reads at boot (firstReads.ts); this asks for them.
  const [setup, reloadSetup] = useLoadable<SiteCheck>(
    async () => {
      const [site, stageConfiguration] = await Promise.all([services.siteSetup(), services.siteConfiguration().catch(() => undefined)]);
      return { ...site, stageConfiguration };
      // Kept for the next visit like the views' data (issue 21): a revisit does not wait for it.
    },
    [services],
    { scope: services.storageScope, key: 'site-setup' },
    // Both answers already in as the app mounts (the host waited for them, firstReads.ts): the
    // first render shows the view, with no hidden render before it.
    () => services.takeFirstSiteCheck?.()
  );
  const fallback = React.useMemo(() => startRoute(startView), [startView]);
  const [route, navigate] = useHashRoute(fallback);
  const first = useFirstScreen(services, startView === 'afdeling', configuredDepartmentId, navigate);
  const [taskCountKey, recount] = React.useReducer((n: number) => n + 1, 0);
  const siteConfig = setup.status === 'ready' ? setup.value.stageConfiguration : undefined;
  // A read started at boot (firstReads.ts) is used only when the site keeps the configuration it
  // was read with: under the site's own, the views read anew.
  const viewServices = React.useMemo(() => {
    const differs = siteConfig !== undefined && JSON.stringify(siteConfig) !== JSON.stringify(services.stageConfiguration);
    return differs ? services.withStageConfiguration(siteConfig) : services;
  }, [services, siteConfig]);
  if (setup.status === 'error') return <ErrorMessage error={setup.error} onRetry={reloadSetup} action="read" />;
  if (setup.status === 'ready' && setup.value.missingLists.length > 0) {
    return (
      <React.Suspense fallback={<Loading />}>
        <SiteSetup setup={setup.value} onReady={reloadSetup} />
      </React.Suspense>
    );
  }
  // Until the site check has answered, the view is rendered hidden: React mounts it, and renders the
  // view's data if that comes first, while the site check travels (its requests and the view's
  // leave together, firstReads.ts), so the answer only has to show it (issue 21). Hidden, nothing in
  // it can be seen or used: a site without its lists gets the set-up screen, never the view's error.
  const checking = setup.status === 'loading';
  return (
    <>
      {checking && <Loading />}
      <Stack tokens={{ childrenGap: 12 }} style={checking ? { display: 'none' } : undefined} data-testid="app-views">
        <NavigationProvider value={{ route, navigate, href: formatRoute }}>
          <PrimaryViewProvider>
            <ServicesProvider services={viewServices}>
              <TaskCountRefresh.Provider value={recount}>
                <AppNavigation badges={{ opgaver: <DeferredTaskCount refreshKey={taskCountKey} /> }} />
                <ViewErrorBoundary resetKey={formatRoute(route)}>
                  <React.Suspense fallback={<Loading />}>
                    {first === 'deciding' ? (
                      <Loading />
                    ) : first !== 'done' ? (
                      <FirstScreenChooser departments={first} />
                    ) : (
                      <RoutedView route={route} home={fallback} configuredDepartmentId={configuredDepartmentId} navigate={navigate} />
                    )}
                  </React.Suspense>
                </ViewErrorBoundary>
              </TaskCountRefresh.Provider>
            </ServicesProvider>
          </PrimaryViewProvider>
        </NavigationProvider>
      </Stack>
    </>
  );
};
