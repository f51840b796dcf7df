// Validation of a year's DUS as the secretariat edits it: the strategy's own fields, its dated
// deadlines, its tracks (tracks, themes, focus areas) and its requirements. Problems are codes keyed
// by field ("deadline.2.date", "track.0.number"), so the form shows each at its own input.
// Numbers arrive as typed: NaN stands for text that is not a number, and gets its own code.
import type { NewRequirement, NewStrategy, NewTrack, RequirementScope, TrackKind } from './types';
import { lengthProblem } from './fieldLimits';
import { MAX_AGREEMENT_YEARS } from './yearSpan';
import { type FieldProblem, type ValidationResult, isISODate, problem, toResult } from './validationResult';

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

const TRACK_KINDS: readonly TrackKind[] = ['track', 'theme', 'focusArea'];
const SCOPES: readonly RequirementScope[] = ['agreement', 'goal'];

type Problems = FieldProblem<StrategyValidationField>[];

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= STRATEGY_MIN_YEAR && value <= STRATEGY_MAX_YEAR;
}

function pushText(problems: Problems, field: StrategyValidationField, value: string | undefined, kind: 'singleLine' | 'multiLine', required: boolean): void {
  if (required && (value ?? '').trim().length === 0) {
    problems.push(problem(field, 'required'));
    return;
  }
  const tooLong = lengthProblem(value, kind);
  if (tooLong) problems.push(problem(field, tooLong.code, tooLong.params));
}

/** A whole number ≥ 0 (the lists' Number columns), or the problem with it. */
function numberProblem(value: number | undefined): 'notANumber' | 'wholeNumber' | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(value)) return 'notANumber';
  if (!Number.isInteger(value) || value < 0) return 'wholeNumber';
  return undefined;
}

function strategyProblems(strategy: NewStrategy, otherYears: readonly number[]): Problems {
  const problems: Problems = [];
  pushText(problems, 'title', strategy.title, 'singleLine', true);
  pushText(problems, 'vision', strategy.vision, 'multiLine', false);
  // Each heading becomes a section heading of the year's new agreements (a single line each).
  (strategy.agreementSections ?? []).forEach((heading, i) => {
    const tooLong = lengthProblem(heading, 'singleLine');
    if (tooLong) problems.push(problem('agreementSections', tooLong.code, { ...tooLong.params, row: i + 1 }));
  });
  pushText(problems, 'agreementSections', (strategy.agreementSections ?? []).join('\n'), 'multiLine', false);
  pushText(problems, 'intro', strategy.intro, 'multiLine', false);
  if (!isYear(strategy.year)) {
    problems.push(problem('year', 'yearRange', { min: STRATEGY_MIN_YEAR, max: STRATEGY_MAX_YEAR }));
  } else if (otherYears.includes(strategy.year)) {
    problems.push(problem('year', 'yearTaken', { year: strategy.year }));
  }
  // A DUS covers at most MAX_AGREEMENT_YEARS years: the reads of a year look that far back (yearSpan.ts).
  const lastYear = isYear(strategy.year) ? Math.min(strategy.year + MAX_AGREEMENT_YEARS - 1, STRATEGY_MAX_YEAR) : STRATEGY_MAX_YEAR;
  if (strategy.yearTo !== undefined && !(isYear(strategy.yearTo) && strategy.yearTo >= strategy.year && strategy.yearTo <= lastYear)) {
    problems.push(problem('yearTo', 'yearToRange', { min: isYear(strategy.year) ? strategy.year : STRATEGY_MIN_YEAR, max: lastYear }));
  }
  strategy.deadlines.forEach((deadline, index) => {
    pushText(problems, `deadline.${index}.title`, deadline.title, 'singleLine', true);
    if (deadline.date !== undefined && !isISODate(deadline.date)) problems.push(problem(`deadline.${index}.date`, 'dateInvalid', { value: deadline.date }));
  });
  return problems;
}

function trackProblems(tracks: readonly TrackDraft[]): Problems {
  const problems: Problems = [];
  tracks.forEach((track, index) => {
    if (!TRACK_KINDS.includes(track.kind)) problems.push(problem(`track.${index}.kind`, 'trackKindMissing'));
    pushText(problems, `track.${index}.title`, track.title, 'singleLine', true);
    pushText(problems, `track.${index}.description`, track.description, 'multiLine', false);
    const bad = numberProblem(track.number);
    if (bad) {
      problems.push(problem(`track.${index}.number`, bad));
    } else if (track.number !== undefined && tracks.some((t, i) => i < index && t.kind === track.kind && t.number === track.number)) {
      problems.push(problem(`track.${index}.number`, 'trackNumberTaken', { number: track.number, kind: track.kind }));
    }
  });
  return problems;
}

function requirementProblems(requirements: readonly RequirementDraft[]): Problems {
  const problems: Problems = [];
  requirements.forEach((requirement, index) => {
    pushText(problems, `requirement.${index}.title`, requirement.title, 'singleLine', true);
    pushText(problems, `requirement.${index}.description`, requirement.description, 'multiLine', false);
    if (!SCOPES.includes(requirement.appliesTo)) problems.push(problem(`requirement.${index}.appliesTo`, 'scopeMissing'));
    // Requirements are numbered in the DUS ("Følgende skal fremgå … 1. … 2. …"): the number is required.
    const bad = requirement.number === undefined ? 'required' : numberProblem(requirement.number);
    if (bad) {
      problems.push(problem(`requirement.${index}.number`, bad));
    } else if (requirements.some((r, i) => i < index && r.number === requirement.number)) {
      problems.push(problem(`requirement.${index}.number`, 'requirementNumberTaken', { number: requirement.number ?? 0 }));
    }
  });
  return problems;
}

/**
 * Validates the DUS as the secretariat is about to save it. `otherYears` are the years other
 * strategies already hold (the Year column is unique: one DUS a year).
 */
export function validateStrategy(draft: StrategyDraft, otherYears: readonly number[]): ValidationResult<StrategyValidationField> {
  return toResult([...strategyProblems(draft.strategy, otherYears), ...trackProblems(draft.tracks), ...requirementProblems(draft.requirements)]);
}

/** Why a track may not be removed: goals of its year point at it (their track table would lose a
 * column silently). Undefined when no goal uses it. `index` is the track's row in the draft. */
export function trackRemovalProblem(
  track: Pick<TrackDraft, 'kind' | 'title'>,
  goalsUsing: number,
  index: number
): FieldProblem<StrategyValidationField> | undefined {
  if (goalsUsing <= 0) return undefined;
  return problem(`track.${index}.title`, 'trackInUse', { kind: track.kind, title: track.title, goals: goalsUsing });
}
