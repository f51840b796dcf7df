import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { Link, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { danishDateShort, danishDateText } from '../../../../domain/danishDateFormat';
import { findStage, formatDanishNumber, measurements, stageLabel, timeline, type CheckIn, type GoalTarget } from '../../../../domain';
import type { GoalCheckIns } from '../../../../services/checkIns/checkInServices';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { Loading } from '../common/Loading';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { useNavigation } from '../../routing/NavigationContext';
import { CheckInForm } from './CheckInForm';
import { CheckInTimeline } from './CheckInTimeline';
import { useServices } from '../services/ServicesContext';

const MeasurementChart = lazyChunk(() => import(/* webpackChunkName: 'check-ins-chart' */ './MeasurementChart'));

export interface ICheckInsViewProps {
  goalId: number;
}

/** Status på målet (#/status/<goalId>): a goal's check-ins during the year, its measurements
 * against the target, and (for the department's leader and editors while the agreement is
 * approved) the form for a new check-in. */
export const CheckInsView: React.FC<ICheckInsViewProps> = ({ goalId }) => {
  const services = useServices();
  const [loaded, reload] = useLoadable(() => services.checkIns.loadGoalCheckIns(goalId), [services, goalId]);
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="checkins-view">
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorMessage error={loaded.error} onRetry={reload} />}
      {loaded.status === 'ready' && <CheckInsBody initial={loaded.value} />}
    </Stack>
  );
};

const CheckInsBody: React.FC<{ initial: GoalCheckIns }> = ({ initial }) => {
  const services = useServices();
  const strings = useStrings();
  const s = strings.CheckIns;
  const { href } = useNavigation();
  const [checkIns, setCheckIns] = React.useState<CheckIn[]>(initial.checkIns);
  React.useEffect(() => setCheckIns(initial.checkIns), [initial]);
  const { goal, agreement, lock } = initial;
  // A check-in the approval log does not back is listed with its mark and drawn nowhere.
  const unverified = React.useMemo(() => new Set(initial.unverifiedIds), [initial]);
  const counted = checkIns.filter((c) => !unverified.has(c.id));
  // What this user may delete: as loaded, plus what they record now (their own, within the day).
  const [deletable, setDeletable] = React.useState<ReadonlySet<number>>(() => new Set(initial.deletableIds));
  React.useEffect(() => setDeletable(new Set(initial.deletableIds)), [initial]);
  const remove = async (id: number): Promise<void> => {
    await services.checkIns.deleteCheckIn(goal.id, id);
    setCheckIns((list) => list.filter((c) => c.id !== id));
  };
  const stage = stageLabel(services.stageConfiguration, agreement.stage);
  const kind = findStage(services.stageConfiguration, agreement.stage)?.kind;

  const save = async (input: Parameters<typeof services.checkIns.recordCheckIn>[1]): Promise<CheckIn> => {
    const saved = await services.checkIns.recordCheckIn(goal.id, input);
    setCheckIns((list) => timeline([...list.filter((c) => c.id !== saved.id), saved]));
    setDeletable((ids) => new Set([...ids, saved.id]));
    return saved;
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack tokens={{ childrenGap: 4 }}>
        <Link href={href({ view: 'afdeling', departmentId: goal.departmentId, year: goal.year })} data-interception="off">
          {s.BackToDepartment}
        </Link>
        <Text block as="h2" variant="xLarge">
          {s.Title}: {goal.title}
        </Text>
        <Text block>
          {initial.department?.title ?? ''} · {goal.year} · {stage}
        </Text>
      </Stack>
      {goal.target !== undefined && <Measurements target={goal.target} checkIns={counted} goalTitle={goal.title} />}
      {lock === 'notApproved' && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="checkin-locked">
          {format(s.LockedNotApproved, stage)}
        </MessageBar>
      )}
      {lock === 'noPermission' && kind !== undefined && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="checkin-locked">
          {s.LockedPermission}
        </MessageBar>
      )}
      {lock === undefined && <CheckInForm goal={goal} save={save} />}
      <CheckInTimeline checkIns={checkIns} unit={goal.target?.unit} unverified={unverified} deletable={deletable} onDelete={remove} />
    </Stack>
  );
};

/** The chart and its text alternative: a one-sentence summary and the values as a table. */
const Measurements: React.FC<{ target: GoalTarget; checkIns: CheckIn[]; goalTitle: string }> = ({ target, checkIns, goalTitle }) => {
  const strings = useStrings();
  const s = strings.CheckIns;
  const points = measurements(checkIns);
  if (points.length === 0) return null;
  const latest = points[points.length - 1];
  const summary = format(
    s.ChartSummary,
    goalTitle,
    points.length,
    formatDanishNumber(latest.value),
    target.unit,
    danishDateText(latest.date),
    strings.YearEnd.Directions[target.direction],
    formatDanishNumber(target.value)
  );
  return (
    <section aria-labelledby="checkin-chart-title" data-testid="checkin-measurements">
      <Text block as="h3" variant="large" id="checkin-chart-title">
        {s.ChartTitle}
      </Text>
      <Text block as="p" data-testid="checkin-chart-summary">
        {summary}
      </Text>
      <div data-testid="checkin-chart" style={{ maxWidth: 640 }}>
        <React.Suspense fallback={<Text block>{s.ChartLoading}</Text>}>
          <MeasurementChart
            points={points}
            target={target.value}
            title={s.ChartTitle}
            seriesLabel={s.ChartSeries}
            targetLabel={format(s.ChartTarget, `${strings.YearEnd.Directions[target.direction]} ${formatDanishNumber(target.value)} ${target.unit}`)}
            description={summary}
            formatDate={danishDateShort}
            formatNumber={formatDanishNumber}
          />
        </React.Suspense>
      </div>
      <details>
        <summary>{s.ChartTableCaption}</summary>
        <table data-testid="checkin-chart-table">
          <caption>{s.ChartTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.ChartDate}</th>
              <th scope="col">{s.ChartValue}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}>
                <td>{danishDateShort(p.date)}</td>
                <td>{`${formatDanishNumber(p.value)} ${target.unit}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
};

export default CheckInsView;
