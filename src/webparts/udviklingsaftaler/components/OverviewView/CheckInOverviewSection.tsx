import * as React from 'react';
import { Dropdown, Link, Text, TextField } from '@fluentui/react';
import { CHECK_IN_STATUSES, checkInOverview, type CheckInCountKey, type OverviewRow } from '../../../../domain';
import type { OverviewWithCheckIns } from '../../../../services/overview/overviewServices';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { format } from '../common/format';
import { DepartmentLink } from './DepartmentLink';
import { StatusFilterList } from './StatusFilterList';
import { tableStyles as styles } from './styles';

const DEFAULT_STALE_DAYS = 30;
const KEYS: CheckInCountKey[] = [...CHECK_IN_STATUSES.map((s) => s.code), 'none'];
const ALL = '__all';

/** Follow-up during the year (issue 18): per department its goals by latest status, and the goals
 * without a check-in for a number of days the reader chooses. */
export const CheckInOverviewSection: React.FC<{ overview: OverviewWithCheckIns; rows: OverviewRow[] }> = ({ overview, rows }) => {
  const strings = useStrings();
  const s = strings.CheckIns;
  const { href } = useNavigation();
  const [daysText, setDaysText] = React.useState(String(DEFAULT_STALE_DAYS));
  // The status filter: departments with a goal of that status, and those goals listed.
  const [status, setStatus] = React.useState<CheckInCountKey | undefined>(undefined);
  const typed = /^\d{1,4}$/.test(daysText.trim()) ? Number(daysText.trim()) : undefined;
  const staleDays = typed ?? DEFAULT_STALE_DAYS;
  const today = new Date().toISOString().slice(0, 10);
  const shown = new Set(rows.map((r) => r.department.id));
  const result = checkInOverview(
    overview.followedGoals.filter((g) => shown.has(g.departmentId)),
    overview.latestCheckIns,
    today,
    staleDays
  );
  const countsOf = (departmentId: number) => result.departments.find((d) => d.departmentId === departmentId)?.counts;
  const label = (key: CheckInCountKey): string => (key === 'none' ? s.NoCheckInYet : s.Statuses[key]);
  const departmentRows = rows.filter((r) => {
    const counts = countsOf(r.department.id);
    return counts !== undefined && (status === undefined || counts[status] > 0);
  });
  const dialogues = new Set(overview.dialogueAgreementIds);
  const followed = overview.followedGoals.filter((g) => shown.has(g.departmentId));
  const titleOf = (departmentId: number): string => rows.find((r) => r.department.id === departmentId)?.department.title ?? '';
  return (
    <section aria-labelledby="overview-checkins-title" data-testid="checkin-overview">
      <Text block as="h3" variant="large" id="overview-checkins-title">
        {s.OverviewSection}
      </Text>
      {/* Not counted, but not hidden either: the secretariat can see that someone wrote past the rule. */}
      {overview.unverifiedCheckIns > 0 && (
        <Text block as="p" data-testid="unverified-check-ins">
          {overview.unverifiedCheckIns === 1
            ? strings.FollowUpVerified.OverviewUnverifiedOne
            : format(strings.FollowUpVerified.OverviewUnverified, overview.unverifiedCheckIns)}
        </Text>
      )}
      {result.departments.length > 0 && (
        <Dropdown
          label={strings.FollowUpDuringYear.StatusFilter}
          options={[{ key: ALL, text: strings.Overview.FilterAll }, ...KEYS.map((k) => ({ key: k, text: label(k) }))]}
          selectedKey={status ?? ALL}
          onChange={(_e, o) => o && setStatus(o.key === ALL ? undefined : (o.key as CheckInCountKey))}
          styles={{ root: { maxWidth: 240 } }}
          data-testid="checkin-status-filter"
        />
      )}
      {result.departments.length === 0 && (
        <Text block as="p">
          {s.OverviewNone}
        </Text>
      )}
      {departmentRows.length > 0 && (
        <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby="overview-checkins-title">
          <table className={styles.table} data-testid="checkin-overview-table">
            <caption className={styles.caption}>{s.OverviewCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.Overview.Department}</th>
                {KEYS.map((k) => (
                  <th scope="col" key={k}>
                    {label(k)}
                  </th>
                ))}
                <th scope="col">{strings.FollowUpDuringYear.DialogueColumn}</th>
              </tr>
            </thead>
            <tbody>
              {departmentRows.map((r) => (
                <tr key={r.department.id} data-testid={`checkin-overview-row-${r.department.id}`}>
                  <th scope="row">
                    <DepartmentLink department={r.department} year={overview.year} />
                  </th>
                  {KEYS.map((k) => (
                    <td className="count" key={k}>
                      {countsOf(r.department.id)?.[k] ?? 0}
                    </td>
                  ))}
                  <td data-testid={`dialogue-held-${r.department.id}`}>
                    {r.agreement !== undefined && dialogues.has(r.agreement.id)
                      ? strings.FollowUpDuringYear.DialogueHeld
                      : strings.FollowUpDuringYear.DialogueNotHeld}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {status !== undefined && <StatusFilterList goals={followed} checkIns={overview.latestCheckIns} status={status} label={label(status)} titleOf={titleOf} />}
      <TextField
        label={s.StaleDaysLabel}
        value={daysText}
        onChange={(_e, v) => setDaysText(v ?? '')}
        inputMode="numeric"
        errorMessage={typed === undefined ? format(s.StaleDaysInvalid, daysText.trim()) : undefined}
        styles={{ root: { maxWidth: 220 } }}
      />
      <Text block as="h4" variant="mediumPlus">
        {format(s.StaleTitle, staleDays)}
      </Text>
      {result.stale.length === 0 ? (
        <Text block as="p">
          {s.StaleNone}
        </Text>
      ) : (
        <ul data-testid="stale-goals">
          {result.stale.map(({ goal, days }) => (
            <li key={goal.id}>
              <Link href={href({ view: 'status', goalId: goal.id })} data-interception="off" underline>
                {goal.title}
              </Link>{' '}
              ({titleOf(goal.departmentId)}: {days === undefined ? s.StaleNever : format(s.AgeDays, days)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
