// The goal editor: a Panel over the department view, loaded as its own chunk ('goal-editor') when a
// goal is opened, so the dashboard's bundle does not carry the form.
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import { stageLabel } from '../../../../domain';
import type { EditableGoal, GoalEditorData } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { DamageNotice } from '../common/DamageNotice';
import { format } from '../common/format';
import { EditorNotices, useFocusFirstInvalid } from '../common/EditorNotices';
import { ConflictDialog } from './ConflictDialog';
import { GoalFormFields } from './GoalFormFields';
import { GoalReadOnly } from './GoalReadOnly';
import { useGoalForm } from './useGoalForm';
import ReturnNotices from '../Conversation/ReturnNotices';
import { useServices } from '../services/ServicesContext';

export type { EditAccess } from '../../../../services/editAccess';
import type { EditAccess } from '../../../../services/editAccess';

export interface IGoalEditorPanelProps {
  data: GoalEditorData;
  access: EditAccess;
  onDismiss(): void;
  onSaved(saved: EditableGoal, wasNew: boolean): void;
}

/** The panel around the goal: its footer (always in sight, whatever the scroll) holds the given
 * actions next to Annuller/Luk, so Gem is never scrolled away at the end of a long goal. */
const GoalPanel: React.FC<IGoalEditorPanelProps & { footerActions?: React.ReactNode }> = ({ data, access, onDismiss, footerActions, children }) => {
  const services = useServices();
  const strings = useStrings().GoalEditor;
  const title = !access.canEdit ? strings.ViewTitle : data.existing ? strings.EditTitle : strings.NewTitle;
  return (
    <Panel
      isOpen
      type={PanelType.large}
      headerText={title}
      closeButtonAriaLabel={strings.Close}
      onDismiss={onDismiss}
      isLightDismiss={false}
      onRenderFooterContent={() => (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center" data-testid="goal-editor-footer">
          {footerActions}
          <DefaultButton text={access.canEdit ? strings.Cancel : strings.Close} onClick={onDismiss} />
        </Stack>
      )}
      isFooterAtBottom
    >
      <div data-testid="goal-editor">
        {data.existing && data.existing.goal.stage === services.stageConfiguration.initialStage && (
          <ReturnNotices targets={[{ list: 'Goals', id: data.existing.goal.id }]} />
        )}
        {children}
      </div>
    </Panel>
  );
};

const EditablePanel: React.FC<IGoalEditorPanelProps> = (props) => {
  const { data, onSaved } = props;
  const services = useServices();
  const strings = useStrings().GoalEditor;
  const wasNew = React.useRef(!data.existing);
  const form = useGoalForm(data, services, (saved) => {
    onSaved(saved, wasNew.current);
    wasNew.current = false;
  });
  const bodyRef = React.useRef<HTMLDivElement>(null);
  useFocusFirstInvalid(form.saveState, bodyRef);
  const saving = form.saveState.status === 'saving';
  const actions = (
    <>
      <PrimaryButton text={saving ? strings.Saving : strings.Save} onClick={() => void form.save()} disabled={saving} data-testid="goal-save" />
      {saving && <Spinner size={SpinnerSize.small} aria-label={strings.Saving} />}
      {form.dirty && !saving && <Text variant="small">{strings.UnsavedChanges}</Text>}
    </>
  );

  return (
    <GoalPanel {...props} footerActions={actions}>
      <div ref={bodyRef}>
        <Stack tokens={{ childrenGap: 12 }}>
          <EditorNotices form={form} validationSummary={strings.ValidationSummary} showSaved />
          <GoalFormFields form={form} data={data} />
        </Stack>
        {form.saveState.status === 'conflict' && (
          <ConflictDialog
            merge={form.saveState.merge}
            data={data}
            savedBy={form.saveState.savedBy}
            onResolve={(keep) => void form.resolveConflict(keep)}
            onCancel={form.dismissConflict}
          />
        )}
      </div>
    </GoalPanel>
  );
};

const GoalEditorPanel: React.FC<IGoalEditorPanelProps> = (props) => {
  const strings = useStrings().GoalEditor;
  const damagedReadOnly = useStrings().Resilience.DamagedReadOnly;
  const services = useServices();
  const { data, access } = props;
  if (access.canEdit) return <EditablePanel {...props} />;
  return (
    <GoalPanel {...props}>
      <Stack tokens={{ childrenGap: 12 }}>
        {access.reason === 'damaged' ? (
          <DamageNotice item={data.existing?.goal} kind="goal" detail={damagedReadOnly} />
        ) : (
          <MessageBar messageBarType={MessageBarType.info}>
            {access.reason === 'stage'
              ? format(strings.ReadOnlyStage, stageLabel(services.stageConfiguration, data.existing?.goal.stage ?? data.agreement.stage))
              : strings.ReadOnlyPermission}
          </MessageBar>
        )}
        {data.existing && <GoalReadOnly goal={data.existing.goal} data={data} />}
      </Stack>
    </GoalPanel>
  );
};

export default GoalEditorPanel;
