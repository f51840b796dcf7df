import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';
import { dataErrorKind } from '../../../../data/errors/DataError';

type ErrorKind = keyof IUdviklingsaftalerStrings['Errors']['Kinds'];

function kindOf(error: unknown): ErrorKind | undefined {
  return dataErrorKind(error);
}

/** The one error path of the UI: what went wrong, in the user's language, and a way out.
 * `action="read"` where the failure came from reading: SharePoint's 400 on a read then says the
 * information could not be read, never that a change was refused (nothing was being changed). */
export const ErrorMessage: React.FC<{ error: unknown; onRetry?: () => void; action?: 'read' | 'write' }> = ({ error, onRetry, action = 'write' }) => {
  const strings = useStrings();
  const kind = kindOf(error);
  const message = action === 'read' && kind === 'validation'
    ? strings.Resilience.ReadInvalid
    : (kind && strings.Errors.Kinds[kind]) || strings.Errors.Unexpected;
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      role="alert"
      actions={onRetry ? <MessageBarButton onClick={onRetry}>{strings.Errors.Retry}</MessageBarButton> : undefined}
    >
      <strong>{strings.Errors.Title}.</strong> {message}
    </MessageBar>
  );
};
