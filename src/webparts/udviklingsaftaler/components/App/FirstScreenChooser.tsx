import * as React from 'react';
import { Link, Stack, Text } from '@fluentui/react';
import type { Department } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { useMarkPrimaryReady } from '../../routing/PrimaryViewContext';
import { EmptyState } from '../common/EmptyState';

export interface IFirstScreenChooserProps {
  departments: Department[];
}

/** The short chooser of the first screen: nothing tells which department the user belongs to
 * (no own department, no profile match, none viewed before, none configured). The one chosen is
 * remembered by the department view, so the next visit opens on it. */
const FirstScreenChooser: React.FC<IFirstScreenChooserProps> = ({ departments }) => {
  const strings = useStrings();
  const s = strings.Start;
  const { href } = useNavigation();
  // The chooser is the view the user came for: the secondary reads (the task count) may start.
  useMarkPrimaryReady(true);
  const sorted = [...departments].sort((a, b) => a.title.localeCompare(b.title, 'da'));
  // A new site: no departments to choose among yet; say so as the department view does.
  if (sorted.length === 0) return <EmptyState title={strings.Empty.Title} message={strings.Department.NoDepartments} />;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="first-screen-chooser">
      <Text block as="h2" variant="large">
        {s.ChooserTitle}
      </Text>
      <Text block as="p">
        {s.ChooserMessage}
      </Text>
      <nav aria-label={s.ChooserLabel}>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {sorted.map((d) => (
            <li key={d.id} style={{ padding: '2px 0' }}>
              <Link href={href({ view: 'afdeling', departmentId: d.id })} data-interception="off" underline>
                {d.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </Stack>
  );
};

export default FirstScreenChooser;
