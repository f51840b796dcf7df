import * as React from 'react';
import {
  Checkbox,
  ChoiceGroup,
  DefaultButton,
  Link,
  MessageBar,
  MessageBarButton,
  MessageBarType,
  PrimaryButton,
  Stack,
  Text,
  TextField,
  type IChoiceGroupOption
} from '@fluentui/react';
import { isDamaged, OUTCOMES, outcomeNoteProblems, parseDanishDecimal, type OutcomeCode } from '../../../../domain';
import type { EditableGoal } from '../../../../services/AppServices';
import { useServices } from '../services/ServicesContext';
import type { FollowUpGoal } from '../../../../services/yearEnd/yearEndServices';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { DamageNotice } from '../common/DamageNotice';
import { Paragraphs } from '../common/Paragraphs';
import { format } from '../common/format';
import { validationText, validationTexts } from '../common/validationText';
import { GoalLineage } from '../YearEnd/GoalLineage';
import { TargetSummary } from './TargetSummary';
import { StartFromCheckIn } from './StartFromCheckIn';
import { useOutcomeDraft, type OutcomeDraft } from './useOutcomeDraft';

export interface IFollowUpGoalCardProps {
  item: FollowUpGoal;
  editable: boolean;
  nextYear: number;
  save(current: EditableGoal, draft: OutcomeDraft, actual: number | undefined): Promise<EditableGoal>;
  carryOver(goalId: number): Promise<void>;
  /** Reloads the whole follow-up (after a conflict: the draft stays and is offered back). */
  reload(): void;
}

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; error: unknown };

const asTyped = (n: number | undefined): string => (n === undefined ? '' : String(n).replace('.', ','));

/** The form starts from what is saved, and where nothing is, from the latest check-in (its
 * outcome and the last measured value): the leader confirms rather than fills in. */
const draftOf = (item: FollowUpGoal): OutcomeDraft => ({
  outcome: item.goal.outcome ?? item.start?.outcome,
  note: item.goal.outcomeNote ?? '',
  delivered: item.goal.evidence.map((e) => e.delivered),
  actual: asTyped(item.goal.target?.actual ?? item.start?.actual)
});

/** One goal of the follow-up: status, note, evidence delivered and the target's actual value. */
export const FollowUpGoalCard: React.FC<IFollowUpGoalCardProps> = ({ item, editable: mayEdit, nextYear, save, carryOver, reload }) => {
  const strings = useStrings();
  // A damaged goal (e.g. unreadable Evidence) is read-only: saving would replace the stored value.
  const editable = mayEdit && !isDamaged(item.goal);
  const s = strings.YearEnd;
  const { href } = useNavigation();
  const [current, setCurrent] = React.useState<EditableGoal>({ goal: item.goal, etag: item.etag });
  const draft = useOutcomeDraft(useServices().storageScope, item.goal.id, draftOf(item));
  const [saveState, setSaveState] = React.useState<SaveState>({ status: 'idle' });
  const [carrying, setCarrying] = React.useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const [showProblems, setShowProblems] = React.useState(false);
  const goal = current.goal;
  const v = draft.value;
  const headingId = `followup-goal-${goal.id}`;

  const parsed = parseDanishDecimal(v.actual);
  // The domain's rules, said in the user's language: the typed number's grammar and the note a
  // goal that was not simply met needs (the service checks the same again).
  const actualError = parsed.ok ? undefined : validationText(strings.Validation, parsed);
  const noteError = validationTexts(strings.Validation, outcomeNoteProblems(v.outcome, v.note), {
    label: s.NoteLabel,
    outcome: v.outcome ? s.Outcomes[v.outcome] : ''
  });
  const options: IChoiceGroupOption[] = OUTCOMES.map((o) => ({ key: o.code, text: s.Outcomes[o.code] }));

  const onSave = (): void => {
    setShowProblems(true);
    if (!parsed.ok || noteError) return;
    setSaveState({ status: 'saving' });
    save(current, v, parsed.value).then(
      (saved) => {
        setCurrent(saved);
        draft.markSaved(draftOf({ ...saved }));
        setSaveState({ status: 'saved' });
        setShowProblems(false);
      },
      (error: unknown) => setSaveState({ status: 'error', error })
    );
  };

  const onCarryOver = (): void => {
    setCarrying({ busy: true });
    carryOver(goal.id).then(
      () => setCarrying({ busy: false }),
      (error: unknown) => setCarrying({ busy: false, error })
    );
  };

  const heading = goal.number !== undefined ? format(s.GoalHeading, goal.number, goal.title) : format(s.GoalHeadingNoNumber, goal.title);
  const savedContinued = goal.outcome === 'continued';

  return (
    <Stack
      as="section"
      aria-labelledby={headingId}
      tokens={{ childrenGap: 10 }}
      data-testid={`followup-goal-${goal.id}`}
      styles={{ root: { borderTop: '1px solid #c8c6c4', paddingTop: 12 } }}
    >
      <Text block as="h3" variant="large" id={headingId}>
        {heading}
      </Text>
      <DamageNotice item={goal} kind="goal" detail={mayEdit ? strings.Resilience.DamagedReadOnly : undefined} />
      {goal.continuesFromId !== undefined && <GoalLineage goalId={goal.id} />}
      {goal.followUpMethod && (
        <Stack tokens={{ childrenGap: 2 }}>
          <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>
            {s.FollowUpMethod}
          </Text>
          <Paragraphs text={goal.followUpMethod} />
        </Stack>
      )}
      {goal.target && <TargetSummary target={goal.target} actual={parsed.ok ? parsed.value : goal.target.actual} />}

      {editable ? (
        <Stack tokens={{ childrenGap: 10 }}>
          {draft.pendingDraft && (
            <MessageBar
              messageBarType={MessageBarType.warning}
              isMultiline
              actions={
                <div>
                  <MessageBarButton onClick={draft.restore}>{s.DraftRestore}</MessageBarButton>
                  <MessageBarButton onClick={draft.discard}>{s.DraftDiscard}</MessageBarButton>
                </div>
              }
            >
              {s.DraftFound}
            </MessageBar>
          )}
          {item.start !== undefined && goal.outcome === undefined && <StartFromCheckIn start={item.start} unit={goal.target?.unit} />}
          <ChoiceGroup
            label={s.OutcomeLabel}
            options={options}
            selectedKey={v.outcome ?? null}
            onChange={(_e, o) => o && draft.change({ ...v, outcome: o.key as OutcomeCode })}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
          />
          <TextField
            label={s.NoteLabel}
            multiline
            autoAdjustHeight
            value={v.note}
            onChange={(_e, text) => draft.change({ ...v, note: text ?? '' })}
            errorMessage={showProblems ? noteError : undefined}
          />
          {goal.evidence.length > 0 && (
            <Stack as="fieldset" tokens={{ childrenGap: 6 }} styles={{ root: { border: 'none', padding: 0, margin: 0 } }}>
              <Text as="legend" block variant="medium" styles={{ root: { fontWeight: 600, marginBottom: 4 } }}>
                {s.EvidenceLabel}
              </Text>
              {goal.evidence.map((e, i) => (
                <Checkbox
                  key={i}
                  label={e.text}
                  checked={v.delivered[i] === true}
                  onChange={(_e, checked) =>
                    draft.change({ ...v, delivered: goal.evidence.map((_x, j) => (j === i ? checked === true : v.delivered[j] === true)) })
                  }
                />
              ))}
            </Stack>
          )}
          {goal.target && (
            <TextField
              label={s.ActualLabel}
              description={s.ActualDescription}
              suffix={goal.target.unit}
              value={v.actual}
              inputMode="decimal"
              onChange={(_e, text) => draft.change({ ...v, actual: text ?? '' })}
              errorMessage={actualError}
              styles={{ root: { maxWidth: 240 } }}
            />
          )}
          <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
            <PrimaryButton onClick={onSave} disabled={saveState.status === 'saving'}>
              {saveState.status === 'saving' ? s.Saving : s.Save}
            </PrimaryButton>
            {savedContinued && !item.successor && (
              <DefaultButton onClick={onCarryOver} disabled={carrying.busy}>
                {carrying.busy ? s.CarryingOver : format(s.CarryOver, nextYear)}
              </DefaultButton>
            )}
          </Stack>
          {saveState.status === 'saved' && (
            <MessageBar messageBarType={MessageBarType.success} role="status">
              {s.Saved}
            </MessageBar>
          )}
          {saveState.status === 'error' && <ErrorMessage error={saveState.error} onRetry={reload} />}
          {carrying.error !== undefined && <ErrorMessage error={carrying.error} onRetry={onCarryOver} />}
        </Stack>
      ) : (
        <ReadOnlyOutcome item={{ ...item, goal }} />
      )}

      {item.successor && (
        <Text block data-testid={`successor-${goal.id}`}>
          {format(s.CarriedOver, item.successor.year)}{' '}
          <Link href={href({ view: 'maal', goalId: item.successor.id })} data-interception="off">
            {item.successor.title}
          </Link>
        </Text>
      )}
      {/* Keeps the reader oriented: a saved "Videreføres" without a successor waits for the carry-over. */}
      {editable && v.outcome === 'continued' && !item.successor && !savedContinued && (
        <Text block variant="small">
          {s.CarryOverHint}
        </Text>
      )}
    </Stack>
  );
};

const ReadOnlyOutcome: React.FC<{ item: FollowUpGoal }> = ({ item }) => {
  const strings = useStrings();
  const s = strings.YearEnd;
  const { goal } = item;
  const delivered = goal.evidence.filter((e) => e.delivered).length;
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Text block data-testid={`outcome-${goal.id}`}>
        {/* A follow-up text without a verdict (Albertslund 2015) is followed up, not "Ikke fulgt op". */}
        <strong>{s.OutcomeLabel}:</strong> {goal.outcome ? s.Outcomes[goal.outcome] : goal.outcomeNote ? strings.GoalReadView.NoVerdict : s.NotFollowedUp}
      </Text>
      {goal.outcomeNote && <Paragraphs text={goal.outcomeNote} />}
      {goal.evidence.length > 0 && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text block>
            <strong>{s.EvidenceLabel}:</strong> {format(s.EvidenceCount, delivered, goal.evidence.length)}
          </Text>
          <ul style={{ margin: 0 }}>
            {goal.evidence.map((e, i) => (
              <li key={i}>
                {e.text} ({e.delivered ? s.EvidenceDelivered : s.EvidenceNotDelivered})
              </li>
            ))}
          </ul>
        </Stack>
      )}
    </Stack>
  );
};
