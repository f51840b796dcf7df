// Overblik's filter by status (issue 18): the followed goals whose latest check-in has a given
// status, or that have none. Imported by path (only the lazy Overblik chunk needs it).
import { latestByGoal, type CheckIn, type CheckInCountKey, type FollowedGoal } from './checkIns';

export interface GoalWithStatus {
  goal: FollowedGoal;
  /** The latest check-in's creation time; undefined for 'none'. */
  since?: string;
}

/** The goals whose latest status is `key` ('none': no check-in yet), by department then number. */
export function goalsWithStatus(
  goals: readonly FollowedGoal[],
  checkIns: ReadonlyArray<Pick<CheckIn, 'id' | 'goalId' | 'createdAt' | 'status'>>,
  key: CheckInCountKey
): GoalWithStatus[] {
  const latest = latestByGoal(checkIns);
  return goals
    .map((goal) => ({ goal, c: latest.get(goal.id) }))
    .filter(({ c }) => (c === undefined ? key === 'none' : c.status === key))
    .sort(
      (a, b) =>
        a.goal.departmentId - b.goal.departmentId ||
        (a.goal.number ?? Number.MAX_SAFE_INTEGER) - (b.goal.number ?? Number.MAX_SAFE_INTEGER) ||
        a.goal.id - b.goal.id
    )
    .map(({ goal, c }) => ({ goal, since: c?.createdAt }));
}
