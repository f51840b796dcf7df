// The goal editor: a Panel over the department view, loaded as its own chunk ('goal-editor') when a
// goal is opened, so the dashboard's bundle does not carry the form.
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarButton, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import { stageLabel } from '../../../../domain';
import type { EditableGoal, GoalEditorData } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { DamageNotice } from '../common/DamageNotice';
import { format } from '../common/format';
import { ConflictDialog } from './ConflictDialog';
import { GoalFormFields } from './GoalFormFields';
import { GoalReadOnly } from './GoalReadOnly';
import { useGoalForm } from './useGoalForm';

export type { EditAccess } from '../../../../services/editAccess';
import type { EditAccess } from '../../../../services/editAccess';
import { useServices } from '../services/ServicesContext';

export interface IGoalEditorPanelProps {
  data: GoalEditorData;
  access: EditAccess;
  onDismiss(): void;
  onSaved(saved: EditableGoal, wasNew: boolean): void;
}

function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('da-DK', { dateStyle: 'short', timeStyle: 'short' });
}

const EditableBody: React.FC<IGoalEditorPanelProps> = ({ data, onSaved }) => {
  const strings = useStrings().GoalEditor;
  const services = useServices();
  const wasNew = React.useRef(!data.existing);
  const form = useGoalForm(data, services, (saved) => {
    onSaved(saved, wasNew.current);
    wasNew.current = false;
  });
  const bodyRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // After a refused save, take the keyboard to the first field with a message.
    if (form.saveState.status !== 'invalid') return;
    const root = bodyRef.current;
    const input =
      root?.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]') ??
      root?.querySelector('fieldset [role="alert"]')?.closest('fieldset')?.querySelector<HTMLElement>('input');
    input?.focus();
  }, [form.saveState]);

  return (
    <div ref={bodyRef}>
      <Stack tokens={{ childrenGap: 12 }}>
        {form.offeredDraft && (
          <MessageBar
            messageBarType={MessageBarType.warning}
            isMultiline
            actions={
              <div>
                <MessageBarButton onClick={form.restoreDraft}>{strings.DraftRestore}</MessageBarButton>
                <MessageBarButton onClick={form.discardDraft}>{strings.DraftDiscard}</MessageBarButton>
              </div>
            }
          >
            {format(strings.DraftFound, formatSavedAt(form.offeredDraft.savedAt))}
          </MessageBar>
        )}
        {form.restored && form.dirty && <MessageBar messageBarType={MessageBarType.info}>{strings.DraftRestored}</MessageBar>}
        {form.saveState.status === 'invalid' && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">{format(strings.ValidationSummary, form.saveState.count)}</MessageBar>
        )}
        {form.saveState.status === 'failed' && (
          <Stack tokens={{ childrenGap: 4 }}>
            <MessageBar messageBarType={MessageBarType.error}>{strings.SaveFailed}</MessageBar>
            <ErrorMessage error={form.saveState.error} onRetry={() => void form.save()} />
          </Stack>
        )}
        {form.saveState.status === 'saved' && <MessageBar messageBarType={MessageBarType.success} role="status">{strings.Saved}</MessageBar>}
        <GoalFormFields form={form} data={data} />
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center" styles={{ root: { position: 'sticky', bottom: 0, background: 'inherit', padding: '12px 0' } }}>
          <PrimaryButton text={form.saveState.status === 'saving' ? strings.Saving : strings.Save} onClick={() => void form.save()} disabled={form.saveState.status === 'saving'} data-testid="goal-save" />
          {form.saveState.status === 'saving' && <Spinner size={SpinnerSize.small} aria-label={strings.Saving} />}
          {form.dirty && form.saveState.status !== 'saving' && <Text variant="small">{strings.UnsavedChanges}</Text>}
        </Stack>
      </Stack>
      {form.saveState.status === 'conflict' && (
        <ConflictDialog merge={form.saveState.merge} data={data} onResolve={(keep) => void form.resolveConflict(keep)} onCancel={form.dismissConflict} />
      )}
    </div>
  );
};

const GoalEditorPanel: React.FC<IGoalEditorPanelProps> = (props) => {
  const services = useServices();
  const strings = useStrings().GoalEditor;
  const damagedReadOnly = useStrings().Resilience.DamagedReadOnly;
  const { data, access } = props;
  const title = !access.canEdit ? strings.ViewTitle : data.existing ? strings.EditTitle : strings.NewTitle;
  return (
    <Panel
      isOpen
      type={PanelType.large}
      headerText={title}
      closeButtonAriaLabel={strings.Close}
      onDismiss={props.onDismiss}
      isLightDismiss={false}
      onRenderFooterContent={() => <DefaultButton text={access.canEdit ? strings.Cancel : strings.Close} onClick={props.onDismiss} />}
      isFooterAtBottom
    >
      <div data-testid="goal-editor">
        {access.canEdit ? (
          <EditableBody {...props} />
        ) : (
          <Stack tokens={{ childrenGap: 12 }}>
            {access.reason === 'damaged' ? <DamageNotice item={data.existing?.goal} kind="goal" detail={damagedReadOnly} /> : (
              <MessageBar messageBarType={MessageBarType.info}>
                {access.reason === 'stage' ? format(strings.ReadOnlyStage, stageLabel(services.stageConfiguration, data.existing?.goal.stage ?? data.agreement.stage)) : strings.ReadOnlyPermission}
              </MessageBar>
            )}
            {data.existing && <GoalReadOnly goal={data.existing.goal} data={data} />}
          </Stack>
        )}
      </div>
    </Panel>
  );
};

export default GoalEditorPanel;
