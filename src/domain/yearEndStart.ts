// Year end from the year's check-ins (issue 18): the follow-up of a goal starts from its latest
// check-in, so the leader confirms an outcome instead of filling in a blank form. Imported by path
// (only the lazy year-end chunk needs it).
import type { CheckIn, CheckInStatus } from './checkIns';
import { measurements, timeline } from './checkIns';
import type { Goal, ISODate, ISODateTime, OutcomeCode } from './types';

/** The year-end outcome a latest status points to. "Sat på pause" says nothing about the result,
 * so it suggests none: the leader chooses. */
const OUTCOME_OF_STATUS: Readonly<Record<CheckInStatus, OutcomeCode | undefined>> = {
  achieved: 'achieved',
  onTrack: 'achieved',
  challenged: 'partlyAchieved',
  behind: 'notAchieved',
  paused: undefined
};

export function outcomeFromStatus(status: CheckInStatus): OutcomeCode | undefined {
  return OUTCOME_OF_STATUS[status];
}

export interface YearEndStart {
  /** The suggested outcome, unless the goal already has one saved. */
  outcome?: OutcomeCode;
  /** The last measured value, unless the goal already has an actual value saved. */
  actual?: number;
  /** Where the suggestion comes from (shown next to the form). */
  status: CheckInStatus;
  statusAt: ISODateTime;
  measuredAt?: ISODate;
}

/**
 * What the follow-up form of `goal` starts from: the latest check-in's outcome and the last
 * measured value, each only where nothing is saved yet (a saved outcome or actual is the
 * leader's, never overwritten). Undefined when the goal has no check-in or nothing to suggest.
 */
export function yearEndStart(
  goal: Pick<Goal, 'id' | 'outcome' | 'target'>,
  checkIns: ReadonlyArray<Pick<CheckIn, 'id' | 'goalId' | 'createdAt' | 'status' | 'measuredValue' | 'measuredAt'>>
): YearEndStart | undefined {
  const own = checkIns.filter((c) => c.goalId === goal.id);
  const latest = timeline(own)[0];
  if (latest === undefined) return undefined;
  const points = goal.target === undefined ? [] : measurements(own);
  const last = points[points.length - 1];
  const outcome = goal.outcome === undefined ? outcomeFromStatus(latest.status) : undefined;
  const actual = goal.target !== undefined && goal.target.actual === undefined ? last?.value : undefined;
  if (outcome === undefined && actual === undefined) return undefined;
  return { outcome, actual, status: latest.status, statusAt: latest.createdAt, measuredAt: actual === undefined ? undefined : last?.date };
}
