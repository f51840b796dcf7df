// The year-end use cases load on first use into their own chunk: most page views never follow up,
// carry over or send reminders, so their code stays out of the main bundle.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { onFirstUse } from '../onFirstUse';
import type { YearEndDeps, YearEndServices } from './yearEndServices';

export function lazyYearEndServices(sp: SPFI, config: StageConfiguration, deps: YearEndDeps): YearEndServices {
  const services = onFirstUse(() => import(/* webpackChunkName: 'year-end' */ './yearEndServices').then((m) => m.createYearEndServices(sp, config, deps)));
  return {
    loadFollowUp: async (agreementId) => (await services()).loadFollowUp(agreementId),
    saveOutcome: async (agreement, current, input) => (await services()).saveOutcome(agreement, current, input),
    carryOver: async (agreementId, goalIds) => (await services()).carryOver(agreementId, goalIds),
    loadLineage: async (goalId) => (await services()).loadLineage(goalId),
    loadOutcomeSummaries: async (year) => (await services()).loadOutcomeSummaries(year),
    sendReminders: async (year, options) => (await services()).sendReminders(year, options)
  };
}
