import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { ActionButton, Link, Stack, Text } from '@fluentui/react';
import type { UserPermissions } from '../../../../services/AppServices';
import type { Overview } from '../../../../domain';
import { emptyOutcomeSummary, type OutcomeCode, type OutcomeSummary as Summary } from '../../../../domain';
import { OutcomeSummary } from '../YearEnd/OutcomeSummary';
import { SendRemindersButton } from '../YearEnd/SendRemindersButton';
import { stageLabel } from '../../../../domain/stageMachine';
import { countLabel, verifiedStageCounts } from '../../../../domain/verifiedStages';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { EmptyState } from '../common/EmptyState';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { Loading } from '../common/Loading';
import { ExportToExcelButton } from '../ExportToExcel/ExportToExcelButton';
import { HeatMapTable } from './HeatMapTable';
import { LateList } from './LateList';
import { OverviewFilters } from './OverviewFilters';
import { RequirementTable } from './RequirementTable';
import { StageTable } from './StageTable';
import { DamagedList } from './DamagedList';
import { CheckInOverviewSection } from './CheckInOverviewSection';
import type { OverviewWithCheckIns } from '../../../../services/overview/overviewServices';
import { defaultYear, filterRows, NO_FILTERS, useOverview, useOverviewContext, type OverviewFilterState } from './useOverview';
import { useLoadable } from '../common/useLoadable';
import { useServices } from '../services/ServicesContext';

// The chart library (and d3) is the heaviest part of the view: it loads on its own, after the tables.
const BarChart = lazyChunk(() => import(/* webpackChunkName: 'overview-chart' */ './BarChart'));

export interface IOverviewViewProps {
  routeYear: number | undefined;
}

const SecretariatActions: React.FC<{ permissions: UserPermissions; year: number }> = ({ permissions, year }) => {
  const strings = useStrings().Overview;
  const { href } = useNavigation();
  if (!permissions.groups.includes('secretariat')) return null;
  return (
    <section aria-labelledby="overview-secretariat-title" data-testid="secretariat-actions">
      <Text block as="h3" variant="mediumPlus" id="overview-secretariat-title">
        {strings.SecretariatActions}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }} verticalAlign="center">
        <Link href={href({ view: 'dus', year })} data-interception="off">
          {strings.EditStrategy}
        </Link>
        <SendRemindersButton year={year} />
        <SendRemindersButton year={year} statusRounds />
      </Stack>
    </section>
  );
};

/** The organisation's outcome summary: every outcome (0 when none) and the goals not yet followed up. */
export function outcomeSummaryOf(overview: Overview): Summary {
  const summary = emptyOutcomeSummary();
  for (const [code, count] of Object.entries(overview.outcomes) as Array<[OutcomeCode, number]>) summary.counts[code] = count;
  const followedUp = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  return { ...summary, total: overview.goalTotal, notFollowedUp: Math.max(0, overview.goalTotal - followedUp) };
}

const OverviewBody: React.FC<{ overview: OverviewWithCheckIns; filters: OverviewFilterState }> = ({ overview, filters }) => {
  const services = useServices();
  const strings = useStrings();
  const rows = filterRows(overview.rows, filters);
  const stages = services.stageConfiguration;
  // Every agreement's and goal's stage as the approval log backs it (a forged "Godkendt" shows as
  // such in the table and the chart too), read after the tables are on screen.
  const targets = React.useMemo(
    () => [
      ...overview.rows
        .map((r) => r.agreement?.id)
        .filter((id): id is number => id !== undefined)
        .map((id) => ({ list: 'Agreements' as const, id })),
      ...overview.goalStages.map((g) => ({ list: 'Goals' as const, id: g.id }))
    ],
    [overview]
  );
  // With the facts its words need ("Godkendt af direktionen 3. dec. 2019"), in the same reads.
  const [verification, reloadVerification] = useLoadable(targets.length > 0 ? () => services.approvals.stageFacts(targets) : undefined, [services, targets]);
  const facts = verification.status === 'ready' ? verification.value : undefined;
  const checked = React.useMemo(() => (facts === undefined ? undefined : Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.status]))), [facts]);
  // Goals per stage: where the year's work stands, at a glance (the heat map has the tracks). A
  // stage the log does not back is a bar of its own, with the reason.
  const statusWords = { unverified: strings.Approval.Unverified, staleAfterApproval: strings.Approval.Stale, foreignEdit: strings.ForeignEdit.Status };
  const label = (code: string): string => stageLabel(stages, code);
  const stageBars =
    checked === undefined
      ? undefined
      : verifiedStageCounts(stages, 'Goals', overview.goalStages, checked).map((c) => ({
          key: `${c.stage}:${c.status}`,
          label: countLabel(c, statusWords, label),
          value: c.count
        }));
  return (
    <Stack tokens={{ childrenGap: 24 }}>
      {!overview.strategy && (
        <Text block as="p">
          {format(strings.Overview.NoStrategy, overview.year)}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text block as="p" role="status">
          {strings.Overview.NoMatch}
        </Text>
      ) : (
        <>
          <StageTable overview={overview} rows={rows} stages={stages} verification={checked} facts={facts} />
          {overview.tracks.length > 0 && <HeatMapTable overview={overview} rows={rows} />}
          <RequirementTable overview={overview} rows={rows} />
          <LateList overview={overview} rows={rows} stages={stages} />
          <CheckInOverviewSection overview={overview} rows={rows} />
        </>
      )}
      {overview.goalTotal > 0 && (
        <figure style={{ margin: 0 }} aria-labelledby="overview-chart-title" data-testid="stage-chart">
          <Text block as="h3" variant="large" id="overview-chart-title">
            {strings.Overview.Chart}
          </Text>
          <figcaption>
            <Text block as="p">
              {strings.Overview.ChartDescription}
            </Text>
          </figcaption>
          {verification.status === 'error' && <ErrorMessage error={verification.error} onRetry={reloadVerification} action="read" />}
          {verification.status === 'loading' && <Loading />}
          {stageBars !== undefined && (
            <React.Suspense fallback={<Loading />}>
              <BarChart bars={stageBars} title={strings.Overview.Chart} description={strings.Overview.ChartDescription} />
            </React.Suspense>
          )}
        </figure>
      )}
      <div data-testid="outcome-counts">
        <OutcomeSummary summary={outcomeSummaryOf(overview)} title={strings.Overview.Outcomes} headingLevel="h3" />
      </div>
    </Stack>
  );
};

/** Overblik: every department of a year at once, for the secretariat. */
const OverviewView: React.FC<IOverviewViewProps> = ({ routeYear }) => {
  const services = useServices();
  const strings = useStrings();
  const { navigate, href } = useNavigation();
  const [context, reloadContext] = useOverviewContext(services);
  const ready = context.status === 'ready' ? context.value : undefined;
  const year = routeYear ?? (ready ? defaultYear(ready.years, new Date()) : undefined);
  const [view, reloadView] = useOverview(services, year);
  const [filters, setFilters] = React.useState<OverviewFilterState>(NO_FILTERS);

  if (context.status === 'error') return <ErrorMessage error={context.error} onRetry={reloadContext} action="read" />;
  const overview = view.status === 'ready' ? view.value : undefined;
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="overview-view">
      {year !== undefined && (
        <Text block as="h2" variant="xLarge">
          {format(strings.Overview.Title, year)}
        </Text>
      )}
      {ready && year !== undefined && (
        <Stack horizontal wrap tokens={{ childrenGap: 16 }} verticalAlign="end" horizontalAlign="space-between">
          <OverviewFilters
            years={ready.years}
            year={year}
            stages={services.stageConfiguration}
            filters={filters}
            onYearChange={(y) => navigate({ view: 'overblik', year: y })}
            onFiltersChange={setFilters}
          />
          <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
            {/* Leaders and editors (who may create goals) and the secretariat (which SharePoint lets
                write in every department's folder, though the lists name it in none): the import is a lazy
                chunk, and so is this view, so the main bundle carries none of it but the route. */}
            {(ready.permissions.canCreateGoals || ready.permissions.groups.includes('secretariat')) && (
              <ActionButton iconProps={{ iconName: 'WordDocument' }} href={href({ view: 'importer' })} data-interception="off" data-testid="word-import-open">
                {strings.WordImport.Open}
              </ActionButton>
            )}
            <ExportToExcelButton year={year} />
          </Stack>
        </Stack>
      )}
      {overview && (
        <Text block as="p" data-testid="overview-summary">
          {format(strings.Overview.Summary, overview.rows.length, overview.goalTotal, overview.lateCount)}
        </Text>
      )}
      {(year === undefined || view.status === 'loading') && <Loading />}
      {view.status === 'error' && <ErrorMessage error={view.error} onRetry={reloadView} action="read" />}
      {overview && overview.rows.length === 0 && <EmptyState title={strings.Empty.Title} message={strings.Overview.NoDepartments} />}
      {overview && <DamagedList items={overview.damaged} />}
      {overview && overview.rows.length > 0 && <OverviewBody overview={overview} filters={filters} />}
      {ready && year !== undefined && <SecretariatActions permissions={ready.permissions} year={year} />}
    </Stack>
  );
};

export default OverviewView;
