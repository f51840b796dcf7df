import * as React from 'react';
import { mergeStyles, useTheme } from '@fluentui/react';
import { Stack } from '../common/layout';
import { LightLink } from '../common/LightLink';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import type { Route } from '../../routing/route';

type NavKey = 'afdeling' | 'opgaver' | 'overblik' | 'dus';

/** Which top-level view a route belongs to (the goal editor and the document sit under the department). */
export function navKeyOf(route: Route): NavKey {
  switch (route.view) {
    case 'opgaver':
      return 'opgaver';
    case 'overblik':
      return 'overblik';
    case 'dus':
      return 'dus';
    default:
      return 'afdeling';
  }
}

export interface IAppNavigationProps {
  /** Extra content after a view's name, e.g. the number of waiting tasks. */
  badges?: Partial<Record<NavKey, React.ReactNode>>;
}

/** The views as links (they open in a new tab too, and work in Teams with data-interception off);
 * the current one is marked with aria-current and an underline, not by colour alone. */
export const AppNavigation: React.FC<IAppNavigationProps> = ({ badges = {} }) => {
  const strings = useStrings();
  const theme = useTheme();
  const { route, href } = useNavigation();
  const current = navKeyOf(route);
  const items: Array<{ key: NavKey; text: string; to: Route }> = [
    { key: 'afdeling', text: strings.Views.Department, to: { view: 'afdeling' } },
    { key: 'opgaver', text: strings.Views.Tasks, to: { view: 'opgaver' } },
    { key: 'overblik', text: strings.Views.Overview, to: { view: 'overblik' } },
    { key: 'dus', text: strings.Views.Strategy, to: { view: 'dus' } }
  ];
  const linkClass = (active: boolean): string =>
    mergeStyles({
      padding: '8px 4px',
      fontWeight: active ? 600 : 400,
      borderBottom: `3px solid ${active ? theme.palette.themePrimary : 'transparent'}`,
      color: theme.palette.neutralPrimary,
      selectors: { ':hover': { textDecoration: 'none', borderBottomColor: theme.palette.neutralTertiaryAlt } }
    });
  return (
    <Stack as="nav" aria-label={strings.App.NavigationLabel} horizontal wrap tokens={{ childrenGap: 20 }} data-testid="app-navigation">
      {items.map((item) => (
        <LightLink
          key={item.key}
          href={href(item.to)}
          data-interception="off"
          aria-current={item.key === current ? 'page' : undefined}
          className={linkClass(item.key === current)}
        >
          {item.text}
          {badges[item.key]}
        </LightLink>
      ))}
    </Stack>
  );
};
