// A goal's latest status in the department view (issue 18): its latest check-in the approval log
// backs, and how old it is. A newer check-in given while the agreement was not approved never
// becomes the status (docs/decisions/0008-check-in-rules.md); it is named as not counted. A lazy
// chunk of its own: it shows once the approval log is read, after the dashboard's first render.
import * as React from 'react';
import { daysSince, type CheckIn } from '../../../../domain';
import { latestVerifiedByGoal, type ApprovedSpan } from '../../../../domain/checkInAuthority';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';

export interface ILatestCheckInProps {
  goalId: number;
  /** The goal's check-ins of the year. */
  checkIns: readonly CheckIn[];
  /** When the log shows the goal's agreement approved. */
  spans: readonly ApprovedSpan[];
}

const LatestCheckIn: React.FC<ILatestCheckInProps> = ({ goalId, checkIns, spans }) => {
  const strings = useStrings();
  const s = strings.CheckIns;
  const found = latestVerifiedByGoal(checkIns, () => spans).get(goalId);
  const c = found?.latest;
  const days = c === undefined ? 0 : daysSince(c.createdAt, new Date().toISOString().slice(0, 10));
  const age = days === 0 ? s.AgeToday : days === 1 ? s.AgeOneDay : format(s.AgeDays, days);
  const newer = found?.newerUnverified ?? 0;
  const v = strings.FollowUpVerified;
  return (
    <>
      {c === undefined ? s.NoCheckInYet : `${s.Statuses[c.status]} (${age})`}
      {newer > 0 && <span data-testid={`goal-unverified-check-ins-${goalId}`}>{` · ${newer === 1 ? v.NewerUnverifiedOne : format(v.NewerUnverified, newer)}`}</span>}
    </>
  );
};

export default LatestCheckIn;
