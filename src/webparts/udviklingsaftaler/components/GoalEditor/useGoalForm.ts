// The editor's behaviour: state, validation at each field, the draft in the browser, saving over the
// data layer's ETag path and the conflict merge. The panel only renders what this returns.
import * as React from 'react';
import {
  GOAL_CONTENT_LABELS,
  MERGEABLE_GOAL_KEYS,
  mergeGoal,
  sameGoalValue,
  resolveGoal,
  sectionLabel,
  validateGoal,
  type GoalKey,
  type GoalMerge,
  type GoalSectionField,
  type GoalValidationField,
  type NewGoal
} from '../../../../domain';
import type { AppServices, EditableGoal, GoalEditorData } from '../../../../services/AppServices';
import { draftKey, readGoalDraft, removeDraft, writeDraft, type GoalDraft } from './draftStore';
import { numberTextProblems, toFormState, withNumberText, type GoalFormState, type NumberField, type NumberProblem } from './formState';
import { blankGoal, withoutId } from './newGoal';
import { dataErrorKind } from '../../../../data/errors/DataError';
import { useStrings } from '../strings/StringsContext';
import { validationTexts } from '../common/validationText';
import { goalFieldLabel } from './fieldLabel';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'invalid'; count: number }
  | { status: 'failed'; error: unknown }
  | { status: 'conflict'; merge: GoalMerge; fresh: EditableGoal; savedBy?: string };

export interface GoalForm {
  state: GoalFormState;
  dirty: boolean;
  /** Messages per field key ('title', 'climate.description', 'target.value', …), shown once touched or after a save attempt. */
  messagesFor(field: string): string | undefined;
  touch(field: string): void;
  update(change: Partial<NewGoal>): void;
  setNumberText(field: NumberField, text: string): void;
  numberProblem(field: NumberField): NumberProblem | undefined;
  offeredDraft: GoalDraft | undefined;
  restoreDraft(): void;
  discardDraft(): void;
  restored: boolean;
  save(): Promise<void>;
  resolveConflict(keepMine: ReadonlySet<GoalKey>): Promise<void>;
  /** Closes the conflict dialog; the typing stays in the form (and the draft). */
  dismissConflict(): void;
  saveState: SaveState;
}

function sameState(a: GoalFormState, b: GoalFormState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function useGoalForm(data: GoalEditorData, services: AppServices, onSaved: (saved: EditableGoal) => void): GoalForm {
  const initial = React.useMemo(() => toFormState(data.existing ? withoutId(data.existing.goal) : blankGoal(data)), [data]);
  const [state, setState] = React.useState<GoalFormState>(initial);
  // The version the user's typing started from: the merge on a conflict compares against it.
  const [base, setBase] = React.useState<NewGoal>(initial.goal);
  const [existing, setExisting] = React.useState<EditableGoal | undefined>(data.existing);
  // Once a new goal is saved its draft lives under the goal's id, where a reload of #/maal/<id> looks.
  const key = draftKey(services.storageScope, existing ? { goalId: existing.goal.id } : { agreementId: data.agreement.id });
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);
  const [saveState, setSaveState] = React.useState<SaveState>({ status: 'idle' });
  const [restored, setRestored] = React.useState(false);
  const [offeredDraft, setOfferedDraft] = React.useState<GoalDraft | undefined>(() => {
    const draft = readGoalDraft(draftKey(services.storageScope, data.existing ? { goalId: data.existing.goal.id } : { agreementId: data.agreement.id }));
    return draft && !sameState(draft.state, initial) ? draft : undefined;
  });
  const edited = React.useRef(false);

  // Every change the user makes goes to the browser at once; a save clears it.
  React.useEffect(() => {
    if (!edited.current) return;
    writeDraft(key, { savedAt: new Date().toISOString(), baseEtag: existing?.etag, base, state });
  }, [key, state, base, existing]);

  const template = data.template;
  const labelOf = React.useCallback(
    (field: keyof typeof GOAL_CONTENT_LABELS) => (field === 'horizon' ? GOAL_CONTENT_LABELS.horizon : sectionLabel(template, field as GoalSectionField)),
    [template]
  );
  const strings = useStrings();
  const validation = React.useMemo(() => validateGoal(state.goal, data.strategy), [state.goal, data.strategy]);
  const problems = React.useMemo(() => numberTextProblems(state.texts, state.goal.target !== undefined), [state.texts, state.goal.target]);

  const change = (next: (s: GoalFormState) => GoalFormState): void => {
    edited.current = true;
    setOfferedDraft(undefined);
    setState(next);
    if (saveState.status === 'saved' || saveState.status === 'failed') setSaveState({ status: 'idle' });
  };

  const persist = async (goal: NewGoal, over: EditableGoal | undefined, startedFrom: NewGoal): Promise<void> => {
    setSaveState({ status: 'saving' });
    try {
      const saved = await services.saveGoal(goal, over);
      removeDraft(key);
      edited.current = false;
      const savedState = toFormState(withoutId(saved.goal));
      setExisting(saved);
      setBase(savedState.goal);
      setState(savedState);
      setSaveState({ status: 'saved' });
      onSaved(saved);
    } catch (error) {
      if (over && dataErrorKind(error) === 'conflict') {
        // Someone saved in between. The data layer kept my other changes; fetch what is there now
        // and ask about the fields we both changed.
        try {
          const fresh = await services.loadGoalEditor({ goalId: over.goal.id });
          if (!fresh.existing) throw error;
          const merge = mergeGoal(startedFrom, goal, withoutId(fresh.existing.goal));
          if (merge.conflicts.length === 0) {
            setExisting(fresh.existing);
            setBase(withoutId(fresh.existing.goal));
            await persist(merge.merged, fresh.existing, withoutId(fresh.existing.goal));
            return;
          }
          // Who saved in between, from the item's versions; without it the dialog says "En anden".
          const savedBy = await services.approvals.savedBy({ list: 'Goals', id: over.goal.id }).catch(() => undefined);
          setSaveState({ status: 'conflict', merge, fresh: fresh.existing, ...(savedBy ? { savedBy } : {}) });
        } catch (reloadError) {
          setSaveState({ status: 'failed', error: reloadError });
        }
        return;
      }
      setSaveState({ status: 'failed', error });
    }
  };

  return {
    state,
    dirty: !sameState(state, toFormState(base)),
    messagesFor: (field) => {
      if (!submitted && !touched.has(field)) return undefined;
      const key = field as GoalValidationField;
      return validationTexts(strings.Validation, validation.byField[key], { label: goalFieldLabel(strings.GoalEditor, strings.GoalFields, key, labelOf) });
    },
    touch: (field) => setTouched((t) => (t.has(field) ? t : new Set([...t, field]))),
    update: (partial) => change((s) => ({ ...s, goal: { ...s.goal, ...partial } })),
    setNumberText: (field, text) => change((s) => withNumberText(s, field, text)),
    numberProblem: (field) => (submitted || touched.has(field) ? problems[field] : undefined),
    offeredDraft,
    restoreDraft: () => {
      if (!offeredDraft) return;
      edited.current = true;
      setState(offeredDraft.state);
      // A draft typed on an older version merges against that version when it is saved.
      if (offeredDraft.base) setBase(offeredDraft.base);
      setOfferedDraft(undefined);
      setRestored(true);
    },
    discardDraft: () => {
      removeDraft(key);
      setOfferedDraft(undefined);
    },
    restored,
    saveState,
    dismissConflict: () => setSaveState({ status: 'idle' }),
    async save() {
      setSubmitted(true);
      const problemCount = Object.keys(problems).length;
      if (!validation.valid || problemCount > 0) {
        setSaveState({ status: 'invalid', count: validation.problems.length + problemCount });
        return;
      }
      if (existing && !sameStateGoal(base, withoutId(existing.goal))) {
        // A restored draft from an older version: merge before writing, never overwrite blindly.
        const merge = mergeGoal(base, state.goal, withoutId(existing.goal));
        if (merge.conflicts.length > 0) {
          setSaveState({ status: 'conflict', merge, fresh: existing });
          return;
        }
        await persist(merge.merged, existing, withoutId(existing.goal));
        return;
      }
      await persist(state.goal, existing, base);
    },
    async resolveConflict(keepMine) {
      if (saveState.status !== 'conflict') return;
      const resolved = resolveGoal(saveState.merge, keepMine);
      const freshGoal = withoutId(saveState.fresh.goal);
      setExisting(saveState.fresh);
      setBase(freshGoal);
      setState(toFormState(resolved));
      await persist(resolved, saveState.fresh, freshGoal);
    }
  };
}

function sameStateGoal(a: NewGoal, b: NewGoal): boolean {
  return MERGEABLE_GOAL_KEYS.every((k) => sameGoalValue(a[k], b[k]));
}
