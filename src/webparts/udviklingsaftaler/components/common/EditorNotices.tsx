// What an editor (the goal's, the agreement's) says above its fields about saving: a draft kept in
// this browser to restore or discard, the count of fields with a message after a refused save, a
// failed save with its retry, and a done save. One place, so both editors say it the same way.
import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType, Stack } from '@fluentui/react';
import { danishDateTime } from '../../../../domain/danishDateFormat';
import { useStrings } from '../strings/StringsContext';
import { ErrorMessage } from './ErrorMessage';
import { format } from './format';

/** The part of an editor's save state the notices read (both forms' unions fit). */
export type EditorSaveState =
  { status: 'idle' | 'saving' | 'saved' | 'conflict' } | { status: 'invalid'; count: number } | { status: 'failed'; error: unknown };

export interface EditorForm {
  saveState: EditorSaveState;
  save(): Promise<unknown>;
  offeredDraft: { savedAt: string } | undefined;
  restoreDraft(): void;
  discardDraft(): void;
  /** A restored draft not yet saved (the goal editor says so). */
  restored?: boolean;
  dirty?: boolean;
}

export interface IEditorNoticesProps {
  form: EditorForm;
  /** "{0} felter skal rettes …" in the editor's own words. */
  validationSummary: string;
  /** Say "Gemt" after a save (the goal editor stays open; the agreement editor shows its save bar). */
  showSaved?: boolean;
}

export const EditorNotices: React.FC<IEditorNoticesProps> = ({ form, validationSummary, showSaved }) => {
  const g = useStrings().GoalEditor;
  const { saveState } = form;
  return (
    <>
      {form.offeredDraft && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            <div>
              <MessageBarButton onClick={form.restoreDraft}>{g.DraftRestore}</MessageBarButton>
              <MessageBarButton onClick={form.discardDraft}>{g.DraftDiscard}</MessageBarButton>
            </div>
          }
        >
          {format(g.DraftFound, danishDateTime(form.offeredDraft.savedAt))}
        </MessageBar>
      )}
      {form.restored === true && form.dirty === true && <MessageBar messageBarType={MessageBarType.info}>{g.DraftRestored}</MessageBar>}
      {saveState.status === 'invalid' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {format(validationSummary, saveState.count)}
        </MessageBar>
      )}
      {saveState.status === 'failed' && (
        <Stack tokens={{ childrenGap: 4 }}>
          <MessageBar messageBarType={MessageBarType.error}>{g.SaveFailed}</MessageBar>
          <ErrorMessage error={saveState.error} onRetry={() => void form.save()} />
        </Stack>
      )}
      {showSaved === true && saveState.status === 'saved' && (
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {g.Saved}
        </MessageBar>
      )}
    </>
  );
};

/** After a refused save, takes the keyboard to the first field with a message inside `root`. */
export function useFocusFirstInvalid(saveState: EditorSaveState, root: React.RefObject<HTMLElement>): void {
  React.useEffect(() => {
    if (saveState.status !== 'invalid') return;
    const input =
      root.current?.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]') ??
      root.current?.querySelector('fieldset [role="alert"]')?.closest('fieldset')?.querySelector<HTMLElement>('input, textarea, button');
    input?.focus();
  }, [saveState, root]);
}
