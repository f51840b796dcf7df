import * as React from 'react';
import { ActionButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import type { UserPermissions } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { useServices } from '../services/ServicesContext';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; changes: number } | { kind: 'error'; error: unknown };

/** For site owners: make the department's folders follow the Departments list after the
 * secretariat changed its leader or editors (only site owners may change permissions). */
export const DepartmentAccess: React.FC<{ permissions: UserPermissions; departmentId: number }> = ({ permissions, departmentId }) => {
  const services = useServices();
  const strings = useStrings().Filing;
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  React.useEffect(() => setState({ kind: 'idle' }), [departmentId]);
  if (!permissions.isSiteOwner) return null;
  const run = (): void => {
    setState({ kind: 'busy' });
    services.syncDepartmentAccess(departmentId).then(
      (changes) => setState({ kind: 'done', changes }),
      (error: unknown) => setState({ kind: 'error', error })
    );
  };
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="department-access">
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <ActionButton iconProps={{ iconName: 'Permissions' }} onClick={run} disabled={state.kind === 'busy'} title={strings.SyncAccessHelp}>
          {strings.SyncAccess}
        </ActionButton>
        {state.kind === 'busy' && <Spinner size={SpinnerSize.small} label={strings.SyncAccessBusy} labelPosition="right" />}
      </Stack>
      {state.kind === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {state.changes === 0 ? strings.SyncAccessNone : format(strings.SyncAccessDone, state.changes)}
        </MessageBar>
      )}
      {state.kind === 'error' && <ErrorMessage error={state.error} onRetry={run} />}
    </Stack>
  );
};
