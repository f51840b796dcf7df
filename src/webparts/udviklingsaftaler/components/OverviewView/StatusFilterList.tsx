import * as React from 'react';
import { Link, Text } from '@fluentui/react';
import { daysSince, type CheckIn, type CheckInCountKey, type FollowedGoal } from '../../../../domain';
import { goalsWithStatus } from '../../../../domain/checkInFilter';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { format } from '../common/format';

/** The goals Overblik's status filter picks: each linked to its status page, with its
 * department and how long it has had the status. */
export const StatusFilterList: React.FC<{
  goals: readonly FollowedGoal[];
  checkIns: readonly CheckIn[];
  status: CheckInCountKey;
  label: string;
  titleOf(departmentId: number): string;
}> = ({ goals, checkIns, status, label, titleOf }) => {
  const strings = useStrings();
  const s = strings.FollowUpDuringYear;
  const { href } = useNavigation();
  const today = new Date().toISOString().slice(0, 10);
  const found = goalsWithStatus(goals, checkIns, status);
  return (
    <section aria-labelledby="checkin-status-filter-title" data-testid="checkin-status-goals">
      <Text block as="h4" variant="mediumPlus" id="checkin-status-filter-title" role="status">
        {format(s.StatusFilterTitle, label, found.length)}
      </Text>
      {found.length > 0 && (
        <ul>
          {found.map(({ goal, since }) => (
            <li key={goal.id}>
              <Link href={href({ view: 'status', goalId: goal.id })} data-interception="off" underline>
                {goal.title}
              </Link>{' '}
              ({titleOf(goal.departmentId)}
              {since === undefined ? '' : `: ${format(strings.CheckIns.AgeDays, daysSince(since, today))}`})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
