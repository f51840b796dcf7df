import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton, Stack, Text } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';
import { ErrorMessage } from '../common/ErrorMessage';

/** "Slet" on a check-in its author may still take back (within a day) or a site owner may
 * delete, with an inline confirmation: a deleted check-in leaves the timeline for good. */
export const DeleteCheckIn: React.FC<{ onDelete(): Promise<void> }> = ({ onDelete }) => {
  const s = useStrings().FollowUpDuringYear;
  const [state, setState] = React.useState<{ asking: boolean; busy: boolean; error?: unknown }>({ asking: false, busy: false });
  if (!state.asking) {
    return (
      <ActionButton iconProps={{ iconName: 'Delete' }} onClick={() => setState({ asking: true, busy: false })} styles={{ root: { height: 28, padding: 0 } }}>
        {s.Delete}
      </ActionButton>
    );
  }
  const confirm = (): void => {
    setState({ asking: true, busy: true });
    onDelete().catch((error: unknown) => setState({ asking: true, busy: false, error }));
  };
  return (
    <Stack tokens={{ childrenGap: 6 }} role="group" aria-label={s.DeleteConfirm}>
      <Text block variant="small">
        {s.DeleteConfirm}
      </Text>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton onClick={confirm} disabled={state.busy}>
          {s.DeleteYes}
        </PrimaryButton>
        <DefaultButton onClick={() => setState({ asking: false, busy: false })} disabled={state.busy}>
          {s.DeleteNo}
        </DefaultButton>
      </Stack>
      {state.error !== undefined && <ErrorMessage error={state.error} />}
    </Stack>
  );
};
