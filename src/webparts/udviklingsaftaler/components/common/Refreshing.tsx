import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';
import { SHOWN_IN_COPY_ATTRIBUTE } from '../../screenCopy';

/** Shown above a view painted from what the browser kept (viewCache) while the server is asked
 * again: the data may be old, and its actions appear when the fresh data is in. `inCopyOnly`: the
 * view is fresh, and the mark is rendered hidden for the copy of the screen kept for the next visit
 * (screenCopy.ts), which shows it in the same place; hidden, it is no status of the live view. */
export const Refreshing: React.FC<{ inCopyOnly?: boolean }> = ({ inCopyOnly = false }) => {
  const strings = useStrings();
  const spinner = (
    <Spinner size={SpinnerSize.xSmall} label={strings.App.Refreshing} labelPosition="right" styles={{ root: { justifyContent: 'flex-start' } }} />
  );
  if (inCopyOnly) {
    return (
      <div hidden {...{ [SHOWN_IN_COPY_ATTRIBUTE]: '' }}>
        {spinner}
      </div>
    );
  }
  return (
    <div role="status" data-testid="view-refreshing">
      {spinner}
    </div>
  );
};
