import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { DEADLINE_TITLES, type GoalContentField, type GoalTemplateKey } from '../../../../domain';
import type { StrategyAdminData, StrategyWithParts } from '../../../../services/strategyAdmin/strategyAdminServices';
import { useStrings } from '../strings/StringsContext';
import { danishDateTime } from '../../../../domain/danishDateFormat';
import { format } from '../common/format';
import { ErrorMessage } from '../common/ErrorMessage';
import { ChecklistField } from '../GoalEditor/fields/ChecklistField';
import { Fieldset } from '../GoalEditor/fields/Fieldset';
import { TemplatePreview } from './StrategyReadOnly';
import { TrackFields, RequirementFields } from './PartsFields';
import { RowActions } from './RowActions';
import { move, newKey, type DeadlineRow } from './strategyFormState';
import { useStrategyForm, type StrategyForm as Form } from './useStrategyForm';
import { DanishDatePicker } from '../common/DanishDatePicker';
import { isDataError, type DataError } from '../../../../data/errors/DataError';
import type { StrategyValidationField } from '../../../../domain/strategyValidation';
import { validationText } from '../common/validationText';
import { strategyFieldValues } from './fieldLabel';
import { useServices } from '../services/ServicesContext';

const CONTENT_FIELDS: readonly GoalContentField[] = ['purpose', 'goalStatement', 'citizenImpact', 'activities', 'involved', 'followUpMethod', 'horizon'];
const TEMPLATES: readonly GoalTemplateKey[] = ['questions', 'sections', 'evidence'];
const NO_TEMPLATE = 'none';

export interface IStrategyFormProps {
  data: StrategyAdminData;
  onSaved(saved: StrategyWithParts): void;
  reload(): void;
}

/** The secretariat's form for the year's DUS; every message comes from the domain's validation. */
export const StrategyForm: React.FC<IStrategyFormProps> = ({ data, onSaved, reload }) => {
  const services = useServices();
  const strings = useStrings();
  const s = strings.StrategyAdmin;
  const form = useStrategyForm(services, data, onSaved);
  const { state, change, saveState } = form;
  const text = (field: 'title' | 'vision' | 'intro' | 'year' | 'yearTo') => ({
    value: state[field],
    onChange: (_e: unknown, v?: string) => change((st) => ({ ...st, [field]: v ?? '' })),
    errorMessage: form.messagesFor(field)
  });
  return (
    <Stack tokens={{ childrenGap: 20 }} data-testid="dus-form">
      {form.offeredDraft && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          data-testid="dus-draft"
          actions={
            <>
              <MessageBarButton onClick={form.restoreDraft}>{s.DraftRestore}</MessageBarButton>
              <MessageBarButton onClick={form.discardDraft}>{s.DraftDiscard}</MessageBarButton>
            </>
          }
        >
          {format(s.DraftFound, danishDateTime(form.offeredDraft.savedAt))}
        </MessageBar>
      )}
      <Fieldset id="dus-strategy" legend={s.StrategySection}>
        <Stack tokens={{ childrenGap: 8 }}>
          <TextField label={s.FieldTitle} required {...text('title')} />
          <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
            <TextField label={s.FieldYear} required inputMode="numeric" styles={{ root: { width: 120 } }} {...text('year')} />
            <TextField label={s.FieldYearTo} description={s.FieldYearToHelp} inputMode="numeric" styles={{ root: { width: 260 } }} {...text('yearTo')} />
          </Stack>
          <TextField label={s.FieldVision} multiline autoAdjustHeight rows={2} {...text('vision')} />
          <TextField label={s.FieldIntro} multiline autoAdjustHeight rows={4} {...text('intro')} />
        </Stack>
      </Fieldset>
      <TrackFields form={form} />
      <RequirementFields form={form} />
      <DeadlineFields form={form} />
      <ChecklistField<GoalContentField>
        id="dus-minimum-content"
        legend={s.MinimumContent}
        help={s.MinimumContentHelp}
        options={CONTENT_FIELDS.map((f) => ({ key: f, text: strings.GoalFields[f] }))}
        selected={state.minimumGoalContent}
        onChange={(selected) => change((st) => ({ ...st, minimumGoalContent: selected }))}
      />
      <Stack tokens={{ childrenGap: 8 }}>
        <Dropdown
          label={s.Template}
          selectedKey={state.goalTemplate ?? NO_TEMPLATE}
          options={[{ key: NO_TEMPLATE, text: s.TemplateNone }, ...TEMPLATES.map((k) => ({ key: k, text: s.Templates[k] }))]}
          onChange={(_e, o) => o && change((st) => ({ ...st, goalTemplate: o.key === NO_TEMPLATE ? undefined : (o.key as GoalTemplateKey) }))}
          styles={{ root: { maxWidth: 480 } }}
        />
        {state.goalTemplate && <TemplatePreview templateKey={state.goalTemplate} />}
      </Stack>
      <TextField
        label={strings.Start.SectionsLabel}
        description={strings.Start.SectionsHelp}
        multiline
        autoAdjustHeight
        rows={3}
        styles={{ root: { maxWidth: 480 } }}
        value={state.agreementSections ?? ''}
        onChange={(_e, v) => change((st) => ({ ...st, agreementSections: v ?? '' }))}
        errorMessage={form.messagesFor('agreementSections')}
      />
      <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
        <PrimaryButton onClick={() => void form.save()} disabled={saveState.status === 'saving'}>
          {saveState.status === 'saving' ? s.Saving : s.Save}
        </PrimaryButton>
        {saveState.status === 'saved' && (
          <Text role="status" data-testid="dus-saved">
            {s.Saved}
          </Text>
        )}
      </Stack>
      {saveState.status === 'invalid' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert" data-testid="dus-invalid">
          {format(s.ValidationSummary, saveState.count)}
        </MessageBar>
      )}
      {saveState.status === 'conflict' && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          role="alert"
          actions={<MessageBarButton onClick={reload}>{s.ReloadLatest}</MessageBarButton>}
        >
          {s.Conflict}
        </MessageBar>
      )}
      {saveState.status === 'failed' &&
        (isRefusal(saveState.error) ? (
          // The service's own refusal (a track that goals started using meanwhile): its reason, not a retry.
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert" data-testid="dus-refused">
            {saveState.error.problems
              .map((p) => validationText(strings.Validation, p, strategyFieldValues(strings, p.field as StrategyValidationField, form.state)))
              .join(' ')}
          </MessageBar>
        ) : (
          <ErrorMessage error={saveState.error} onRetry={() => void form.save()} />
        ))}
    </Stack>
  );
};

function isRefusal(error: unknown): error is DataError {
  return isDataError(error) && error.kind === 'validation' && error.problems.length > 0;
}

/** Deadlines: title and date, in the order the secretariat sets; the two the reminders know are suggested. */
const DeadlineFields: React.FC<{ form: Form }> = ({ form }) => {
  const s = useStrings().StrategyAdmin;
  const { deadlines } = form.state;
  const setRow = (key: string, patch: Partial<DeadlineRow>): void =>
    form.change((st) => ({ ...st, deadlines: st.deadlines.map((d) => (d.key === key ? { ...d, ...patch } : d)) }));
  const add = (title: string): void => form.change((st) => ({ ...st, deadlines: [...st.deadlines, { key: newKey(), title, date: '' }] }));
  const suggestions = Object.values(DEADLINE_TITLES).filter((t) => !deadlines.some((d) => d.title.trim() === t));
  return (
    <Fieldset id="dus-deadlines" legend={s.Deadlines} help={s.DeadlinesHelp}>
      <Stack tokens={{ childrenGap: 8 }}>
        {deadlines.length === 0 && <Text block>{s.NoDeadlines}</Text>}
        {deadlines.map((d, i) => (
          <Stack key={d.key} horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="start" data-testid={`dus-deadline-row-${i}`}>
            <Stack.Item grow>
              <TextField
                label={format(s.DeadlineTitle, i + 1)}
                required
                value={d.title}
                onChange={(_e, v) => setRow(d.key, { title: v ?? '' })}
                errorMessage={form.messagesFor(`deadline.${i}.title`)}
              />
            </Stack.Item>
            <Stack.Item styles={{ root: { width: 200 } }}>
              <DanishDatePicker
                label={format(s.DeadlineDate, i + 1)}
                value={d.date}
                onChange={(date) => setRow(d.key, { date })}
                errorMessage={form.messagesFor(`deadline.${i}.date`)}
              />
            </Stack.Item>
            <RowActions
              removeLabel={format(s.RemoveDeadline, i + 1)}
              move={{
                index: i,
                count: deadlines.length,
                upLabel: format(s.MoveDeadlineUp, i + 1),
                downLabel: format(s.MoveDeadlineDown, i + 1),
                onMove: (by) => form.change((st) => ({ ...st, deadlines: move(st.deadlines, i, by) }))
              }}
              onRemove={() => form.change((st) => ({ ...st, deadlines: st.deadlines.filter((x) => x.key !== d.key) }))}
            />
          </Stack>
        ))}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton iconProps={{ iconName: 'Add' }} onClick={() => add('')}>
            {s.AddDeadline}
          </DefaultButton>
          {suggestions.map((t) => (
            <DefaultButton key={t} onClick={() => add(t)}>
              {format(s.AddSuggested, t)}
            </DefaultButton>
          ))}
        </Stack>
      </Stack>
    </Fieldset>
  );
};
