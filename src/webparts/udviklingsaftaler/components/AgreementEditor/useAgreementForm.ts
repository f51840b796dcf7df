// The agreement editor's behaviour, as the goal editor's (GoalEditor/useGoalForm): state, validation
// at each field, the draft in the browser until the server has it, saving with the ETag, and the
// conflict merge when someone else saved in between. The view only renders what this returns.
import * as React from 'react';
import {
  contentOf,
  mergeAgreementContent,
  resolveAgreementContent,
  validateAgreementContent,
  type AgreementContent,
  type AgreementContentKey,
  type AgreementMerge
} from '../../../../domain/agreementContent';
import type { AppServices } from '../../../../services/AppServices';
import type { AgreementEditorData, EditableAgreement } from '../../../../services/authoring/agreementAuthoringServices';
import { readDraft, removeDraft, writeDraft } from '../common/browserDrafts';
import { dateProblems, toFormState, withDateText, type AgreementFormState, type DateTexts } from './formState';
import { dataErrorKind } from '../../../../data/errors/DataError';
import { useStrings } from '../strings/StringsContext';
import { validationText, validationTexts } from '../common/validationText';

/** Each field's label in the editor's strings: a message names the field as the page shows it. */
const LABELS: Readonly<Record<AgreementContentKey, keyof IUdviklingsaftalerStrings['AgreementEditor']>> = {
  intro: 'Intro',
  strategyRelation: 'StrategyRelation',
  coreTask: 'CoreTask',
  policies: 'Policies',
  budgetChanges: 'BudgetChanges',
  continuing: 'Continuing',
  sections: 'Sections',
  milestones: 'Milestones'
};

export type AgreementSaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'invalid'; count: number }
  | { status: 'failed'; error: unknown }
  | { status: 'conflict'; merge: AgreementMerge; fresh: EditableAgreement; savedBy?: string };

export interface AgreementDraft {
  savedAt: string;
  /** The content the typing started from, for the merge when the server has moved on. */
  base: AgreementContent;
  state: AgreementFormState;
}

export function agreementDraftKey(scope: string, agreementId: number): string {
  return `draft:${scope}:agreement-${agreementId}`;
}

function isAgreementDraft(value: unknown): value is AgreementDraft {
  const d = value as Partial<AgreementDraft> | null;
  return !!d && typeof d.savedAt === 'string' && !!d.base && !!d.state && !!d.state.content && Array.isArray(d.state.dates);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface AgreementForm {
  state: AgreementFormState;
  dirty: boolean;
  /** Messages for a field ('intro', 'sections', …) or a date input ('milestones.0.start'), once touched or after a save attempt. */
  messagesFor(field: string): string | undefined;
  touch(field: AgreementContentKey | string): void;
  update(change: Partial<AgreementContent>): void;
  /** Replaces the milestones with their date texts (add, remove, reorder). */
  setMilestones(milestones: AgreementContent['milestones'], dates: DateTexts[]): void;
  setDateText(index: number, which: keyof DateTexts, text: string): void;
  offeredDraft: AgreementDraft | undefined;
  restoreDraft(): void;
  discardDraft(): void;
  save(): Promise<void>;
  resolveConflict(keepMine: ReadonlySet<AgreementContentKey>): Promise<void>;
  dismissConflict(): void;
  saveState: AgreementSaveState;
}

export function useAgreementForm(data: AgreementEditorData, services: AppServices): AgreementForm {
  const strings = useStrings();
  const initial = React.useMemo(() => toFormState(contentOf(data.agreement)), [data]);
  const key = agreementDraftKey(services.storageScope, data.agreement.id);
  const [state, setState] = React.useState(initial);
  const [base, setBase] = React.useState<AgreementContent>(initial.content);
  const [existing, setExisting] = React.useState<EditableAgreement>(data);
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);
  const [saveState, setSaveState] = React.useState<AgreementSaveState>({ status: 'idle' });
  const [offeredDraft, setOfferedDraft] = React.useState<AgreementDraft | undefined>(() => {
    const draft = readDraft(key, isAgreementDraft);
    return draft && !same(draft.state, initial) ? draft : undefined;
  });
  const edited = React.useRef(false);

  React.useEffect(() => {
    if (edited.current) writeDraft(key, { savedAt: new Date().toISOString(), base, state });
  }, [key, state, base]);

  const validation = React.useMemo(() => validateAgreementContent(state.content, data.tracks), [state.content, data.tracks]);
  const problems = React.useMemo(() => dateProblems(state), [state]);

  const change = (next: (s: AgreementFormState) => AgreementFormState): void => {
    edited.current = true;
    setOfferedDraft(undefined);
    setState(next);
    if (saveState.status === 'saved' || saveState.status === 'failed') setSaveState({ status: 'idle' });
  };

  const persist = async (content: AgreementContent, over: EditableAgreement, startedFrom: AgreementContent): Promise<void> => {
    setSaveState({ status: 'saving' });
    try {
      const saved = await services.authoring.saveAgreementContent(content, { ...over, agreement: { ...over.agreement, ...startedFrom } });
      removeDraft(key);
      edited.current = false;
      const savedState = toFormState(contentOf(saved.agreement));
      setExisting(saved);
      setBase(savedState.content);
      setState(savedState);
      setSaveState({ status: 'saved' });
    } catch (error) {
      if (dataErrorKind(error) !== 'conflict') {
        setSaveState({ status: 'failed', error });
        return;
      }
      // The data layer kept my changes to fields only I touched; ask about the rest.
      try {
        const fresh = await services.authoring.loadAgreementEditor(over.agreement.id);
        const merge = mergeAgreementContent(startedFrom, content, contentOf(fresh.agreement));
        setExisting(fresh);
        setBase(contentOf(fresh.agreement));
        if (merge.conflicts.length === 0) {
          await persist(merge.merged, fresh, contentOf(fresh.agreement));
          return;
        }
        // Who saved in between, from the item's versions; without it the dialog says "En anden".
        const savedBy = await services.approvals.savedBy({ list: 'Agreements', id: over.agreement.id }).catch(() => undefined);
        setSaveState({ status: 'conflict', merge, fresh, ...(savedBy ? { savedBy } : {}) });
      } catch (reloadError) {
        setSaveState({ status: 'failed', error: reloadError });
      }
    }
  };

  return {
    state,
    dirty: !same(state.content, base),
    messagesFor: (field) => {
      if (!submitted && !touched.has(field)) return undefined;
      const typed = problems[field];
      if (typed) return validationText(strings.Validation, typed);
      const key = field as AgreementContentKey;
      return validationTexts(strings.Validation, validation.byField[key], { label: String(strings.AgreementEditor[LABELS[key]] ?? key) });
    },
    touch: (field) => setTouched((t) => (t.has(field) ? t : new Set([...t, field]))),
    update: (partial) => change((s) => ({ ...s, content: { ...s.content, ...partial } })),
    setMilestones: (milestones, dates) => change((s) => ({ content: { ...s.content, milestones }, dates })),
    setDateText: (index, which, text) => change((s) => withDateText(s, index, which, text)),
    offeredDraft,
    restoreDraft: () => {
      if (!offeredDraft) return;
      edited.current = true;
      setState(offeredDraft.state);
      // A draft typed on an older version is saved as a merge against that version.
      setBase(offeredDraft.base);
      setOfferedDraft(undefined);
    },
    discardDraft: () => {
      removeDraft(key);
      setOfferedDraft(undefined);
    },
    saveState,
    dismissConflict: () => setSaveState({ status: 'idle' }),
    async save() {
      setSubmitted(true);
      const count = validation.problems.length + Object.keys(problems).length;
      if (count > 0) {
        setSaveState({ status: 'invalid', count });
        return;
      }
      const saved = contentOf(existing.agreement);
      if (!same(base, saved)) {
        // A restored draft typed on an older version: merge before writing, never overwrite blindly.
        const merge = mergeAgreementContent(base, state.content, saved);
        if (merge.conflicts.length > 0) {
          setSaveState({ status: 'conflict', merge, fresh: existing });
          return;
        }
        await persist(merge.merged, existing, saved);
        return;
      }
      await persist(state.content, existing, base);
    },
    async resolveConflict(keepMine) {
      if (saveState.status !== 'conflict') return;
      const resolved = resolveAgreementContent(saveState.merge, keepMine);
      const fresh = contentOf(saveState.fresh.agreement);
      setState(toFormState(resolved));
      await persist(resolved, saveState.fresh, fresh);
    }
  };
}
