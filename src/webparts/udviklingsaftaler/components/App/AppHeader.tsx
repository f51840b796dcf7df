import * as React from 'react';
import { Stack, Text } from '../common/layout';
import { useStrings } from '../strings/StringsContext';
import type { HostKind } from '../../hostKind';

export const AppHeader: React.FC<{ host: HostKind }> = ({ host }) => {
  const strings = useStrings();
  const hostLabel: Record<HostKind, string> = {
    sharePoint: strings.Host.SharePoint,
    teamsTab: strings.Host.TeamsTab,
    teamsPersonalApp: strings.Host.TeamsPersonalApp,
    local: strings.Host.Local
  };
  return (
    <Stack as="header" tokens={{ childrenGap: 4 }}>
      <Text block as="h1" variant="xxLarge">
        {strings.App.Title}
      </Text>
      <Text block as="p" variant="medium">
        {strings.App.Subtitle}
      </Text>
      <Text block as="p" variant="small" data-testid="host-kind">
        {hostLabel[host]}
      </Text>
    </Stack>
  );
};
