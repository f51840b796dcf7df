// Overblik: the whole organisation for a year. The reads are the organisation-overview view
// query: one $batch (departments, the year's agreements, the year's goals filtered on the indexed
// Year column with only the summary columns, the strategy and its parts), pages past 5,000 rows
// followed afterwards; whatever the number of departments, a handful of requests.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { damagedItems, type DamagedItem } from '../../domain/damage';
import { buildOverview, type Overview } from '../../domain/overview';
import { createViewQueries } from '../queries/viewQueries';
import type { BatchOptions } from '../queries/batch';

/** The overview and the items of the year that could not be read completely (shown, not hidden). */
export type OverviewWithDamage = Overview & { damaged: DamagedItem[] };

export interface OverviewServices {
  /** The year's overview as of `today` (lateness is judged against it). */
  load(year: number, today?: Date): Promise<OverviewWithDamage>;
}

export function createOverviewServices(sp: SPFI, config: StageConfiguration, batchOptions: BatchOptions = {}): OverviewServices {
  const queries = createViewQueries(sp, config, batchOptions);
  return {
    async load(year, today = new Date()) {
      const data = await queries.loadOrganisationOverview(year);
      const damaged = damagedItems({ strategy: data.strategy?.strategy, agreements: data.agreements, goals: data.goals });
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
      return { ...overview, damaged };
    }
  };
}
