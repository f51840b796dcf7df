// Overblik: the whole organisation for a year. The reads are the organisation-overview view
// query: one $batch (departments, the year's agreements, the year's goals filtered on the indexed
// Year column with only the summary columns, the strategy and its parts), pages past 5,000 rows
// followed afterwards; whatever the number of departments, a handful of requests.
import type { SPFI } from '@pnp/sp';
import { findStage, type CheckIn, type FollowedGoal, type StageConfiguration } from '../../domain';
import { damagedItems, type DamagedItem } from '../../domain/damage';
import { buildOverview, type Overview } from '../../domain/overview';
import { createViewQueries } from '../queries/viewQueries';
import type { BatchOptions } from '../../data/repositories/batch';

/** The overview with the items of the year that could not be read completely (shown, not hidden)
 * and the year's follow-up (issue 18): the goals of approved agreements and each goal's latest
 * check-in; Overblik judges staleness against its own number of days. */
export type OverviewWithCheckIns = Overview & { damaged: DamagedItem[]; followedGoals: FollowedGoal[]; latestCheckIns: CheckIn[]; dialogueAgreementIds: number[] };

export interface OverviewServices {
  /** The year's overview as of `today` (lateness is judged against it). */
  load(year: number, today?: Date): Promise<OverviewWithCheckIns>;
}

export function createOverviewServices(sp: SPFI, config: StageConfiguration, batchOptions: BatchOptions = {}): OverviewServices {
  const queries = createViewQueries(sp, config, batchOptions);
  return {
    async load(year, today = new Date()) {
      const data = await queries.loadOrganisationOverview(year);
      const damaged = damagedItems({
        strategy: data.strategy?.strategy, tracks: data.strategy?.tracks, requirements: data.strategy?.requirements, departments: data.departments,
        agreements: data.agreements, goals: data.goals
      });
      // Check-ins are given while an agreement is approved (checkInLock): those goals are followed.
      const followed = new Set(data.agreements.filter((a) => a.misfiled === undefined && ['approved', 'followUp'].includes(findStage(config, a.stage)?.kind ?? '')).map((a) => a.id));
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
      const followedGoals = data.goals.filter((g) => followed.has(g.agreementId)).map(({ id, departmentId, title, number }) => ({ id, departmentId, title, number }));
      return { ...overview, damaged, followedGoals, latestCheckIns: data.latestCheckIns, dialogueAgreementIds: data.dialogueAgreementIds };
    }
  };
}
