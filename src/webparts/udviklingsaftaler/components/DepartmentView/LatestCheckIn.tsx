// A goal's latest status in the department view (issue 18): its latest check-in the approval log
// backs, and how old it is. A newer check-in given while the agreement was not approved never
// becomes the status (docs/decisions/0008-check-in-rules.md); it is named as not counted. A lazy
// chunk of its own: it shows once the approval log is read, after the dashboard's first render.
import * as React from 'react';
import { Text } from '@fluentui/react';
import { daysSince, type AuthorityStatus, type CheckIn, type Goal } from '../../../../domain';
import { latestVerifiedByGoal } from '../../../../domain/checkInAuthority';
import type { StageFact } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';

export interface ILatestCheckInProps {
  goal: Pick<Goal, 'id' | 'agreementId'>;
  /** The department's check-ins of the year. */
  checkIns: readonly CheckIn[] | undefined;
  /** The stage facts by target key; the agreement's carries its approved spans. Undefined while
   * the log is read. */
  verification: Record<string, AuthorityStatus | StageFact> | undefined;
}

const LatestCheckIn: React.FC<ILatestCheckInProps> = ({ goal, checkIns = [], verification }) => {
  const strings = useStrings();
  const s = strings.CheckIns;
  // Until the log is read the status is not shown: it might be a forgery for a moment. An
  // agreement without a fact (not among those read) has no spans: nothing counts.
  const line = (content: React.ReactNode): JSX.Element => (
    <Text block as="p" variant="small" data-testid={`goal-latest-status-${goal.id}`}>
      {s.LatestStatus}: {content}
    </Text>
  );
  if (verification === undefined) return line(strings.FollowUpVerified.Checking);
  const fact = verification[`Agreements:${goal.agreementId}`];
  const spans = typeof fact === 'object' ? (fact.approvedSpans ?? []) : [];
  const goalId = goal.id;
  const found = latestVerifiedByGoal(
    checkIns.filter((c) => c.goalId === goalId),
    () => spans
  ).get(goalId);
  const c = found?.latest;
  const days = c === undefined ? 0 : daysSince(c.createdAt, new Date().toISOString().slice(0, 10));
  const age = days === 0 ? s.AgeToday : days === 1 ? s.AgeOneDay : format(s.AgeDays, days);
  const newer = found?.newerUnverified ?? 0;
  const v = strings.FollowUpVerified;
  return line(
    <>
      {c === undefined ? s.NoCheckInYet : `${s.Statuses[c.status]} (${age})`}
      {newer > 0 && (
        <span data-testid={`goal-unverified-check-ins-${goalId}`}>{` · ${newer === 1 ? v.NewerUnverifiedOne : format(v.NewerUnverified, newer)}`}</span>
      )}
    </>
  );
};

export default LatestCheckIn;
