// #/aftale/<id>: the agreement's own sections, written by the department's leader and editors while
// the stage is editable (issue 16); everyone else reads why it is read-only and finds the document.
// A lazy chunk ('agreement-editor') with its services, so the dashboard's bundle does not carry it.
import * as React from 'react';
import {
  ActionButton,
  DefaultButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  TextField,
  mergeStyles
} from '@fluentui/react';
import { stageLabel } from '../../../../domain';
import type { AgreementContent } from '../../../../domain/agreementContent';
import type { AgreementEditorData } from '../../../../services/authoring/agreementAuthoringServices';
import type { Route } from '../../routing/route';
import { useNavigation } from '../../routing/NavigationContext';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { Loading } from '../common/Loading';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { EditorNotices, useFocusFirstInvalid } from '../common/EditorNotices';
import { AgreementConflictDialog } from './AgreementConflictDialog';
import { BudgetChangesField, MilestonesField, PoliciesField, SectionsField } from './ListFields';
import { useAgreementForm, type AgreementForm } from './useAgreementForm';
import { useServices } from '../services/ServicesContext';

export interface IAgreementEditorProps {
  agreementId: number;
  navigate(route: Route): void;
}

type TextKey = 'intro' | 'strategyRelation' | 'coreTask' | 'continuing';

/** A control scrolled into view (Tab, "Tilføj trin") stops above the sticky save bar, not under it. */
const clearOfSaveBar = mergeStyles({ selectors: { 'button, input, textarea, [role="combobox"]': { scrollMarginBottom: 96 } } });

const TextSection: React.FC<{ form: AgreementForm; field: TextKey; label: string; help: string }> = ({ form, field, label, help }) => (
  <TextField
    label={label}
    multiline
    autoAdjustHeight
    rows={5}
    description={help}
    value={form.state.content[field] ?? ''}
    onChange={(_e, v) => form.update({ [field]: v === '' ? undefined : v } as Partial<AgreementContent>)}
    onBlur={() => form.touch(field)}
    errorMessage={form.messagesFor(field)}
    data-testid={`field-${field}`}
  />
);

const EditableBody: React.FC<{ data: AgreementEditorData }> = ({ data }) => {
  const services = useServices();
  const strings = useStrings();
  const g = strings.GoalEditor;
  const s = strings.AgreementEditor;
  const form = useAgreementForm(data, services);
  const bodyRef = React.useRef<HTMLDivElement>(null);
  useFocusFirstInvalid(form.saveState, bodyRef);

  return (
    <div ref={bodyRef} className={clearOfSaveBar}>
      <Stack tokens={{ childrenGap: 16 }}>
        <EditorNotices form={form} validationSummary={s.ValidationSummary} />
        <TextSection form={form} field="intro" label={s.Intro} help={s.TextHelp} />
        <TextSection form={form} field="strategyRelation" label={s.StrategyRelation} help={s.TextHelp} />
        <TextSection form={form} field="coreTask" label={s.CoreTask} help={s.TextHelp} />
        <PoliciesField form={form} />
        <BudgetChangesField form={form} tracks={data.tracks} />
        <TextSection form={form} field="continuing" label={s.Continuing} help={s.TextHelp} />
        <SectionsField form={form} />
        <MilestonesField form={form} />
        {/* Sticky, so Gem stays in reach on a long agreement; opaque with a rule above it, and the
            form's controls keep clear of it when the keyboard or a scroll brings them into view. */}
        <Stack
          horizontal
          tokens={{ childrenGap: 8 }}
          verticalAlign="center"
          data-testid="agreement-save-bar"
          // The theme from Stack's style props, not useTheme(): that hook would be a module of its own in the main chunk.
          styles={({ theme }) => ({
            root: {
              position: 'sticky',
              bottom: 0,
              background: theme?.semanticColors.bodyBackground ?? '#fff',
              borderTop: `1px solid ${theme?.semanticColors.bodyDivider ?? '#edebe9'}`,
              padding: '12px 0',
              marginTop: 24,
              zIndex: 1
            }
          })}
        >
          <PrimaryButton
            text={form.saveState.status === 'saving' ? g.Saving : g.Save}
            onClick={() => void form.save()}
            disabled={form.saveState.status === 'saving'}
            data-testid="agreement-save"
          />
          {form.saveState.status === 'saving' && <Spinner size={SpinnerSize.small} aria-label={g.Saving} />}
          {form.dirty && form.saveState.status !== 'saving' && <Text variant="small">{g.UnsavedChanges}</Text>}
          {form.saveState.status === 'saved' && (
            <MessageBar messageBarType={MessageBarType.success} role="status">
              {s.Saved}
            </MessageBar>
          )}
        </Stack>
      </Stack>
      {form.saveState.status === 'conflict' && (
        <AgreementConflictDialog
          merge={form.saveState.merge}
          savedBy={form.saveState.savedBy}
          onResolve={(keep) => void form.resolveConflict(keep)}
          onCancel={form.dismissConflict}
        />
      )}
    </div>
  );
};

const AgreementEditor: React.FC<IAgreementEditorProps> = ({ agreementId, navigate }) => {
  const services = useServices();
  const s = useStrings().AgreementEditor;
  const { href } = useNavigation();
  const [loaded, reload] = useLoadable(() => services.authoring.loadAgreementEditor(agreementId), [services, agreementId]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorMessage error={loaded.error} onRetry={reload} />;
  const data = loaded.value;
  const { agreement } = data;
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="agreement-editor">
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
        <DefaultButton
          iconProps={{ iconName: 'Back' }}
          text={s.Back}
          onClick={() => navigate({ view: 'afdeling', departmentId: agreement.departmentId, year: agreement.year })}
        />
        <ActionButton iconProps={{ iconName: 'TextDocument' }} href={href({ view: 'dokument', agreementId: agreement.id })} data-interception="off">
          {s.OpenDocument}
        </ActionButton>
      </Stack>
      <Text variant="xLarge" as="h2" styles={{ root: { margin: 0 } }}>{`${s.Title}: ${agreement.title}`}</Text>
      <Text>{`${data.department.title} · ${agreement.year}`}</Text>
      {data.lock === undefined ? (
        <EditableBody data={data} />
      ) : (
        <div data-testid="agreement-readonly">
          <MessageBar messageBarType={MessageBarType.info}>
            {data.lock === 'stage' ? format(s.ReadOnlyStage, stageLabel(services.stageConfiguration, agreement.stage)) : s.ReadOnlyPermission}
          </MessageBar>
        </div>
      )}
    </Stack>
  );
};

export default AgreementEditor;
