import * as React from 'react';
import { ChoiceGroup, Stack, Text, TextField, Toggle } from '@fluentui/react';
import { CLIMATE_TEXT_FIELDS, SDGS, type ClimateAnnex, type ResourceEffect } from '../../../../../domain';
import { useStrings } from '../../strings/StringsContext';
import { format } from '../../common/format';
import type { GoalForm } from '../useGoalForm';
import { ChecklistField } from './ChecklistField';

const REQUIRED = new Set(['description', 'deliverable', 'responsible']);

/** The climate annex ("Mål vedr. Klimainsatsen"), on demand: most goals have none. */
export const ClimateFields: React.FC<{ form: GoalForm }> = ({ form }) => {
  const strings = useStrings().GoalEditor;
  const climate = form.state.goal.climate;
  const set = (change: Partial<ClimateAnnex>): void => form.update({ climate: { ...(climate ?? { sdgs: [] }), ...change } });
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Toggle label={strings.ClimateToggle} checked={climate !== undefined} onChange={(_e, on) => form.update({ climate: on ? { sdgs: [] } : undefined })} />
      {climate && (
        <Stack tokens={{ childrenGap: 8 }} role="group" aria-label={strings.Climate}>
          <Text block variant="small">
            {strings.ClimateHelp}
          </Text>
          {CLIMATE_TEXT_FIELDS.filter((f) => f.field !== 'sdgNote').map((spec) => (
            <TextField
              key={spec.field}
              id={`goal-field-climate.${spec.field}`}
              label={strings.ClimateFields[spec.field]}
              required={REQUIRED.has(spec.field)}
              multiline={spec.kind === 'multiLine'}
              autoAdjustHeight={spec.kind === 'multiLine'}
              rows={spec.kind === 'multiLine' ? 2 : undefined}
              value={climate[spec.field] ?? ''}
              onChange={(_e, v) => set({ [spec.field]: v || undefined })}
              onBlur={() => form.touch(`climate.${spec.field}`)}
              errorMessage={form.messagesFor(`climate.${spec.field}`)}
            />
          ))}
          <ChecklistField<number>
            id="goal-field-climate.sdgs"
            legend={strings.Sdgs}
            help={strings.SdgsHelp}
            error={form.messagesFor('climate.sdgs')}
            options={SDGS.map((s) => ({ key: s.number, text: format(strings.SdgOption, s.number, strings.SdgNames[`n${s.number}`] ?? s.title) }))}
            selected={climate.sdgs}
            onChange={(sdgs) => set({ sdgs })}
          />
          <TextField
            id="goal-field-climate.sdgNote"
            label={strings.ClimateFields.sdgNote}
            multiline
            autoAdjustHeight
            rows={2}
            value={climate.sdgNote ?? ''}
            onChange={(_e, v) => set({ sdgNote: v || undefined })}
            errorMessage={form.messagesFor('climate.sdgNote')}
          />
          <ChoiceGroup
            id="goal-field-climate.resourceEffect"
            label={strings.ResourceEffect}
            selectedKey={climate.resourceEffect === undefined ? 'none' : String(climate.resourceEffect)}
            options={[{ key: 'none', text: strings.ResourceEffectNone }, ...[1, 2, 3, 4, 5].map((n) => ({ key: String(n), text: String(n) }))]}
            onChange={(_e, o) => o && set({ resourceEffect: o.key === 'none' ? undefined : (Number(o.key) as ResourceEffect) })}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 12 } }}
          />
        </Stack>
      )}
    </Stack>
  );
};
