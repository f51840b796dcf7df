// The agreement's list fields: the council's policies, the year's budget changes with their tracks,
// free sections with a heading, and the dated steps of "Aftalens tilblivelse". Rows can be added,
// removed and moved; every message is shown at its field, in Danish, from the domain's rules.
import * as React from 'react';
import { ActionButton, Dropdown, MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import type { Track } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { move, type DateTexts } from './formState';
import { RowControls } from './RowControls';
import type { AgreementForm } from './useAgreementForm';

const Group: React.FC<{ legend: string; message: string | undefined; testId: string }> = ({ legend, message, testId, children }) => (
  // The top margin (in place of the Stack's 16px gap) sets the group's heading off from the field
  // above it: a legend sits on the fieldset's border, so its own margin does not (screenshots of
  // #16 showed the headings tight on the field's help text).
  <fieldset data-testid={testId} style={{ border: 'none', padding: 0, margin: '32px 0 0' }}>
    <legend style={{ padding: 0 }}>
      <Text variant="mediumPlus" as="h3" styles={{ root: { fontWeight: 600, margin: '0 0 8px' } }}>
        {legend}
      </Text>
    </legend>
    <Stack tokens={{ childrenGap: 8 }}>
      {children}
      {message && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {message}
        </MessageBar>
      )}
    </Stack>
  </fieldset>
);

export const PoliciesField: React.FC<{ form: AgreementForm }> = ({ form }) => {
  const s = useStrings().AgreementEditor;
  const rows = form.state.content.policies;
  const set = (policies: string[]): void => form.update({ policies });
  return (
    <Group legend={s.Policies} message={form.messagesFor('policies')} testId="field-policies">
      <Text variant="small">{s.PoliciesHelp}</Text>
      {rows.map((policy, i) => (
        <Stack key={i} horizontal verticalAlign="end" tokens={{ childrenGap: 4 }}>
          <Stack.Item grow>
            <TextField
              label={format(s.Policy, i + 1)}
              value={policy}
              onChange={(_e, v) => set(rows.map((p, j) => (j === i ? (v ?? '') : p)))}
              onBlur={() => form.touch('policies')}
            />
          </Stack.Item>
          <RowControls
            index={i}
            count={rows.length}
            name={format(s.Policy, i + 1)}
            onMove={(step) => set(move(rows, i, step))}
            onRemove={() => set(rows.filter((_p, j) => j !== i))}
          />
        </Stack>
      ))}
      <ActionButton styles={{ root: { alignSelf: 'flex-start' } }} iconProps={{ iconName: 'Add' }} onClick={() => set([...rows, ''])}>
        {s.AddPolicy}
      </ActionButton>
    </Group>
  );
};

export const BudgetChangesField: React.FC<{ form: AgreementForm; tracks: Track[] }> = ({ form, tracks }) => {
  const s = useStrings().AgreementEditor;
  const rows = form.state.content.budgetChanges;
  const set = (budgetChanges: typeof rows): void => form.update({ budgetChanges });
  const options = tracks.map((t) => ({ key: t.id, text: t.number !== undefined ? `${t.number}. ${t.title}` : t.title }));
  return (
    <Group legend={s.BudgetChanges} message={form.messagesFor('budgetChanges')} testId="field-budgetChanges">
      {rows.map((change, i) => (
        <Stack key={i} horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <Stack.Item grow styles={{ root: { minWidth: 240 } }}>
            <TextField
              label={format(s.BudgetChange, i + 1)}
              value={change.text}
              onChange={(_e, v) => set(rows.map((r, j) => (j === i ? { ...r, text: v ?? '' } : r)))}
              onBlur={() => form.touch('budgetChanges')}
            />
          </Stack.Item>
          <Stack.Item styles={{ root: { minWidth: 240 } }}>
            {options.length > 0 ? (
              <Dropdown
                label={`${s.BudgetTracks} (${format(s.BudgetChange, i + 1)})`}
                multiSelect
                options={options}
                selectedKeys={change.trackIds}
                onChange={(_e, o) => {
                  if (!o) return;
                  const id = Number(o.key);
                  const trackIds = o.selected ? [...change.trackIds, id] : change.trackIds.filter((t) => t !== id);
                  set(rows.map((r, j) => (j === i ? { ...r, trackIds } : r)));
                }}
              />
            ) : (
              <Text variant="small">{s.NoTracks}</Text>
            )}
          </Stack.Item>
          <RowControls
            index={i}
            count={rows.length}
            name={format(s.BudgetChange, i + 1)}
            onMove={(step) => set(move(rows, i, step))}
            onRemove={() => set(rows.filter((_r, j) => j !== i))}
          />
        </Stack>
      ))}
      <ActionButton styles={{ root: { alignSelf: 'flex-start' } }} iconProps={{ iconName: 'Add' }} onClick={() => set([...rows, { text: '', trackIds: [] }])}>
        {s.AddBudgetChange}
      </ActionButton>
    </Group>
  );
};

export const SectionsField: React.FC<{ form: AgreementForm }> = ({ form }) => {
  const s = useStrings().AgreementEditor;
  const rows = form.state.content.sections;
  const set = (sections: typeof rows): void => form.update({ sections });
  return (
    <Group legend={s.Sections} message={form.messagesFor('sections')} testId="field-sections">
      {rows.map((section, i) => (
        <Stack key={i} tokens={{ childrenGap: 4 }}>
          <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 4 }}>
            <Stack.Item grow>
              <TextField
                label={format(s.SectionHeading, i + 1)}
                value={section.heading}
                onChange={(_e, v) => set(rows.map((r, j) => (j === i ? { ...r, heading: v ?? '' } : r)))}
                onBlur={() => form.touch('sections')}
              />
            </Stack.Item>
            <RowControls
              index={i}
              count={rows.length}
              name={section.heading || format(s.SectionHeading, i + 1)}
              onMove={(step) => set(move(rows, i, step))}
              onRemove={() => set(rows.filter((_r, j) => j !== i))}
            />
          </Stack>
          <TextField
            label={format(s.SectionBody, i + 1)}
            multiline
            autoAdjustHeight
            rows={4}
            description={s.TextHelp}
            value={section.body}
            onChange={(_e, v) => set(rows.map((r, j) => (j === i ? { ...r, body: v ?? '' } : r)))}
            onBlur={() => form.touch('sections')}
          />
        </Stack>
      ))}
      <ActionButton styles={{ root: { alignSelf: 'flex-start' } }} iconProps={{ iconName: 'Add' }} onClick={() => set([...rows, { heading: '', body: '' }])}>
        {s.AddSection}
      </ActionButton>
    </Group>
  );
};

export const MilestonesField: React.FC<{ form: AgreementForm }> = ({ form }) => {
  const all = useStrings();
  const s = all.AgreementEditor;
  const placeholder = all.DanishInput.DatePlaceholder;
  const rows = form.state.content.milestones;
  const dates = form.state.dates;
  const reorder = (step: -1 | 1, i: number): void => form.setMilestones(move(rows, i, step), move(dates, i, step));
  const remove = (i: number): void =>
    form.setMilestones(
      rows.filter((_r, j) => j !== i),
      dates.filter((_d, j) => j !== i)
    );
  const dateField = (i: number, which: keyof DateTexts, label: string): JSX.Element => {
    const key = `milestones.${i}.${which}`;
    return (
      <TextField
        label={label}
        value={dates[i]?.[which] ?? ''}
        placeholder={placeholder}
        inputMode="numeric"
        onChange={(_e, v) => form.setDateText(i, which, v ?? '')}
        onBlur={() => form.touch(key)}
        errorMessage={form.messagesFor(key)}
      />
    );
  };
  return (
    <Group legend={s.Milestones} message={form.messagesFor('milestones')} testId="field-milestones">
      {rows.map((m, i) => (
        <Stack key={i} horizontal wrap verticalAlign="start" tokens={{ childrenGap: 8 }}>
          <Stack.Item grow styles={{ root: { minWidth: 240 } }}>
            <TextField
              label={format(s.MilestoneTitle, i + 1)}
              value={m.title}
              onChange={(_e, v) =>
                form.setMilestones(
                  rows.map((r, j) => (j === i ? { ...r, title: v ?? '' } : r)),
                  dates
                )
              }
              onBlur={() => form.touch('milestones')}
            />
          </Stack.Item>
          {dateField(i, 'start', format(s.MilestoneDate, i + 1))}
          {dateField(i, 'end', format(s.MilestoneEnd, i + 1))}
          <Stack.Item align="end">
            <RowControls index={i} count={rows.length} name={format(s.MilestoneTitle, i + 1)} onMove={(step) => reorder(step, i)} onRemove={() => remove(i)} />
          </Stack.Item>
        </Stack>
      ))}
      <ActionButton
        styles={{ root: { alignSelf: 'flex-start' } }}
        iconProps={{ iconName: 'Add' }}
        onClick={() => form.setMilestones([...rows, { title: '' }], [...dates, { start: '', end: '' }])}
      >
        {s.AddMilestone}
      </ActionButton>
    </Group>
  );
};
