import * as React from 'react';
import { Stack, ThemeProvider, type PartialTheme } from '@fluentui/react';
import { StringsProvider } from '../strings/StringsContext';
import { AppHeader } from './AppHeader';
import { AppContent } from './AppContent';
import type { HostKind, ViewKey } from '../../hostKind';

export interface IAppProps {
  strings: IUdviklingsaftalerStrings;
  host: HostKind;
  /** Absolute URL of the site holding the lists; undefined when none is configured. */
  dataSiteUrl: string | undefined;
  startView: ViewKey;
  theme?: PartialTheme;
}

/** The one root component: the web part and the dev host both render it. */
export const App: React.FC<IAppProps> = (props) => (
  <StringsProvider strings={props.strings}>
    <ThemeProvider theme={props.theme}>
      <Stack as="main" tokens={{ childrenGap: 12 }} data-testid="udviklingsaftaler-app">
        <AppHeader host={props.host} />
        <AppContent dataSiteUrl={props.dataSiteUrl} startView={props.startView} />
      </Stack>
    </ThemeProvider>
  </StringsProvider>
);
