import * as React from 'react';
import { ChoiceGroup, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import {
  CHECK_IN_STATUSES,
  checkInProblems,
  parseDanishDate,
  parseDanishDecimal,
  type CheckIn,
  type CheckInProblem,
  type CheckInStatus,
  type Goal
} from '../../../../domain';
import type { CheckInInput } from '../../../../services/checkIns/checkInServices';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { ErrorMessage } from '../common/ErrorMessage';
import { useServices } from '../services/ServicesContext';
import { useCheckInDraft } from './useCheckInDraft';

import type { CheckInDraft as Draft } from './useCheckInDraft';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The check-in form: status, note and, for a goal with a target, the measured value ("2,8") and
 * its date ("31.01.2023"). Messages are Danish and shown at the field; what was typed stays in the
 * form until the server has the check-in (a failed save keeps it, and the same ClientId makes a
 * retry land once).
 */
export const CheckInForm: React.FC<{ goal: Goal; save(input: CheckInInput): Promise<CheckIn> }> = ({ goal, save }) => {
  const strings = useStrings();
  const s = strings.CheckIns;
  // What was typed survives a reload (with its ClientId, so a save that did reach the server
  // before the reload lands once); cleared when the server has the check-in.
  const { draft, setDraft, clientId, restored, reset } = useCheckInDraft(useServices()?.storageScope ?? 'default', goal.id);
  const [shown, setShown] = React.useState(false);
  const [state, setState] = React.useState<{ busy: boolean; error?: unknown; saved?: boolean }>({ busy: false });
  const target = goal.target;

  const value = parseDanishDecimal(draft.value);
  const date = parseDanishDate(draft.date);
  const problems: CheckInProblem[] =
    value.ok && date.ok ? checkInProblems({ measuredValue: value.value, measuredAt: date.value }, target !== undefined, today()) : [];
  const valueMessage = !value.ok ? format(s.ValueInvalid, draft.value.trim()) : problems.includes('dateWithoutValue') ? s.Problems.dateWithoutValue : undefined;
  const dateMessage = !date.ok
    ? format(s.DateInvalid, draft.date.trim())
    : (['valueWithoutDate', 'badDate', 'dateInFuture'] as const).filter((p) => problems.includes(p)).map((p) => s.Problems[p])[0];
  const valid = value.ok && date.ok && problems.length === 0;

  const onSubmit = (e: React.FormEvent): void => {
    e.preventDefault();
    setShown(true);
    if (!valid || !value.ok || !date.ok) return;
    setState({ busy: true });
    save({ status: draft.status, note: draft.note, measuredValue: value.value, measuredAt: date.value, clientId }).then(
      () => {
        reset();
        setShown(false);
        setState({ busy: false, saved: true });
      },
      (error: unknown) => setState({ busy: false, error })
    );
  };

  const set = (patch: Partial<Draft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setState((st) => (st.saved ? { busy: st.busy } : st));
  };

  return (
    <form onSubmit={onSubmit} aria-labelledby="checkin-form-title" data-testid="checkin-form" noValidate>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block as="h3" variant="large" id="checkin-form-title">
          {s.NewCheckIn}
        </Text>
        {restored && (
          <MessageBar
            messageBarType={MessageBarType.info}
            isMultiline
            data-testid="checkin-draft-restored"
            actions={
              <div>
                <MessageBarButton
                  onClick={() => {
                    reset();
                    setShown(false);
                  }}
                >
                  {strings.FollowUpDuringYear.DraftDiscard}
                </MessageBarButton>
              </div>
            }
          >
            {strings.FollowUpDuringYear.DraftRestored}
          </MessageBar>
        )}
        <ChoiceGroup
          label={s.Status}
          selectedKey={draft.status}
          options={CHECK_IN_STATUSES.map((o) => ({ key: o.code, text: s.Statuses[o.code] }))}
          onChange={(_e, o) => o && set({ status: o.key as CheckInStatus })}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
        />
        <TextField label={s.Note} multiline rows={2} value={draft.note} onChange={(_e, v) => set({ note: v ?? '' })} />
        {target !== undefined && (
          <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
            <TextField
              label={format(s.MeasuredValue, target.unit)}
              description={s.MeasuredValueHelp}
              value={draft.value}
              inputMode="decimal"
              onChange={(_e, v) => set({ value: v ?? '' })}
              onBlur={() => draft.value !== '' && setShown(true)}
              errorMessage={shown ? valueMessage : undefined}
              data-testid="checkin-value"
            />
            <TextField
              label={s.MeasuredAt}
              description={s.MeasuredAtHelp}
              value={draft.date}
              onChange={(_e, v) => set({ date: v ?? '' })}
              onBlur={() => draft.date !== '' && setShown(true)}
              errorMessage={shown ? dateMessage : undefined}
              data-testid="checkin-date"
            />
          </Stack>
        )}
        <Stack.Item>
          <PrimaryButton type="submit" disabled={state.busy} data-testid="checkin-save">
            {state.busy ? s.Saving : s.Save}
          </PrimaryButton>
        </Stack.Item>
        {state.saved && (
          <MessageBar messageBarType={MessageBarType.success} role="status">
            {s.Saved}
          </MessageBar>
        )}
        {state.error !== undefined && <ErrorMessage error={state.error} />}
      </Stack>
    </form>
  );
};
