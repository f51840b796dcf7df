import * as React from 'react';
import { Link, Stack, Text } from '@fluentui/react';
import type { LineageEntry } from '../../../../services/yearEnd/yearEndServices';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { useLoadable } from '../common/useLoadable';
import { format } from '../common/format';

/** "Fortsætter fra 2022: <title>" for every earlier year the goal continues, nearest first, each
 * linking to that goal. Renders nothing for a goal that starts fresh (or while loading). */
export const GoalLineage: React.FC<{ goalId: number }> = ({ goalId }) => {
  const services = useServices();
  const [lineage] = useLoadable<LineageEntry[]>(() => services.yearEnd.loadLineage(goalId), [services, goalId]);
  if (lineage.status !== 'ready' || lineage.value.length === 0) return null;
  return <LineageList entries={lineage.value} />;
};

export const LineageList: React.FC<{ entries: LineageEntry[] }> = ({ entries }) => {
  const strings = useStrings();
  const { href } = useNavigation();
  return (
    <Stack as="nav" aria-label={strings.YearEnd.LineageLabel} data-testid="goal-lineage">
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {entries.map((e) => (
          <li key={e.goalId}>
            <Text>{format(strings.YearEnd.LineageItem, e.year)} </Text>
            <Link href={href({ view: 'maal', goalId: e.goalId })} data-interception="off">
              {e.title}
            </Link>
          </li>
        ))}
      </ul>
    </Stack>
  );
};
