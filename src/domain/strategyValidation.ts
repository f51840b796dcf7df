// Validation of a year's DUS as the secretariat edits it: the strategy's own fields, its dated
// deadlines, its tracks (tracks, themes, focus areas) and its requirements. Messages are Danish and
// keyed by field ("deadline.2.date", "track.0.number"), so the form shows each at its own input.
// Numbers arrive as typed: NaN stands for text that is not a number, and gets its own message.
import type { NewRequirement, NewStrategy, NewTrack, RequirementScope, TrackKind } from './types';
import { lengthMessage } from './fieldLimits';
import { MAX_AGREEMENT_YEARS } from './yearSpan';
import { type FieldMessage, type ValidationResult, isISODate, toResult } from './validationResult';

export const STRATEGY_MIN_YEAR = 2000;
export const STRATEGY_MAX_YEAR = 2100;

export type TrackDraft = Omit<NewTrack, 'strategyId'> & { id?: number };
export type RequirementDraft = Omit<NewRequirement, 'strategyId'> & { id?: number };

/** The whole DUS as one editable value: the strategy with its parts (ids for those saved already). */
export interface StrategyDraft {
  strategy: NewStrategy;
  tracks: TrackDraft[];
  requirements: RequirementDraft[];
}

export type StrategyFieldKey = 'title' | 'year' | 'yearTo' | 'vision' | 'intro' | 'agreementSections';
export type StrategyValidationField =
  | StrategyFieldKey
  | `deadline.${number}.title`
  | `deadline.${number}.date`
  | `track.${number}.${'title' | 'number' | 'description' | 'kind'}`
  | `requirement.${number}.${'title' | 'number' | 'description' | 'appliesTo'}`;

export const STRATEGY_FIELD_LABELS: Readonly<Record<StrategyFieldKey, string>> = {
  title: 'Titel',
  year: 'År',
  yearTo: 'Til og med år',
  vision: 'Vision',
  intro: 'Indledning',
  agreementSections: 'Aftalens afsnit'
};

/** Danish names of the kinds, for messages ("Udviklingsspor nr. 2 …"). */
export const TRACK_KIND_NAMES: Readonly<Record<TrackKind, string>> = {
  track: 'Udviklingsspor',
  theme: 'Tværgående tema',
  focusArea: 'Indsatsområde'
};

const TRACK_KINDS: readonly TrackKind[] = ['track', 'theme', 'focusArea'];
const SCOPES: readonly RequirementScope[] = ['agreement', 'goal'];

type Messages = FieldMessage<StrategyValidationField>[];

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= STRATEGY_MIN_YEAR && value <= STRATEGY_MAX_YEAR;
}

function pushText(messages: Messages, field: StrategyValidationField, label: string, value: string | undefined, kind: 'singleLine' | 'multiLine', required: boolean): void {
  if (required && (value ?? '').trim().length === 0) {
    messages.push({ field, code: 'required', message: `»${label}« skal udfyldes.` });
    return;
  }
  const tooLong = lengthMessage(label, value, kind);
  if (tooLong) messages.push({ field, code: 'tooLong', message: tooLong });
}

/** A whole number ≥ 0 (the lists' Number columns), or a message naming the row. */
function numberMessage(label: string, value: number | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(value)) return `»${label}« skal være et tal, fx 2.`;
  if (!Number.isInteger(value) || value < 0) return `»${label}« skal være et helt tal på 0 eller derover.`;
  return undefined;
}

function strategyMessages(strategy: NewStrategy, otherYears: readonly number[]): Messages {
  const messages: Messages = [];
  const label = STRATEGY_FIELD_LABELS;
  pushText(messages, 'title', label.title, strategy.title, 'singleLine', true);
  pushText(messages, 'vision', label.vision, strategy.vision, 'multiLine', false);
  // Each heading becomes a section heading of the year's new agreements (a single line each).
  (strategy.agreementSections ?? []).forEach((heading, i) => pushText(messages, 'agreementSections', `${label.agreementSections}, nr. ${i + 1}`, heading, 'singleLine', false));
  pushText(messages, 'agreementSections', label.agreementSections, (strategy.agreementSections ?? []).join('\n'), 'multiLine', false);
  pushText(messages, 'intro', label.intro, strategy.intro, 'multiLine', false);
  if (!isYear(strategy.year)) {
    messages.push({ field: 'year', code: 'outOfRange', message: `»${label.year}« skal være et årstal mellem ${STRATEGY_MIN_YEAR} og ${STRATEGY_MAX_YEAR}.` });
  } else if (otherYears.includes(strategy.year)) {
    messages.push({ field: 'year', code: 'invalid', message: `Der findes allerede en DUS for ${strategy.year}. Hvert år har én DUS; ret den i stedet.` });
  }
  // A DUS covers at most MAX_AGREEMENT_YEARS years: the reads of a year look that far back (yearSpan.ts).
  const lastYear = isYear(strategy.year) ? Math.min(strategy.year + MAX_AGREEMENT_YEARS - 1, STRATEGY_MAX_YEAR) : STRATEGY_MAX_YEAR;
  if (strategy.yearTo !== undefined && !(isYear(strategy.yearTo) && strategy.yearTo >= strategy.year && strategy.yearTo <= lastYear)) {
    messages.push({
      field: 'yearTo',
      code: 'outOfRange',
      message: `»${label.yearTo}« skal være et årstal fra ${isYear(strategy.year) ? strategy.year : STRATEGY_MIN_YEAR} til ${lastYear}, eller tomt for en etårig DUS.`
    });
  }
  strategy.deadlines.forEach((deadline, index) => {
    const row = `Frist ${index + 1}`;
    pushText(messages, `deadline.${index}.title`, `${row}, titel`, deadline.title, 'singleLine', true);
    if (deadline.date !== undefined && !isISODate(deadline.date)) {
      messages.push({ field: `deadline.${index}.date`, code: 'invalid', message: `${row}: datoen "${deadline.date}" er ikke en gyldig dato (åååå-mm-dd).` });
    }
  });
  return messages;
}

function trackMessages(tracks: readonly TrackDraft[]): Messages {
  const messages: Messages = [];
  tracks.forEach((track, index) => {
    const kind = TRACK_KINDS.includes(track.kind) ? TRACK_KIND_NAMES[track.kind] : 'Spor';
    const row = `${kind} ${index + 1}`;
    if (!TRACK_KINDS.includes(track.kind)) messages.push({ field: `track.${index}.kind`, code: 'invalid', message: `${row}: vælg en type.` });
    pushText(messages, `track.${index}.title`, `${row}, titel`, track.title, 'singleLine', true);
    pushText(messages, `track.${index}.description`, `${row}, beskrivelse`, track.description, 'multiLine', false);
    const bad = numberMessage(`${row}, nummer`, track.number);
    if (bad) {
      messages.push({ field: `track.${index}.number`, code: 'invalid', message: bad });
    } else if (track.number !== undefined && tracks.some((t, i) => i < index && t.kind === track.kind && t.number === track.number)) {
      messages.push({ field: `track.${index}.number`, code: 'invalid', message: `${row}: nummer ${track.number} er allerede brugt af en anden af typen »${kind}«.` });
    }
  });
  return messages;
}

function requirementMessages(requirements: readonly RequirementDraft[]): Messages {
  const messages: Messages = [];
  requirements.forEach((requirement, index) => {
    const row = `Krav ${index + 1}`;
    pushText(messages, `requirement.${index}.title`, `${row}, titel`, requirement.title, 'singleLine', true);
    pushText(messages, `requirement.${index}.description`, `${row}, beskrivelse`, requirement.description, 'multiLine', false);
    if (!SCOPES.includes(requirement.appliesTo)) {
      messages.push({ field: `requirement.${index}.appliesTo`, code: 'invalid', message: `${row}: vælg om kravet gælder aftalen eller hvert mål.` });
    }
    // Requirements are numbered in the DUS ("Følgende skal fremgå … 1. … 2. …"): the number is required.
    const bad = requirement.number === undefined ? `»${row}, nummer« skal udfyldes.` : numberMessage(`${row}, nummer`, requirement.number);
    if (bad) {
      messages.push({ field: `requirement.${index}.number`, code: requirement.number === undefined ? 'required' : 'invalid', message: bad });
    } else if (requirements.some((r, i) => i < index && r.number === requirement.number)) {
      messages.push({ field: `requirement.${index}.number`, code: 'invalid', message: `${row}: nummer ${requirement.number} er allerede brugt af et andet krav.` });
    }
  });
  return messages;
}

/**
 * Validates the DUS as the secretariat is about to save it. `otherYears` are the years other
 * strategies already hold (the Year column is unique: one DUS a year).
 */
export function validateStrategy(draft: StrategyDraft, otherYears: readonly number[]): ValidationResult<StrategyValidationField> {
  return toResult([...strategyMessages(draft.strategy, otherYears), ...trackMessages(draft.tracks), ...requirementMessages(draft.requirements)]);
}

/** Why a track may not be removed: goals of its year point at it (their track table would lose a
 * column silently). Undefined when no goal uses it. */
export function trackRemovalMessage(track: Pick<TrackDraft, 'kind' | 'title'>, goalsUsing: number): string | undefined {
  if (goalsUsing <= 0) return undefined;
  const what = TRACK_KIND_NAMES[track.kind] ?? 'Sporet';
  const goals = goalsUsing === 1 ? '1 udviklingsmål bruger' : `${goalsUsing} udviklingsmål bruger`;
  return `${what} »${track.title}« kan ikke fjernes: ${goals} det. Fjern det fra målene først, eller ret titlen i stedet.`;
}
