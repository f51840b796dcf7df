import * as React from 'react';
import { Stack, Text } from '@fluentui/react';
import { sectionsInOrder, sectionLabel, type Goal } from '../../../../domain';
import type { GoalEditorData } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { Paragraphs } from '../common/Paragraphs';
import { displayValue } from './displayValue';
import { GoalLineage } from '../YearEnd/GoalLineage';

/** The goal for those who may read but not edit: the template's sections, then what else it holds. */
export const GoalReadOnly: React.FC<{ goal: Goal; data: GoalEditorData }> = ({ goal, data }) => {
  const strings = useStrings().GoalEditor;
  const { printed, others } = sectionsInOrder(data.template);
  const filled = others.filter((f) => (f === 'evidence' ? goal.evidence.length > 0 : (goal[f] ?? '').trim() !== ''));
  const row = (label: string, value: React.ReactNode, key: string): React.ReactNode => (
    <Stack key={key} tokens={{ childrenGap: 4 }}>
      <Text block as="h4" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{label}</Text>
      {value}
    </Stack>
  );
  const text = (value: string | undefined): React.ReactNode => (value && value.trim() !== '' ? <Paragraphs text={value} /> : <Text block>{strings.ConflictEmpty}</Text>);
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="goal-read-only">
      {row(data.template.titleLabel, <Text block>{goal.title}</Text>, 'title')}
      <GoalLineage goalId={goal.id} />
      {row(data.template.tracksLabel, <Text block>{displayValue('trackIds', goal.trackIds, data, strings)}</Text>, 'tracks')}
      {goal.policies.length > 0 && row(strings.Policies, <Text block>{displayValue('policies', goal.policies, data, strings)}</Text>, 'policies')}
      {goal.requirementIds.length > 0 && row(strings.Requirements, <Text block>{displayValue('requirementIds', goal.requirementIds, data, strings)}</Text>, 'requirements')}
      {goal.sharedWithDepartmentIds.length > 0 && row(strings.SharedWith, <Text block>{displayValue('sharedWithDepartmentIds', goal.sharedWithDepartmentIds, data, strings)}</Text>, 'shared')}
      {[...printed, ...filled].map((f) =>
        f === 'evidence'
          ? row(sectionLabel(data.template, f), (
              <ul>{goal.evidence.map((e, i) => <li key={i}>{e.text}{e.delivered ? ` (${strings.Delivered})` : ''}</li>)}</ul>
            ), f)
          : row(sectionLabel(data.template, f), text(goal[f]), f)
      )}
      {goal.target && row(strings.Target, <Text block>{displayValue('target', goal.target, data, strings)}{goal.target.note ? ` (${goal.target.note})` : ''}</Text>, 'target')}
      {goal.climate && row(strings.Climate, <Text block>{displayValue('climate', goal.climate, data, strings)}</Text>, 'climate')}
    </Stack>
  );
};
