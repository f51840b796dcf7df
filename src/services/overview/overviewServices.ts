// Overblik: the whole organisation for a year. The reads are the organisation-overview view
// query: one $batch (departments, the year's agreements, the year's goals filtered on the indexed
// Year column with only the summary columns, the strategy and its parts), pages past 5,000 rows
// followed afterwards; whatever the number of departments, a handful of requests.
import type { SPFI } from '@pnp/sp';
import { findStage, type CheckIn, type FollowedGoal, type StageConfiguration } from '../../domain';
import { damagedItems, type DamagedItem } from '../../domain/damage';
import { buildOverview, type Overview } from '../../domain/overview';
import { latestVerifiedByGoal } from '../../domain/checkInAuthority';
import type { ApprovalServices } from '../approvals/approvalTypes';
import { createViewQueries } from '../queries/viewQueries';
import type { BatchOptions } from '../../data/repositories/batch';

/** The overview with the items of the year that could not be read completely (shown, not hidden)
 * and the year's follow-up (issue 18): the goals of approved agreements and each goal's latest
 * check-in the approval log backs; Overblik judges staleness against its own number of days. */
export type OverviewWithCheckIns = Overview & {
  damaged: DamagedItem[];
  followedGoals: FollowedGoal[];
  latestCheckIns: CheckIn[];
  /** Check-ins newer than a goal's status that the approval log does not back (not counted). */
  unverifiedCheckIns: number;
  dialogueAgreementIds: number[];
};

/** When the approval log shows each agreement approved (the approval services' approvedSpansOf). */
export type OverviewDeps = Pick<ApprovalServices, 'approvedSpansOf'>;

export interface OverviewServices {
  /** The year's overview as of `today` (lateness is judged against it). */
  load(year: number, today?: Date): Promise<OverviewWithCheckIns>;
}

/** Without `deps` no check-in counts (there is no log to back it): callers that show check-ins pass them. */
export function createOverviewServices(sp: SPFI, config: StageConfiguration, batchOptions: BatchOptions = {}, deps?: OverviewDeps): OverviewServices {
  const queries = createViewQueries(sp, config, batchOptions);
  return {
    async load(year, today = new Date()) {
      const data = await queries.loadOrganisationOverview(year);
      const damaged = damagedItems({
        strategy: data.strategy?.strategy,
        tracks: data.strategy?.tracks,
        requirements: data.strategy?.requirements,
        departments: data.departments,
        agreements: data.agreements,
        goals: data.goals
      });
      // Check-ins are given while an agreement is approved (checkInLock): those goals are followed.
      const followed = new Set(
        data.agreements.filter((a) => a.misfiled === undefined && ['approved', 'followUp'].includes(findStage(config, a.stage)?.kind ?? '')).map((a) => a.id)
      );
      const overview = buildOverview({
        year,
        departments: data.departments,
        agreements: data.agreements,
        goals: data.goals,
        strategy: data.strategy?.strategy,
        tracks: data.strategy?.tracks ?? [],
        requirements: data.strategy?.requirements ?? [],
        config,
        today
      });
      const followedGoals = data.goals
        .filter((g) => followed.has(g.agreementId))
        .map(({ id, departmentId, title, number }) => ({ id, departmentId, title, number }));
      // A check-in counts only when given while its agreement stood approved by the log (0008):
      // one more read (the followed agreements' log entries, 40 agreements a query) after the batch.
      const spans = deps !== undefined && followed.size > 0 ? await deps.approvedSpansOf([...followed]) : {};
      const agreementOf = new Map(data.goals.map((g) => [g.id, g.agreementId]));
      const departmentOf = new Map(data.goals.map((g) => [g.id, g.departmentId]));
      // A check-in counts for its goal only when written by the goal's department (its Department,
      // in that department's folder): another department's editor may file one on any goal id.
      const own = data.checkIns.filter((c) => followed.has(agreementOf.get(c.goalId) ?? -1) && departmentOf.get(c.goalId) === c.departmentId);
      const verified = latestVerifiedByGoal(own, (goalId) => spans[agreementOf.get(goalId) ?? -1]);
      const latestCheckIns = [...verified.values()].flatMap((v) => (v.latest === undefined ? [] : [v.latest]));
      const unverifiedCheckIns = [...verified.values()].reduce((sum, v) => sum + v.newerUnverified, 0);
      return { ...overview, damaged, followedGoals, latestCheckIns, unverifiedCheckIns, dialogueAgreementIds: data.dialogueAgreementIds };
    }
  };
}
