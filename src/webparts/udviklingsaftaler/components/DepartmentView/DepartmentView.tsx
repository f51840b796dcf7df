import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { Stack } from '../common/layout';
import type { DepartmentViewData, UserPermissions } from '../../../../services/AppServices';
import { AgreementActionsPending } from './AgreementActionsPending';
import { agreementKey, useVerification } from './useVerification';
import { useStrings } from '../strings/StringsContext';
import { Loading } from '../common/Loading';
import { Refreshing } from '../common/Refreshing';
import { EmptyState } from '../common/EmptyState';
import { ErrorMessage } from '../common/ErrorMessage';
import { DamageNotice } from '../common/DamageNotice';
import { AgreementHeader } from './AgreementHeader';
import { DepartmentPickersPending } from './DepartmentPickersPending';
import type { GoalFilters } from './GoalList';
import { RequirementCoverageList } from './RequirementCoverageList';
import { TrackMatrixTable } from './TrackMatrixTable';
import { chooseDepartment, chooseYear, useDashboardContext, useDepartmentView } from './useDepartmentView';
import { useLoadable } from '../common/useLoadable';
import { useAfterFirstPaint } from '../common/useAfterFirstPaint';
import { useMarkPrimaryReady, usePrimaryView } from '../../routing/PrimaryViewContext';
import { useServices } from '../services/ServicesContext';
import { writeLastDepartment } from '../../routing/lastDepartment';
import { ScreenSettledContext } from '../common/ScreenSettled';

// The view's controls (the pickers, the agreement's actions, the goal list with its filters, the
// history's toggle) are Fluent's Dropdown, SearchBox and buttons: about 550 KB of source with the
// ContextualMenu, Callout, FocusZone and Panel they import, which the browser would compile before
// the first paint. None of them is on it (the pickers and the actions keep their place until they
// come, the list and the history are drawn one task after the matrix), so they are one chunk
// asked for as they are first rendered (issue 21, decision 0016).
const DepartmentPickers = lazyChunk(() =>
  import(/* webpackChunkName: 'department-controls' */ './DepartmentPickers').then((m) => ({ default: m.DepartmentPickers }))
);
const AgreementActions = lazyChunk(() =>
  import(/* webpackChunkName: 'department-controls' */ './AgreementActions').then((m) => ({ default: m.AgreementActions }))
);
const GoalList = lazyChunk(() => import(/* webpackChunkName: 'department-controls' */ './GoalList').then((m) => ({ default: m.GoalList })));
const AgreementHistory = lazyChunk(() =>
  import(/* webpackChunkName: 'department-controls' */ './AgreementHistory').then((m) => ({ default: m.AgreementHistory }))
);

// The stage actions carry the decision form (with a date picker for hearings): a chunk of their
// own, so the dashboard's first render does not wait for what only deciders use.
const StageActions = lazyChunk(() => import(/* webpackChunkName: 'stage-actions' */ '../Approval/StageActions').then((m) => ({ default: m.StageActions })));

// What only some visits need (no agreement yet, year-end outcomes, the owner's access tool, a
// membership problem) is one chunk of its own: the dashboard's main bundle stays within budget.
const NoAgreement = lazyChunk(() => import(/* webpackChunkName: 'department-extras' */ './NoAgreement').then((m) => ({ default: m.NoAgreement })));
const DepartmentAccess = lazyChunk(() =>
  import(/* webpackChunkName: 'department-extras' */ './DepartmentAccess').then((m) => ({ default: m.DepartmentAccess }))
);
const DepartmentOutcomes = lazyChunk(() => import(/* webpackChunkName: 'department-extras' */ './DepartmentOutcomes'));
const MembershipWarning = lazyChunk(() =>
  import(/* webpackChunkName: 'department-extras' */ '../Approval/MembershipWarning').then((m) => ({ default: m.MembershipWarning }))
);

// Returned drafts (issue #17.1) read the approval log: their own chunk, asked for only when the
// agreement or one of its goals is a draft.
const ReturnNotices = lazyChunk(() => import(/* webpackChunkName: 'conversation' */ '../Conversation/ReturnNotices'));

export interface IDepartmentViewProps {
  routeDepartmentId: number | undefined;
  routeYear: number | undefined;
  configuredDepartmentId: number | undefined;
  onNavigate(departmentId: number, year: number): void;
  /** Changes when something was saved elsewhere (the editor): the view reads again. */
  refreshKey?: number;
}

// Other views import the shimmer from here too.

interface IAgreementBodyProps {
  data: DepartmentViewData;
  /** Undefined until the dashboard context is read: actions appear then, never before. */
  permissions: UserPermissions | undefined;
  /** Painted from the browser's copy while the server is asked again: nothing can be acted on. */
  refreshing: boolean;
  /** The user's own department (they lead or edit it), once known. */
  ownDepartmentId: number | undefined;
  onChanged(): void;
}

const AgreementBody: React.FC<IAgreementBodyProps> = ({ data, permissions, refreshing, ownDepartmentId, onChanged }) => {
  const services = useServices();
  const [filters, setFilters] = React.useState<GoalFilters>({ trackId: undefined, stage: undefined, search: '' });
  const [decided, setDecided] = React.useState(0);
  // The header and the matrix paint first; the goal list and the history one task later. So do the
  // parts in chunks of their own (the stage actions, a returned draft's notice, the year's outcomes):
  // asking for a chunk in the first render cost its script's start on the way to the matrix, and
  // each shows only once its chunk (and, but for the outcomes, a read of its own) is in (issue 21).
  const below = useAfterFirstPaint();
  const verification = useVerification(services, refreshing ? undefined : data, decided);
  const checked = verification.status === 'ready' ? verification.value : undefined;
  // A goal held outside its department's folder is listed, marked, but counts for nothing: it is
  // no row of the matrix, covers no requirement and is no outcome of the department.
  const filed = data.goals.filter((g) => g.misfiled === undefined);
  const initial = services.stageConfiguration.initialStage;
  const agreementId = data.agreement?.id;
  const drafts =
    agreementId === undefined
      ? []
      : [
          ...(data.agreement?.stage === initial ? [{ list: 'Agreements' as const, id: agreementId }] : []),
          ...filed.filter((g) => g.agreementId === agreementId && g.stage === initial).map((g) => ({ list: 'Goals' as const, id: g.id }))
        ];
  if (!data.agreement) {
    if (!permissions) return <Loading />;
    return (
      <React.Suspense fallback={<Loading />}>
        <NoAgreement
          permissions={permissions}
          departmentId={data.department.id}
          departmentTitle={data.department.title}
          year={data.year}
          own={ownDepartmentId === data.department.id}
          hasStrategy={data.strategy !== undefined}
          onCreated={onChanged}
        />
      </React.Suspense>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 20 }}>
      <AgreementHeader agreement={data.agreement} stages={services.stageConfiguration} verification={checked?.[agreementKey(data.agreement.id)]} />
      {below && drafts.length > 0 && (
        <React.Suspense fallback={null}>
          <ReturnNotices targets={drafts} refreshKey={decided} />
        </React.Suspense>
      )}
      {permissions?.membershipProblems !== undefined && permissions.membershipProblems.length > 0 && (
        <React.Suspense fallback={null}>
          <MembershipWarning problems={permissions.membershipProblems} />
        </React.Suspense>
      )}
      <DamageNotice item={data.agreement} kind="agreement" />
      <DamageNotice item={data.strategy} kind="strategy" />
      {permissions ? (
        <React.Suspense fallback={<AgreementActionsPending />}>
          <AgreementActions agreement={data.agreement} department={data.department} permissions={permissions} />
        </React.Suspense>
      ) : (
        <AgreementActionsPending />
      )}
      {below && !refreshing && (
        <React.Suspense fallback={null}>
          <StageActions
            target={{ list: 'Agreements', id: data.agreement.id }}
            title={data.agreement.title}
            onDecided={() => {
              setDecided((n) => n + 1);
              onChanged();
            }}
          />
        </React.Suspense>
      )}
      {below && filed.some((g) => g.outcome !== undefined) && (
        <React.Suspense fallback={null}>
          <DepartmentOutcomes goals={filed} departmentId={data.department.id} />
        </React.Suspense>
      )}
      <TrackMatrixTable goals={filed} tracks={data.tracks} policies={data.agreement.policies} />
      <RequirementCoverageList requirements={data.requirements} goals={filed} />
      {below && (
        <React.Suspense fallback={null}>
          <GoalList
            goals={data.goals}
            tracks={data.tracks}
            stages={services.stageConfiguration}
            departmentId={data.department.id}
            filters={filters}
            onFiltersChange={setFilters}
            verification={checked}
            checkIns={data.checkIns}
          />
        </React.Suspense>
      )}
      {below && (
        <React.Suspense fallback={null}>
          <AgreementHistory agreementId={data.agreement.id} refreshKey={decided} />
        </React.Suspense>
      )}
    </Stack>
  );
};

/** Afdelingens aftale: the department's agreement for a year, its goals, tracks and requirements. */
export const DepartmentView: React.FC<IDepartmentViewProps> = (props) => {
  const services = useServices();
  const strings = useStrings();
  // A route that names department and year starts the view's reads at once; the pickers' data
  // (three requests) is read once the view is on screen, so its answers do not compete with the
  // view's on the way to the first paint (issue 21). Without a route, the pickers choose the view.
  const routed = props.routeDepartmentId !== undefined && props.routeYear !== undefined;
  const { ready: primaryReady } = usePrimaryView();
  // Decided once, when the view mounts: a view that chose its department first (the first screen,
  // then a route) keeps the pickers' data it already has, and the read is never switched off again.
  const [openedRouted] = React.useState(routed);
  const [context, reloadContext] = useDashboardContext(services, !openedRouted || primaryReady);
  const ready = context.status === 'ready' ? context.value : undefined;
  const departmentId = routed ? props.routeDepartmentId : ready ? chooseDepartment(ready, props.routeDepartmentId, props.configuredDepartmentId) : undefined;
  const year = routed ? props.routeYear : ready ? chooseYear(ready, undefined, new Date()) : undefined;
  const [view, reloadView] = useDepartmentView(services, departmentId, year, props.refreshKey);
  // A view painted from the browser's copy (a revisit) is not ready until the server has answered:
  // permissions, and with them every action, are read after the fresh data (issue 21).
  const refreshing = (view.status === 'ready' && view.refreshing === true) || (context.status === 'ready' && context.refreshing === true);
  useMarkPrimaryReady(view.status === 'error' || (view.status === 'ready' && !refreshing));
  // Remembered for the next visit's first screen (routing/lastDepartment.ts).
  React.useEffect(() => {
    if (departmentId !== undefined && view.status === 'ready') writeLastDepartment(services.storageScope, departmentId);
  }, [services.storageScope, departmentId, view.status]);
  // What the user may do decorates the page: read once the agreement is on screen.
  const [loadedPermissions] = useLoadable(primaryReady ? () => services.permissions() : undefined, [services, primaryReady]);
  const permissions = refreshing ? ({ status: 'loading' } as const) : loadedPermissions;
  // The whole view shows fresh data (its actions included): the host may keep a copy of the screen
  // for the next visit's first paint (screenCopy.ts). Only a routed view: the next visit's boot
  // knows which copy to paint from the route alone.
  const settled = React.useContext(ScreenSettledContext);
  const fresh = view.status === 'ready' && !refreshing && permissions.status !== 'loading';
  React.useEffect(() => {
    if (fresh && routed && departmentId !== undefined && year !== undefined) settled?.(departmentId, year);
  }, [settled, fresh, routed, departmentId, year, view]);

  if (context.status === 'error') return <ErrorMessage error={context.error} onRetry={reloadContext} action="read" />;
  if (ready && (departmentId === undefined || year === undefined)) {
    return <EmptyState title={strings.Empty.Title} message={strings.Department.NoDepartments} />;
  }
  // What arrives after the first paint takes the place kept for it, so the view does not move: a
  // routed view's pickers (their lists are read once it is on screen), the agreement's actions
  // (AgreementActionsPending). A refreshed view says so in the pickers' row, not a row of its own
  // that would go again when the fresh data is in.
  // Fresh, the mark is rendered hidden once the view has settled (not on the way to the first
  // paint): a copy of the screen shows it, in its place (screenCopy.ts).
  const status = refreshing ? <Refreshing /> : fresh && routed ? <Refreshing inCopyOnly /> : undefined;
  const pickers =
    ready && departmentId !== undefined && year !== undefined ? (
      <React.Suspense fallback={<DepartmentPickersPending status={status} />}>
        <DepartmentPickers
          departments={ready.departments}
          years={ready.years}
          departmentId={departmentId}
          year={year}
          onChange={props.onNavigate}
          status={status}
        />
      </React.Suspense>
    ) : routed ? (
      <DepartmentPickersPending status={status} />
    ) : undefined;
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="department-view">
      {pickers}
      {pickers === undefined && status}
      {(departmentId === undefined || view.status === 'loading') && <Loading />}
      {departmentId !== undefined && view.status === 'error' && <ErrorMessage error={view.error} onRetry={reloadView} action="read" />}
      {departmentId !== undefined && view.status === 'ready' && (
        <AgreementBody
          data={view.value}
          permissions={permissions.status === 'ready' ? permissions.value : undefined}
          refreshing={refreshing}
          ownDepartmentId={ready?.user.departmentId}
          onChanged={reloadView}
        />
      )}
      {departmentId !== undefined && view.status === 'ready' && permissions.status === 'ready' && (
        <React.Suspense fallback={null}>
          <DepartmentAccess permissions={permissions.value} departmentId={departmentId} />
        </React.Suspense>
      )}
    </Stack>
  );
};
