import * as React from 'react';
import { useStrings } from '../strings/StringsContext';
import { dataErrorKind, isDataError } from '../../../../data/errors/DataError';
import { format } from './format';
import { Notice } from './Notice';

type ErrorKind = keyof IUdviklingsaftalerStrings['Errors']['Kinds'];

function kindOf(error: unknown): ErrorKind | 'damaged' | undefined {
  return dataErrorKind(error);
}

/** The app's own refusal to write a field it could not read: which fields, and that nothing of
 * the stored text is touched (never SharePoint's "a value is not valid": nothing was sent). */
function damagedText(strings: IUdviklingsaftalerStrings, error: unknown): string {
  const fields = isDataError(error) ? error.fields : [];
  const names = fields.map((f) => (strings.Resilience.DamageFields as Record<string, string>)[f] ?? f).join(', ');
  return format(strings.Resilience.DamagedWrite, names);
}

/** The one error path of the UI: what went wrong, in the user's language, and a way out.
 * `action="read"` where the failure came from reading: SharePoint's 400 on a read then says the
 * information could not be read, never that a change was refused (nothing was being changed). */
export const ErrorMessage: React.FC<{ error: unknown; onRetry?: () => void; action?: 'read' | 'write' }> = ({ error, onRetry, action = 'write' }) => {
  const strings = useStrings();
  const kind = kindOf(error);
  const message =
    kind === 'damaged'
      ? damagedText(strings, error)
      : action === 'read' && kind === 'validation'
        ? strings.Resilience.ReadInvalid
        : (kind && strings.Errors.Kinds[kind]) || strings.Errors.Unexpected;
  return (
    <Notice kind="error" role="alert" action={onRetry ? { label: strings.Errors.Retry, onClick: onRetry } : undefined}>
      <strong>{strings.Errors.Title}.</strong> {message}
    </Notice>
  );
};
