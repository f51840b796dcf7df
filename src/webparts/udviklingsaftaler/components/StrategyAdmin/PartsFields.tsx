import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import type { RequirementScope, TrackKind } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { Fieldset } from '../GoalEditor/fields/Fieldset';
import type { StrategyForm } from './useStrategyForm';
import { newKey, type RequirementRow, type TrackRow } from './strategyFormState';
import { formClientIds } from '../../../../data/repositories/clientId';
import { RowActions } from './RowActions';

const KINDS: readonly TrackKind[] = ['track', 'theme', 'focusArea'];
const SCOPES: readonly RequirementScope[] = ['agreement', 'goal'];
const rowStyles = { root: { borderLeft: '3px solid #c8c6c4', paddingLeft: 12 } };

/** Tracks, themes and focus areas: kind, number, title, description; add, edit, remove. */
export const TrackFields: React.FC<{ form: StrategyForm }> = ({ form }) => {
  const strings = useStrings();
  const s = strings.StrategyAdmin;
  const { tracks } = form.state;
  const setRow = (key: string, patch: Partial<TrackRow>): void =>
    form.change((st) => ({ ...st, tracks: st.tracks.map((t) => (t.key === key ? { ...t, ...patch } : t)) }));
  const add = (): void => {
    const key = newKey();
    const next = (tracks.filter((t) => t.kind === 'track').reduce((m, t) => Math.max(m, Number(t.number) || 0), 0) + 1).toString();
    form.change((st) => ({
      ...st,
      tracks: [...st.tracks, { key, clientId: formClientIds.track(key), kind: 'track', number: next, title: '', description: '' }]
    }));
  };
  return (
    <Fieldset id="dus-tracks" legend={s.Tracks}>
      <Stack tokens={{ childrenGap: 12 }}>
        {tracks.length === 0 && <Text block>{s.NoTracks}</Text>}
        {tracks.map((t, i) => {
          const name = format(s.TrackRow, i + 1);
          return (
            <Stack key={t.key} tokens={{ childrenGap: 4 }} styles={rowStyles} data-testid={`dus-track-row-${i}`} role="group" aria-label={name}>
              <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="start">
                <Dropdown
                  label={s.TrackKind}
                  selectedKey={t.kind}
                  options={KINDS.map((k) => ({ key: k, text: strings.Department.TrackKinds[k] }))}
                  onChange={(_e, o) => o && setRow(t.key, { kind: o.key as TrackKind })}
                  styles={{ root: { width: 180 } }}
                  errorMessage={form.messagesFor(`track.${i}.kind`)}
                />
                <TextField
                  label={s.TrackNumber}
                  value={t.number}
                  onChange={(_e, v) => setRow(t.key, { number: v ?? '' })}
                  styles={{ root: { width: 90 } }}
                  errorMessage={form.messagesFor(`track.${i}.number`)}
                />
                <Stack.Item grow>
                  <TextField
                    label={s.TrackTitle}
                    required
                    value={t.title}
                    onChange={(_e, v) => setRow(t.key, { title: v ?? '' })}
                    errorMessage={form.messagesFor(`track.${i}.title`)}
                  />
                </Stack.Item>
                <RowActions removeLabel={format(s.RemoveTrack, i + 1)} disabled={form.checkingTrack === t.key} onRemove={() => void form.removeTrack(t.key)} />
              </Stack>
              <TextField
                label={s.TrackDescription}
                multiline
                autoAdjustHeight
                rows={2}
                value={t.description}
                onChange={(_e, v) => setRow(t.key, { description: v ?? '' })}
                errorMessage={form.messagesFor(`track.${i}.description`)}
              />
              {form.checkingTrack === t.key && (
                <Text block variant="small" role="status">
                  {s.TrackChecking}
                </Text>
              )}
              {form.trackProblems[t.key] && (
                <MessageBar messageBarType={MessageBarType.blocked} isMultiline data-testid="track-in-use">
                  {form.trackProblems[t.key]}
                </MessageBar>
              )}
            </Stack>
          );
        })}
        <Stack.Item>
          <DefaultButton iconProps={{ iconName: 'Add' }} onClick={add}>
            {s.AddTrack}
          </DefaultButton>
        </Stack.Item>
      </Stack>
    </Fieldset>
  );
};

/** Requirements ("Krav til kontrakter og aftaler"): number, title, description, applies to. */
export const RequirementFields: React.FC<{ form: StrategyForm }> = ({ form }) => {
  const s = useStrings().StrategyAdmin;
  const { requirements } = form.state;
  const setRow = (key: string, patch: Partial<RequirementRow>): void =>
    form.change((st) => ({ ...st, requirements: st.requirements.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  const add = (): void => {
    const key = newKey();
    const next = (requirements.reduce((m, r) => Math.max(m, Number(r.number) || 0), 0) + 1).toString();
    form.change((st) => ({
      ...st,
      requirements: [...st.requirements, { key, clientId: formClientIds.requirement(key), number: next, title: '', description: '', appliesTo: 'agreement' }]
    }));
  };
  return (
    <Fieldset id="dus-requirements" legend={s.Requirements}>
      <Stack tokens={{ childrenGap: 12 }}>
        {requirements.length === 0 && <Text block>{s.NoRequirements}</Text>}
        {requirements.map((r, i) => {
          const name = format(s.RequirementRow, i + 1);
          return (
            <Stack key={r.key} tokens={{ childrenGap: 4 }} styles={rowStyles} data-testid={`dus-requirement-row-${i}`} role="group" aria-label={name}>
              <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="start">
                <TextField
                  label={s.RequirementNumber}
                  required
                  value={r.number}
                  onChange={(_e, v) => setRow(r.key, { number: v ?? '' })}
                  styles={{ root: { width: 90 } }}
                  errorMessage={form.messagesFor(`requirement.${i}.number`)}
                />
                <Stack.Item grow>
                  <TextField
                    label={s.RequirementTitle}
                    required
                    value={r.title}
                    onChange={(_e, v) => setRow(r.key, { title: v ?? '' })}
                    errorMessage={form.messagesFor(`requirement.${i}.title`)}
                  />
                </Stack.Item>
                <Dropdown
                  label={s.AppliesTo}
                  selectedKey={r.appliesTo}
                  options={SCOPES.map((k) => ({ key: k, text: s.AppliesToValues[k] }))}
                  onChange={(_e, o) => o && setRow(r.key, { appliesTo: o.key as RequirementScope })}
                  styles={{ root: { width: 200 } }}
                  errorMessage={form.messagesFor(`requirement.${i}.appliesTo`)}
                />
                <RowActions
                  removeLabel={format(s.RemoveRequirement, i + 1)}
                  onRemove={() => form.change((st) => ({ ...st, requirements: st.requirements.filter((x) => x.key !== r.key) }))}
                />
              </Stack>
              <TextField
                label={s.RequirementDescription}
                multiline
                autoAdjustHeight
                rows={2}
                value={r.description}
                onChange={(_e, v) => setRow(r.key, { description: v ?? '' })}
                errorMessage={form.messagesFor(`requirement.${i}.description`)}
              />
            </Stack>
          );
        })}
        <Stack.Item>
          <DefaultButton iconProps={{ iconName: 'Add' }} onClick={add}>
            {s.AddRequirement}
          </DefaultButton>
        </Stack.Item>
      </Stack>
    </Fieldset>
  );
};
