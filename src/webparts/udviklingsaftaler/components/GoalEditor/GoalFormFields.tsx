import * as React from 'react';
import { ActionButton, ChoiceGroup, Dropdown, Separator, Stack, Text, TextField } from '@fluentui/react';
import { isMinimumContent, sectionsInOrder, sectionLabel, type GoalSectionField, type Horizon, type NewGoal } from '../../../../domain';
import type { GoalEditorData } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import type { GoalForm } from './useGoalForm';
import { ChecklistField } from './fields/ChecklistField';
import { ClimateFields } from './fields/ClimateFields';
import { EvidenceField } from './fields/EvidenceField';
import { PolicyField } from './fields/PolicyField';
import { TargetFields } from './fields/TargetFields';
import { GoalLineage } from '../YearEnd/GoalLineage';

type TextSection = Exclude<GoalSectionField, 'evidence'>;

function hasValue(goal: NewGoal, field: GoalSectionField): boolean {
  return field === 'evidence' ? goal.evidence.length > 0 : (goal[field] ?? '').trim() !== '';
}

/** Every field of the year's goal template, in the template's order and with its headings. */
export const GoalFormFields: React.FC<{ form: GoalForm; data: GoalEditorData }> = ({ form, data }) => {
  const strings = useStrings().GoalEditor;
  const goal = form.state.goal;
  const { printed, others } = sectionsInOrder(data.template);
  const [showOthers, setShowOthers] = React.useState(() => others.some((f) => hasValue(goal, f)));

  const section = (field: GoalSectionField): React.ReactNode => {
    const label = sectionLabel(data.template, field);
    if (field === 'evidence') return <EvidenceField key={field} label={label} items={goal.evidence} onChange={(evidence) => form.update({ evidence })} />;
    const f: TextSection = field;
    return (
      <TextField
        key={f}
        id={`goal-field-${f}`}
        label={label}
        description={strings.Help[f]}
        required={isMinimumContent(data.strategy, f)}
        multiline
        autoAdjustHeight
        rows={4}
        value={goal[f] ?? ''}
        onChange={(_e, v) => form.update({ [f]: v || undefined })}
        onBlur={() => form.touch(f)}
        errorMessage={form.messagesFor(f)}
      />
    );
  };

  const numberMessage = form.numberProblem('number') ? strings.NumberInvalid : undefined;
  const otherDepartments = data.departments.filter((d) => d.id !== data.agreement.departmentId && d.active);
  const trackOption = (t: GoalEditorData['tracks'][number]): { key: number; text: string } => ({
    key: t.id,
    text: t.number !== undefined ? `${t.number}. ${t.title}` : t.title
  });

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text block as="h3" variant="large">
        {strings.BasicsSection}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <TextField
          id="goal-field-number"
          label={strings.Number}
          description={strings.NumberHelp}
          inputMode="numeric"
          value={form.state.texts.number}
          onChange={(_e, v) => form.setNumberText('number', v ?? '')}
          onBlur={() => form.touch('number')}
          errorMessage={numberMessage}
          styles={{ root: { width: 120 } }}
        />
        <TextField
          id="goal-field-title"
          label={data.template.titleLabel}
          description={strings.Help.title}
          required
          value={goal.title}
          onChange={(_e, v) => form.update({ title: v ?? '' })}
          onBlur={() => form.touch('title')}
          errorMessage={form.messagesFor('title')}
          styles={{ root: { flexGrow: 1, minWidth: 240 } }}
        />
      </Stack>
      <ChoiceGroup
        id="goal-field-horizon"
        label={strings.Horizon}
        required={data.strategy?.minimumGoalContent.includes('horizon') ?? false}
        selectedKey={goal.horizon ?? 'none'}
        options={[
          { key: 'none', text: strings.HorizonNone },
          { key: 'oneYear', text: strings.Horizons.oneYear },
          { key: 'multiYear', text: strings.Horizons.multiYear }
        ]}
        onChange={(_e, o) => o && form.update({ horizon: o.key === 'none' ? undefined : (o.key as Horizon) })}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 16 } }}
      />
      {form.messagesFor('horizon') && (
        <Text block variant="small" role="alert" styles={{ root: { color: '#a4262c' } }}>
          {form.messagesFor('horizon')}
        </Text>
      )}
      {data.previousYearGoals.length > 0 && (
        <Dropdown
          id="goal-field-continuesFromId"
          label={strings.ContinuesFrom}
          selectedKey={goal.continuesFromId ?? 'none'}
          options={[{ key: 'none', text: strings.ContinuesFromNone }, ...data.previousYearGoals.map((g) => ({ key: g.id, text: `${g.year}: ${g.title}` }))]}
          onChange={(_e, o) => o && form.update({ continuesFromId: o.key === 'none' ? undefined : Number(o.key) })}
        />
      )}
      {data.existing && <GoalLineage goalId={data.existing.goal.id} />}
      {otherDepartments.length > 0 && (
        <Dropdown
          id="goal-field-sharedWithDepartmentIds"
          label={strings.SharedWith}
          placeholder={strings.SharedWithPlaceholder}
          multiSelect
          selectedKeys={goal.sharedWithDepartmentIds}
          options={otherDepartments.map((d) => ({ key: d.id, text: d.title }))}
          onChange={(_e, o) =>
            o &&
            form.update({
              sharedWithDepartmentIds: o.selected ? [...goal.sharedWithDepartmentIds, Number(o.key)] : goal.sharedWithDepartmentIds.filter((id) => id !== o.key)
            })
          }
          errorMessage={form.messagesFor('sharedWithDepartmentIds')}
        />
      )}

      <Separator />
      {data.tracks.length > 0 ? (
        <ChecklistField<number>
          id="goal-field-trackIds"
          legend={data.template.tracksLabel}
          help={strings.TracksHelp}
          options={data.tracks.map(trackOption)}
          selected={goal.trackIds}
          onChange={(trackIds) => form.update({ trackIds })}
        />
      ) : (
        <Text block>{strings.NoTracks}</Text>
      )}
      <PolicyField agreementPolicies={data.agreement.policies} selected={goal.policies} onChange={(policies) => form.update({ policies })} />
      {data.requirements.length > 0 && (
        <ChecklistField<number>
          id="goal-field-requirementIds"
          legend={strings.Requirements}
          help={strings.RequirementsHelp}
          options={data.requirements.map((r) => ({ key: r.id, text: `${r.number}. ${r.title}` }))}
          selected={goal.requirementIds}
          onChange={(requirementIds) => form.update({ requirementIds })}
        />
      )}

      <Separator />
      <Text block as="h3" variant="large">
        {strings.ContentSection}
      </Text>
      {printed.map(section)}
      <ActionButton
        iconProps={{ iconName: showOthers ? 'ChevronUp' : 'ChevronDown' }}
        aria-expanded={showOthers}
        aria-controls="goal-other-fields"
        onClick={() => setShowOthers((s) => !s)}
      >
        {format('{0} ({1})', strings.OtherFields, others.length)}
      </ActionButton>
      {showOthers && (
        <Stack id="goal-other-fields" tokens={{ childrenGap: 12 }}>
          <Text block variant="small">
            {strings.OtherFieldsHelp}
          </Text>
          {others.map(section)}
        </Stack>
      )}

      <Separator />
      <Text block as="h3" variant="large">
        {strings.Target}
      </Text>
      <TargetFields form={form} />
      <Separator />
      <Text block as="h3" variant="large">
        {strings.Climate}
      </Text>
      <ClimateFields form={form} />
    </Stack>
  );
};
