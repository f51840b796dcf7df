import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import type { DialogueInput } from '../../../../services/checkIns/checkInServices';
import { useStrings } from '../strings/StringsContext';
import { DanishDatePicker } from '../common/DanishDatePicker';
import { ErrorMessage } from '../common/ErrorMessage';
import { NO_PRINT_CLASS } from './printStyles';

interface Draft {
  date: string;
  participants: string;
  notes: string;
  agreed: string;
  followUps: string;
}

const EMPTY: Draft = { date: '', participants: '', notes: '', agreed: '', followUps: '' };

const newClientId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(Math.random() * 16).toString(16));

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * Kontraktdialog: the board or the secretariat records a dialogue meeting on the agreement (date,
 * participants, minutes, what was agreed, follow-up points). Shown only to them; SharePoint
 * refuses anyone else (src/data/schema/listFollowUp.ts). Not printed: the document prints the
 * recorded dialogues.
 */
export const DialogueForm: React.FC<{ save(input: DialogueInput): Promise<unknown> }> = ({ save }) => {
  const s = useStrings().FollowUpDuringYear;
  const [draft, setDraft] = React.useState<Draft>(EMPTY);
  const [clientId, setClientId] = React.useState(newClientId);
  const [shown, setShown] = React.useState(false);
  const [state, setState] = React.useState<{ busy: boolean; error?: unknown; saved?: boolean }>({ busy: false });
  const dateMissing = draft.date === '';
  const set = (patch: Partial<Draft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setState((st) => (st.saved ? { busy: st.busy } : st));
  };

  const onSubmit = (e: React.FormEvent): void => {
    e.preventDefault();
    setShown(true);
    if (dateMissing) return;
    setState({ busy: true });
    save({
      date: draft.date,
      participants: lines(draft.participants),
      notes: draft.notes,
      agreed: draft.agreed,
      followUps: lines(draft.followUps),
      clientId
    }).then(
      () => {
        setDraft(EMPTY);
        setClientId(newClientId());
        setShown(false);
        setState({ busy: false, saved: true });
      },
      (error: unknown) => setState({ busy: false, error })
    );
  };

  return (
    <form onSubmit={onSubmit} aria-labelledby="dialogue-form-title" data-testid="dialogue-form" noValidate className={NO_PRINT_CLASS}>
      <Stack tokens={{ childrenGap: 10 }} styles={{ root: { borderTop: '1px solid #c8c6c4', paddingTop: 12, maxWidth: 720 } }}>
        <Text block as="h2" variant="large" id="dialogue-form-title">
          {s.DialogueTitle}
        </Text>
        <DanishDatePicker
          label={s.DialogueDate}
          value={draft.date}
          onChange={(date) => set({ date })}
          isRequired
          errorMessage={shown && dateMissing ? s.DialogueDateRequired : undefined}
        />
        <TextField
          label={s.DialogueParticipants}
          description={s.OnePerLine}
          multiline
          rows={3}
          value={draft.participants}
          onChange={(_e, v) => set({ participants: v ?? '' })}
        />
        <TextField label={s.DialogueNotes} multiline rows={4} value={draft.notes} onChange={(_e, v) => set({ notes: v ?? '' })} />
        <TextField label={s.DialogueAgreed} multiline rows={3} value={draft.agreed} onChange={(_e, v) => set({ agreed: v ?? '' })} />
        <TextField
          label={s.DialogueFollowUps}
          description={s.OnePerLine}
          multiline
          rows={3}
          value={draft.followUps}
          onChange={(_e, v) => set({ followUps: v ?? '' })}
        />
        <Stack.Item>
          <PrimaryButton type="submit" disabled={state.busy}>
            {state.busy ? s.DialogueSaving : s.DialogueSave}
          </PrimaryButton>
        </Stack.Item>
        {state.saved && (
          <MessageBar messageBarType={MessageBarType.success} role="status">
            {s.DialogueSaved}
          </MessageBar>
        )}
        {state.error !== undefined && <ErrorMessage error={state.error} />}
      </Stack>
    </form>
  );
};
