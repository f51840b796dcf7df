import * as React from 'react';
import { Link } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import type { Route } from '../../routing/route';
import { EmptyState } from './EmptyState';
import { format } from './format';

/** A hash that names no view: say so, show what was asked for (as text), and link home. */
export const RouteNotFound: React.FC<{ hash: string; home: Route }> = ({ hash, home }) => {
  const strings = useStrings().Resilience;
  const { href } = useNavigation();
  return (
    <div data-testid="route-not-found">
      <EmptyState
        title={strings.RouteNotFoundTitle}
        message={format(strings.RouteNotFound, hash)}
        action={
          <Link href={href(home)} data-interception="off">
            {strings.Home}
          </Link>
        }
      />
    </div>
  );
};
