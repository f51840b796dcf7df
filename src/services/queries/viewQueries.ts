// The view reads: each view's data in one $batch (plus, the first time, the request digest the
// batch POST needs), every part threshold-safe. Pages beyond the first (a part with more than
// 5,000 rows) are followed after the batch, so the result is complete at any size.
import type { SPFI } from '@pnp/sp';
import { latestByGoal, type GroupKey, type StageConfiguration } from '../../domain';
import { transitionsFrom } from '../../domain/stageMachine';
import {
  AgreementRepository, DepartmentRepository, GoalRepository, StrategyRepository, type QuerySpec, type StrategyWithParts
} from '../../data/repositories';
import { GOAL, GOALS } from '../../data/repositories/mappers/goalMapper';
import { CheckInRepository, DialogueRepository } from '../../data/repositories/followUpRepositories';
import { CHECK_IN } from '../../data/repositories/mappers/followUpMappers';
import type { Page } from '../../data/repositories/paging';
import { isDataError } from '../../data/errors/DataError';
import { BatchOptions, inOneBatch } from './batch';
import type { ApprovalQueue, DepartmentView, GoalSummary, OrganisationOverview } from './viewTypes';

export interface ViewQueries {
  loadDepartmentView(departmentId: number, year: number): Promise<DepartmentView>;
  loadOrganisationOverview(year: number): Promise<OrganisationOverview>;
  loadApprovalQueue(groups: readonly GroupKey[]): Promise<ApprovalQueue>;
}

/** Columns the overview reads from Goals: ids, stage and outcome, no long texts. */
const SUMMARY_FIELDS = [GOAL.agreement, GOAL.department, GOAL.year, GOAL.number, 'Title', GOAL.tracks,
  GOAL.requirements, GOAL.sharedWith, GOAL.stage, GOAL.outcome];
// FileDirRef: a goal outside its department's folder is not counted as the department's (filing.ts).
const SUMMARY_SELECT = GOALS.select.filter((s) => SUMMARY_FIELDS.some((f) => s === f || s === `${f}Id`) || s === 'Id' || s === 'FileDirRef');

/** Columns the department view reads from CheckIns: enough for each goal's latest status and age. */
const CHECK_IN_SUMMARY = ['Id', `${CHECK_IN.goal}Id`, `${CHECK_IN.department}Id`, CHECK_IN.year, CHECK_IN.status, 'Created', 'Modified', 'OData__UIVersionString'];

/**
 * A site provisioned before the CheckIns list existed answers 404 for it until the site owner runs
 * the provisioning again (README, "Building and deploying"): the views then show no check-ins
 * rather than failing as a whole.
 */
export function noListAsEmpty(page: Promise<Page>): Promise<Page> {
  return page.catch((e: unknown) => {
    if (isDataError(e) && e.kind === 'notFound') return { rows: [], nextLink: undefined };
    throw e;
  });
}

const byNumber = (a: { number?: number; id: number }, b: { number?: number; id: number }): number =>
  (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) || a.id - b.id;

export function createViewQueries(sp: SPFI, config: StageConfiguration, batchOptions: BatchOptions = {}): ViewQueries {
  const goals = new GoalRepository(sp, config);
  const agreements = new AgreementRepository(sp, config);
  const strategies = new StrategyRepository(sp);
  const departments = new DepartmentRepository(sp);
  const checkIns = new CheckInRepository(sp);
  const dialogues = new DialogueRepository(sp);

  // The year's strategy goes into the same batch as the rest; its tracks and requirements cannot
  // be filtered by a strategy id we do not have yet, so the two small lists are read whole by ID
  // (a few items per year) and matched to the strategy afterwards.
  const strategyReads = (batched: SPFI, year: number): { strategyPage: Promise<Page>; trackPage: Promise<Page>; requirementPage: Promise<Page> } => ({
    strategyPage: strategies.strategies.page(StrategyRepository.forYear(year), batched),
    trackPage: strategies.tracks.page(StrategyRepository.allById(), batched),
    requirementPage: strategies.requirements.page(StrategyRepository.allById(), batched)
  });

  async function strategyFrom(pages: { strategyPage: Page; trackPage: Page; requirementPage: Page }): Promise<StrategyWithParts | undefined> {
    const [list, tracks, requirements] = await Promise.all([
      strategies.strategies.finish(pages.strategyPage),
      strategies.tracks.finish(pages.trackPage),
      strategies.requirements.finish(pages.requirementPage)
    ]);
    return StrategyRepository.assemble(list, tracks, requirements);
  }

  return {
    async loadDepartmentView(departmentId: number, year: number): Promise<DepartmentView> {
      const pages = await inOneBatch(sp, (batched) => {
        return {
          agreementPage: agreements.store.page(AgreementRepository.forDepartmentYear(departmentId, year), batched),
          ownPage: goals.store.page(GoalRepository.forDepartmentYear(departmentId, year), batched),
          sharedPage: goals.store.page(GoalRepository.sharedWith(departmentId, year), batched),
          // In the same batch: the department's check-ins of the year (the Department index first).
          checkInPage: noListAsEmpty(checkIns.store.page({ ...CheckInRepository.forDepartmentYear(departmentId, year), select: CHECK_IN_SUMMARY }, batched)),
          ...strategyReads(batched, year)
        };
      }, batchOptions);
      const [agreementList, own, shared, strategy, checkInList] = await Promise.all([
        agreements.store.finish(pages.agreementPage),
        goals.store.finish(pages.ownPage),
        goals.store.finish(pages.sharedPage),
        strategyFrom(pages),
        checkIns.store.finish(pages.checkInPage)
      ]);
      const ownIds = new Set(own.map((g) => g.id));
      return {
        departmentId,
        year,
        agreement: agreementList[0],
        goals: [...own, ...shared.filter((g) => !ownIds.has(g.id))].sort(byNumber),
        strategy,
        latestCheckIns: [...latestByGoal(checkInList.filter((c) => ownIds.has(c.goalId))).values()]
      };
    },

    async loadOrganisationOverview(year: number): Promise<OrganisationOverview> {
      const summary: QuerySpec = { ...GoalRepository.forYear(year), select: SUMMARY_SELECT };
      const pages = await inOneBatch(sp, (batched) => {
        return {
          departmentPage: departments.store.page(DepartmentRepository.all(), batched),
          agreementPage: agreements.store.page(AgreementRepository.forYear(year), batched),
          goalPage: goals.store.page(summary, batched),
          // The year's check-ins (the Year index first), only the columns the latest status needs.
          checkInPage: noListAsEmpty(checkIns.store.page({ ...CheckInRepository.forYear(year), select: CHECK_IN_SUMMARY }, batched)),
          // Which agreements had their contract dialogue (the Year index first; a few per agreement).
          dialoguePage: noListAsEmpty(dialogues.store.page(DialogueRepository.forYear(year), batched)),
          ...strategyReads(batched, year)
        };
      }, batchOptions);
      const [departmentList, agreementList, goalList, strategy, checkInList, dialogueList] = await Promise.all([
        departments.store.finish(pages.departmentPage),
        agreements.store.finish(pages.agreementPage),
        goals.store.finish(pages.goalPage),
        strategyFrom(pages),
        checkIns.store.finish(pages.checkInPage),
        dialogues.store.finish(pages.dialoguePage)
      ]);
      const latestCheckIns = [...latestByGoal(checkInList.filter((c) => c.misfiled === undefined)).values()];
      const dialogueAgreementIds = [...new Set(dialogueList.map((d) => d.agreementId))];
      return { year, departments: departmentList, agreements: agreementList, goals: goalList.map(toSummary), strategy, latestCheckIns, dialogueAgreementIds };
    },

    async loadApprovalQueue(groups: readonly GroupKey[]): Promise<ApprovalQueue> {
      // Only stages where an item waits for a decision: reviews and hearings. Approved or closed
      // stages fill up over the years and are no one's queue.
      const stages = config.stages
        .filter((s) => (s.kind === 'review' || s.kind === 'consultation') && transitionsFrom(config, s.code, groups).length > 0)
        .map((s) => s.code);
      if (stages.length === 0) return { stages, agreements: [], goals: [] };
      // One query per stage (an indexed equality each) rather than an OR across the index.
      const pages = await inOneBatch(sp, (batched) => {
        const reads: Record<string, Promise<Page>> = {};
        stages.forEach((stage, i) => {
          reads[`a${i}`] = agreements.store.page(agreements.inStageSpec(stage), batched);
          reads[`g${i}`] = goals.store.page(goals.inStageSpec(stage), batched);
        });
        return reads;
      }, batchOptions);
      const agreementLists = await Promise.all(stages.map((_, i) => agreements.store.finish(pages[`a${i}`])));
      const goalLists = await Promise.all(stages.map((_, i) => goals.store.finish(pages[`g${i}`])));
      return { stages, agreements: agreementLists.flat(), goals: goalLists.flat() };
    }
  };
}

function toSummary(g: GoalSummary): GoalSummary {
  const { id, agreementId, departmentId, year, number, title, trackIds, requirementIds, sharedWithDepartmentIds, stage, outcome } = g;
  const s: GoalSummary = { id, agreementId, departmentId, year, title, trackIds, requirementIds, sharedWithDepartmentIds, stage };
  if (number !== undefined) s.number = number;
  if (outcome !== undefined) s.outcome = outcome;
  // A goal read with damage (e.g. an empty Department lookup) stays marked in the overview.
  if (g.damage !== undefined) s.damage = g.damage;
  return s;
}
