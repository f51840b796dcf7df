import * as React from 'react';
import { Stack, Text } from '@fluentui/react';
import { formatDanishNumber, sectionsInOrder, sectionLabel, type Goal, type GoalTarget } from '../../../../domain';
import { climateOutline } from '../../../../domain/agreementOutline';
import type { GoalEditorData } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { Paragraphs } from '../common/Paragraphs';
import { ClimateAnnexTable } from '../common/ClimateAnnexTable';
import { format } from '../common/format';
import { displayValue } from './displayValue';
import { GoalLineage } from '../YearEnd/GoalLineage';

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The target's lines: "Højst 2,8 pct.", its baseline, what was measured, and its own words. */
const TargetLines: React.FC<{ target: GoalTarget }> = ({ target }) => {
  const strings = useStrings();
  const s = strings.GoalReadView;
  const amount = (n: number): string => `${formatDanishNumber(n)} ${target.unit}`.trim();
  return (
    <>
      <Text block>{format(s.TargetValue, strings.GoalEditor.Directions[target.direction], amount(target.value))}</Text>
      {(target.baseline !== undefined || target.baselineYear !== undefined) && (
        <Text block>
          {target.baseline !== undefined
            ? format(s.Baseline, amount(target.baseline), target.baselineYear !== undefined ? format(s.BaselineYear, target.baselineYear) : '')
            : format(s.Baseline, String(target.baselineYear), '')}
        </Text>
      )}
      {target.actual !== undefined && <Text block>{format(s.Actual, amount(target.actual))}</Text>}
      {filled(target.note) && <Paragraphs text={target.note} />}
    </>
  );
};

/**
 * The goal for those who may read but not edit: everything it stores. The year's template sections
 * first (one not yet written says so), then any other field that holds text, the horizon, the
 * target with its baseline, the follow-up and the climate annex as the seed's table. A field the
 * template does not have and the goal does not fill is not shown at all.
 */
export const GoalReadOnly: React.FC<{ goal: Goal; data: GoalEditorData }> = ({ goal, data }) => {
  const strings = useStrings();
  const ed = strings.GoalEditor;
  const s = strings.GoalReadView;
  const { printed, others } = sectionsInOrder(data.template);
  const hasField = (f: (typeof printed)[number]): boolean => (f === 'evidence' ? goal.evidence.length > 0 : filled(goal[f]));
  const row = (label: string, value: React.ReactNode, key: string): React.ReactNode => (
    <Stack key={key} tokens={{ childrenGap: 4 }} data-testid={`goal-read-${key}`}>
      <Text block as="h4" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {label}
      </Text>
      <div>{value}</div>
    </Stack>
  );
  const notFilled = (
    <Text block styles={{ root: { fontStyle: 'italic', color: '#605e5c' } }}>
      {s.NotFilled}
    </Text>
  );
  const climate =
    goal.climate &&
    climateOutline(goal, goal.departmentId, data.departments, {
      field: (f) => ed.ClimateFields[f],
      sdgs: ed.Sdgs,
      sdg: (n) => format(ed.SdgOption, n, ed.SdgNames[`n${n}`] ?? String(n)),
      resourceEffect: s.ResourceEffect,
      resourceEffectRow: s.ResourceEffectRow
    });
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="goal-read-only">
      {row(data.template.titleLabel, <Text block>{goal.title}</Text>, 'title')}
      <GoalLineage goalId={goal.id} />
      {goal.trackIds.length > 0 && row(data.template.tracksLabel, <Text block>{displayValue('trackIds', goal.trackIds, data, ed)}</Text>, 'tracks')}
      {goal.policies.length > 0 && row(ed.Policies, <Text block>{displayValue('policies', goal.policies, data, ed)}</Text>, 'policies')}
      {goal.requirementIds.length > 0 &&
        row(ed.Requirements, <Text block>{displayValue('requirementIds', goal.requirementIds, data, ed)}</Text>, 'requirements')}
      {goal.sharedWithDepartmentIds.length > 0 &&
        row(ed.SharedWith, <Text block>{displayValue('sharedWithDepartmentIds', goal.sharedWithDepartmentIds, data, ed)}</Text>, 'shared')}
      {[...printed, ...others.filter(hasField)].map((f) =>
        row(
          sectionLabel(data.template, f),
          !hasField(f) ? (
            notFilled
          ) : f === 'evidence' ? (
            <ul style={{ margin: 0, paddingLeft: 24 }}>
              {goal.evidence.map((e, i) => (
                <li key={i}>
                  {e.text}
                  {e.delivered ? ` (${ed.Delivered})` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <Paragraphs text={goal[f] ?? ''} />
          ),
          f
        )
      )}
      {goal.horizon && row(ed.Horizon, <Text block>{ed.Horizons[goal.horizon]}</Text>, 'horizon')}
      {goal.target && row(s.Target, <TargetLines target={goal.target} />, 'target')}
      {(goal.outcome || filled(goal.outcomeNote)) &&
        row(
          s.Outcome,
          <>
            {goal.outcome && <Text block>{strings.YearEnd.Outcomes[goal.outcome]}</Text>}
            {filled(goal.outcomeNote) && <Paragraphs text={goal.outcomeNote} />}
          </>,
          'outcome'
        )}
      {climate &&
        (climate.rows.length > 0 || climate.resourceEffect) &&
        row(ed.Climate, <ClimateAnnexTable title={goal.title} rows={climate.rows} resourceEffect={climate.resourceEffect} />, 'climate')}
    </Stack>
  );
};
