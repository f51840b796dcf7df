import * as React from 'react';
import { useStrings } from '../strings/StringsContext';
import { EmptyState } from '../common/EmptyState';
import type { ViewKey } from '../../hostKind';

export interface IAppContentProps {
  dataSiteUrl: string | undefined;
  startView: ViewKey;
}

/** Chooses what the main area shows. */
export const AppContent: React.FC<IAppContentProps> = ({ dataSiteUrl }) => {
  const strings = useStrings();
  if (!dataSiteUrl) {
    return <EmptyState title={strings.Empty.Title} message={strings.Empty.NoDataSite} />;
  }
  return <EmptyState title={strings.Empty.Title} message={strings.Empty.NoAgreementEmployee} />;
};
