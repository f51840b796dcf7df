import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';

/** Shown above a view painted from what the browser kept (viewCache) while the server is asked
 * again: the data may be old, and its actions appear when the fresh data is in. */
export const Refreshing: React.FC = () => {
  const strings = useStrings();
  return (
    <div role="status" data-testid="view-refreshing">
      <Spinner size={SpinnerSize.xSmall} label={strings.App.Refreshing} labelPosition="right" styles={{ root: { justifyContent: 'flex-start' } }} />
    </div>
  );
};
