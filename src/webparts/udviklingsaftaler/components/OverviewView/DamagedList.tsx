import * as React from 'react';
import { Link, Text } from '@fluentui/react';
import type { DamagedItem } from '../../../../domain/damage';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { damageText } from '../common/DamageNotice';

/** The year's items that could not be read completely: named, with what is wrong, never dropped.
 * A goal links to its (read-only) editor. */
export const DamagedList: React.FC<{ items: readonly DamagedItem[] }> = ({ items }) => {
  const strings = useStrings().Resilience;
  const { href } = useNavigation();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="overview-damaged-title" data-testid="damaged-list">
      <Text block as="h3" variant="large" id="overview-damaged-title">
        {strings.DamagedListTitle}
      </Text>
      <Text block as="p">
        {strings.DamagedListIntro}
      </Text>
      <ul>
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            {item.kind === 'goal' ? (
              <Link href={href({ view: 'maal', goalId: item.id })} data-interception="off">
                {item.title}
              </Link>
            ) : (
              <Text>{item.title}</Text>
            )}
            <Text block>{damageText(strings, item.kind, item.damage)}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
};
