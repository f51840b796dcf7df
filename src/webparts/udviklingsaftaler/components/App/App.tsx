import * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import { Stack } from '../common/layout';
import { AppTheme } from '../common/AppTheme';
import { ScreenSettledContext, type ScreenSettled } from '../common/ScreenSettled';
import { StringsProvider, useStrings } from '../strings/StringsContext';
import { EmptyState } from '../common/EmptyState';
import { ServicesProvider } from '../services/ServicesContext';
import { AppHeader } from './AppHeader';
import { AppContent } from './AppContent';
import type { HostKind, ViewKey } from '../../hostKind';
import type { AppServices } from '../../../../services/AppServices';

export interface IAppProps {
  strings: IUdviklingsaftalerStrings;
  host: HostKind;
  /** Built over the data site; undefined when no data site is configured. */
  services: AppServices | undefined;
  startView: ViewKey;
  configuredDepartmentId?: number;
  theme?: PartialTheme;
  /** The host keeps a copy of the screen when a routed department view shows fresh data (screenCopy.ts). */
  onScreenSettled?: ScreenSettled;
}

/** The one root component: the web part and the dev host both render it. */
export const App: React.FC<IAppProps> = (props) => (
  <StringsProvider strings={props.strings}>
    <AppTheme theme={props.theme}>
      <Stack as="main" tokens={{ childrenGap: 12 }} data-testid="udviklingsaftaler-app">
        <AppHeader host={props.host} />
        {props.services ? (
          <ServicesProvider services={props.services}>
            <ScreenSettledContext.Provider value={props.onScreenSettled}>
              <AppContent startView={props.startView} configuredDepartmentId={props.configuredDepartmentId} />
            </ScreenSettledContext.Provider>
          </ServicesProvider>
        ) : (
          <NoDataSite />
        )}
      </Stack>
    </AppTheme>
  </StringsProvider>
);

const NoDataSite: React.FC = () => {
  const strings = useStrings();
  return <EmptyState title={strings.Empty.Title} message={strings.Empty.NoDataSite} />;
};
