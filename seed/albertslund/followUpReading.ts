// The 2015 follow-up read from its own words (issue 16): each goal's outcome is the verdict its
// "Opfølgning" text states, and each "Dokumentation" item is delivered when that text says so.
// Nothing here is typed by hand per goal except where the note reports an item done: that is a
// quote, and the quote must stand in the note, so the seed cannot claim what the document does not.
import type { OutcomeCode } from '../../src/domain/types';
import type { SeedGoal } from '../types';

/** Verdict phrases of the follow-up, most specific first ("ikke nået" before "nået"). */
const VERDICTS: ReadonlyArray<[RegExp, OutcomeCode]> = [
  [/\bikke nået\b/i, 'notAchieved'],
  [/\bviste sig irrelevant\b/i, 'dropped'],
  [/\bhar ændret sig\b/i, 'changed'],
  [/\bdelvis[t]? (opfyldt|opnået|nået)\b/i, 'partlyAchieved'],
  [/\b(målet er|mål) (nået|opnået|opfyldt)\b/i, 'achieved'],
  [/\bvidereføres\b|\barbejdet (med målet )?pågår\b/i, 'continued']
];

/** The outcome an "Opfølgning" text states in words; undefined where it reports work without a verdict. */
export function verdictOf(note: string | undefined): OutcomeCode | undefined {
  return VERDICTS.find(([words]) => words.test(note ?? ''))?.[1];
}

/**
 * The goal with its outcome and its evidence's delivered state read from its note: a goal the note
 * calls reached has delivered its documentation; otherwise an item is delivered when `shown` gives
 * a quote of the note that reports it done (by the item's index).
 */
export function readFollowUp(goal: SeedGoal, shown: Readonly<Record<number, string>> = {}): SeedGoal {
  const note = goal.outcomeNote ?? '';
  const outcome = verdictOf(note);
  for (const quote of Object.values(shown)) {
    if (!note.includes(quote)) throw new Error(`${goal.key}: "${quote}" is not in its Opfølgning text`);
  }
  return {
    ...goal,
    outcome,
    evidence: goal.evidence.map((e, i) => ({ ...e, delivered: outcome === 'achieved' || shown[i] !== undefined }))
  };
}
