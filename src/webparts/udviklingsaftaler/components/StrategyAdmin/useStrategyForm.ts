// The DUS form's behaviour: state, validation (the domain's), the draft kept in the browser, the
// check before a track is removed, and the save with its outcomes.
import * as React from 'react';
import type { ValidationResult } from '../../../../domain';
import { trackRemovalProblem, validateStrategy, type StrategyValidationField } from '../../../../domain/strategyValidation';
import type { AppServices } from '../../../../services/AppServices';
import type { StrategyAdminData, StrategyWithParts } from '../../../../services/strategyAdmin/strategyAdminServices';
import { sameForm, toDraft, toFormState, type StrategyFormState } from './strategyFormState';
import { readDraft, removeDraft, writeDraft } from '../common/browserDrafts';
import { dataErrorKind } from '../../../../data/errors/DataError';
import { useStrings } from '../strings/StringsContext';
import { validationText, validationTexts } from '../common/validationText';
import { strategyFieldValues } from './fieldLabel';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'invalid'; count: number }
  | { status: 'conflict' }
  | { status: 'failed'; error: unknown };

interface StrategyDraftRecord {
  savedAt: string;
  state: StrategyFormState;
}

function isStrategyDraft(value: unknown): value is StrategyDraftRecord {
  const draft = value as Partial<StrategyDraftRecord> | null;
  return !!draft && typeof draft.savedAt === 'string' && !!draft.state && Array.isArray(draft.state.tracks);
}

export interface StrategyForm {
  state: StrategyFormState;
  change(next: (s: StrategyFormState) => StrategyFormState): void;
  messagesFor(field: StrategyValidationField): string | undefined;
  validation: ValidationResult<StrategyValidationField>;
  saveState: SaveState;
  save(): Promise<void>;
  offeredDraft: StrategyDraftRecord | undefined;
  restoreDraft(): void;
  discardDraft(): void;
  /** Messages at tracks that may not be removed, by row key. */
  trackProblems: Readonly<Record<string, string>>;
  checkingTrack: string | undefined;
  removeTrack(key: string): Promise<void>;
}

export function useStrategyForm(services: AppServices, data: StrategyAdminData, onSaved: (saved: StrategyWithParts) => void): StrategyForm {
  const strings = useStrings();
  const key = `dus-draft:${services.storageScope}:${data.year}`;
  const [current, setCurrent] = React.useState(data.current);
  const initial = React.useMemo(() => toFormState(data.current, data.year), [data]);
  const [state, setState] = React.useState(initial);
  const [submitted, setSubmitted] = React.useState(false);
  const [saveState, setSaveState] = React.useState<SaveState>({ status: 'idle' });
  const [trackProblems, setTrackProblems] = React.useState<Record<string, string>>({});
  const [checkingTrack, setCheckingTrack] = React.useState<string | undefined>();
  const [offeredDraft, setOfferedDraft] = React.useState(() => {
    const draft = readDraft(key, isStrategyDraft);
    return draft && !sameForm(draft.state, initial) ? draft : undefined;
  });
  const edited = React.useRef(false);

  React.useEffect(() => {
    if (edited.current) writeDraft(key, { savedAt: new Date().toISOString(), state });
  }, [key, state]);

  const others = React.useMemo(() => data.years.map((y) => y.year).filter((y) => y !== current?.strategy.year), [data.years, current]);
  const validation = React.useMemo(() => validateStrategy(toDraft(state), others), [state, others]);

  const change = (next: (s: StrategyFormState) => StrategyFormState): void => {
    edited.current = true;
    setOfferedDraft(undefined);
    setState(next);
    if (saveState.status !== 'saving') setSaveState({ status: 'idle' });
  };

  return {
    state,
    change,
    validation,
    messagesFor: (field) =>
      submitted ? validationTexts(strings.Validation, validation.byField[field], strategyFieldValues(strings, field, state)) : undefined,
    saveState,
    offeredDraft,
    restoreDraft: () => {
      if (!offeredDraft) return;
      edited.current = true;
      setState(offeredDraft.state);
      setOfferedDraft(undefined);
    },
    discardDraft: () => {
      removeDraft(key);
      setOfferedDraft(undefined);
    },
    trackProblems,
    checkingTrack,
    async removeTrack(rowKey) {
      const row = state.tracks.find((t) => t.key === rowKey);
      if (!row) return;
      if (row.id !== undefined && current) {
        // Goals point at saved tracks; ask the server how many before the row goes.
        setCheckingTrack(rowKey);
        try {
          const count = await services.strategyAdmin.goalsUsingTrack({ id: row.id }, { year: current.strategy.year, yearTo: current.strategy.yearTo });
          const refusal = trackRemovalProblem(row, count, state.tracks.indexOf(row));
          if (refusal) {
            setTrackProblems((p) => ({ ...p, [rowKey]: validationText(strings.Validation, refusal) }));
            return;
          }
        } catch (error) {
          setSaveState({ status: 'failed', error });
          return;
        } finally {
          setCheckingTrack(undefined);
        }
      }
      change((s) => ({ ...s, tracks: s.tracks.filter((t) => t.key !== rowKey) }));
    },
    async save() {
      setSubmitted(true);
      if (!validation.valid) {
        setSaveState({ status: 'invalid', count: validation.problems.length });
        return;
      }
      setSaveState({ status: 'saving' });
      try {
        const saved = await services.strategyAdmin.save(toDraft(state), current);
        removeDraft(key);
        edited.current = false;
        setCurrent(saved);
        setState(toFormState(saved, saved.strategy.year));
        setTrackProblems({});
        setSubmitted(false);
        setSaveState({ status: 'saved' });
        onSaved(saved);
      } catch (error) {
        // The draft stays in the browser: after loading the new version the user restores it.
        setSaveState(dataErrorKind(error) === 'conflict' ? { status: 'conflict' } : { status: 'failed', error });
      }
    }
  };
}
