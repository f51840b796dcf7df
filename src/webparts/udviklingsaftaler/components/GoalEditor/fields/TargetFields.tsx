import * as React from 'react';
import { Dropdown, Stack, TextField, Toggle } from '@fluentui/react';
import type { TargetDirection } from '../../../../../domain';
import { useStrings } from '../../strings/StringsContext';
import { validationText } from '../../common/validationText';
import type { GoalForm } from '../useGoalForm';
import type { NumberField } from '../formState';

const DIRECTIONS: TargetDirection[] = ['atMost', 'atLeast', 'exactly'];

/** A measurable target, e.g. sick leave at most 2,8 pct. against the 2021 level. */
export const TargetFields: React.FC<{ form: GoalForm }> = ({ form }) => {
  const all = useStrings();
  const strings = all.GoalEditor;
  const target = form.state.goal.target;
  const numberMessage = (field: NumberField, domainField?: string): string | undefined => {
    const problem = form.numberProblem(field);
    if (problem === 'format') return strings.NumberFormatInvalid;
    if (problem === 'ambiguous')
      return validationText(all.Validation, {
        code: 'numberAmbiguous',
        params: { value: field === 'targetValue' ? form.state.texts.targetValue.trim() : form.state.texts.baseline.trim() }
      });
    if (problem === 'year') return strings.YearInvalid;
    return domainField ? form.messagesFor(domainField) : undefined;
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Toggle
        label={strings.TargetToggle}
        checked={target !== undefined}
        onChange={(_e, on) => form.update({ target: on ? { value: Number.NaN, unit: '', direction: 'atMost' } : undefined })}
      />
      {target && (
        <Stack tokens={{ childrenGap: 8 }} role="group" aria-label={strings.Target}>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
            <Dropdown
              label={strings.TargetDirection}
              selectedKey={target.direction}
              options={DIRECTIONS.map((d) => ({ key: d, text: strings.Directions[d] }))}
              onChange={(_e, o) => o && form.update({ target: { ...target, direction: o.key as TargetDirection } })}
              styles={{ root: { width: 140 } }}
            />
            <TextField
              id="goal-field-target.value"
              label={strings.TargetValue}
              required
              inputMode="decimal"
              placeholder={strings.TargetValueHelp}
              value={form.state.texts.targetValue}
              onChange={(_e, v) => form.setNumberText('targetValue', v ?? '')}
              onBlur={() => {
                form.touch('targetValue');
                form.touch('target.value');
              }}
              errorMessage={numberMessage('targetValue', 'target.value')}
              styles={{ root: { width: 140 } }}
            />
            <TextField
              id="goal-field-target.unit"
              label={strings.TargetUnit}
              required
              placeholder={strings.TargetUnitHelp}
              value={target.unit}
              onChange={(_e, v) => form.update({ target: { ...target, unit: v ?? '' } })}
              onBlur={() => form.touch('target.unit')}
              errorMessage={form.messagesFor('target.unit')}
              styles={{ root: { width: 160 } }}
            />
          </Stack>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
            <TextField
              id="goal-field-target.baseline"
              label={strings.TargetBaseline}
              inputMode="decimal"
              value={form.state.texts.baseline}
              onChange={(_e, v) => form.setNumberText('baseline', v ?? '')}
              onBlur={() => form.touch('baseline')}
              errorMessage={numberMessage('baseline', 'target.baseline')}
              styles={{ root: { width: 160 } }}
            />
            <TextField
              id="goal-field-target.baselineYear"
              label={strings.TargetBaselineYear}
              inputMode="numeric"
              value={form.state.texts.baselineYear}
              onChange={(_e, v) => form.setNumberText('baselineYear', v ?? '')}
              onBlur={() => form.touch('baselineYear')}
              errorMessage={numberMessage('baselineYear')}
              styles={{ root: { width: 160 } }}
            />
          </Stack>
          <TextField label={strings.TargetNote} value={target.note ?? ''} onChange={(_e, v) => form.update({ target: { ...target, note: v || undefined } })} />
        </Stack>
      )}
    </Stack>
  );
};
