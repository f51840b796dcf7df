// The view reads: each view's data in one $batch (plus, the first time, the request digest the
// batch POST needs), every part threshold-safe. Pages beyond the first (a part with more than
// 5,000 rows) are followed after the batch, so the result is complete at any size.
import type { SPFI } from '@pnp/sp';
import { goalInYear, pickCovering, type GroupKey, type StageConfiguration } from '../../domain';
import { transitionsFrom } from '../../domain/stageMachine';
import { AgreementRepository, DepartmentRepository, GoalRepository, StrategyRepository } from '../../data/repositories';
import { CheckInRepository, DialogueRepository } from '../../data/repositories/followUpRepositories';
import type { Page } from '../../data/repositories/paging';
import { type BatchOptions, inOneBatch, noListAsEmpty } from '../../data/repositories/batch';
import type { ApprovalQueue, DepartmentView, GoalSummary, OrganisationOverview } from './viewTypes';

export interface ViewQueries {
  loadDepartmentView(departmentId: number, year: number): Promise<DepartmentView>;
  loadOrganisationOverview(year: number): Promise<OrganisationOverview>;
  loadApprovalQueue(groups: readonly GroupKey[]): Promise<ApprovalQueue>;
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

  return {
    async loadDepartmentView(departmentId: number, year: number): Promise<DepartmentView> {
      const pages = await inOneBatch(
        sp,
        (batched) => {
          return {
            agreementPage: agreements.readPage(AgreementRepository.forDepartmentYear(departmentId, year), batched),
            // The department's goals of the year, with those of a multi-year agreement that started
            // in an earlier year and still runs (goalInYear below decides with the agreement read here).
            ownPage: goals.readPage(GoalRepository.forDepartmentYears(departmentId, year), batched),
            sharedPage: goals.readPage(GoalRepository.sharedWith(departmentId, year), batched),
            // In the same batch: the department's check-ins of the year (the Department index first).
            checkInPage: noListAsEmpty(checkIns.readPage(CheckInRepository.summaryForDepartmentYear(departmentId, year), batched)),
            ...strategies.readCoveringYearPages(year, batched)
          };
        },
        batchOptions
      );
      const [agreementList, recent, shared, strategy, checkInList] = await Promise.all([
        agreements.finishRead(pages.agreementPage),
        goals.finishRead(pages.ownPage),
        goals.finishRead(pages.sharedPage),
        // A multi-year DUS (Til og med år) is the strategy of every year it covers.
        strategies.finishCoveringYear(pages, year),
        checkIns.finishRead(pages.checkInPage)
      ]);
      const agreement = pickCovering(agreementList, year);
      const own = recent.filter((g) => goalInYear(g, year, agreement ? [agreement] : []));
      const ownIds = new Set(own.map((g) => g.id));
      return {
        departmentId,
        year,
        agreement,
        goals: [...own, ...shared.filter((g) => !ownIds.has(g.id))].sort(byNumber),
        strategy,
        // Found by DepartmentYear, which the writer sets: only the department's own check-ins (its
        // Department, filed in its folder) on its own goals count.
        checkIns: checkInList.filter((c) => ownIds.has(c.goalId) && c.departmentId === departmentId && c.misfiled === undefined)
      };
    },

    async loadOrganisationOverview(year: number): Promise<OrganisationOverview> {
      const pages = await inOneBatch(
        sp,
        (batched) => {
          return {
            departmentPage: departments.readPage(DepartmentRepository.all(), batched),
            agreementPage: agreements.readPage(AgreementRepository.forYear(year), batched),
            goalPage: goals.readPage(GoalRepository.summaryForYear(year), batched),
            // The year's check-ins (the Year index first), only the columns the latest status needs.
            checkInPage: noListAsEmpty(checkIns.readPage(CheckInRepository.summaryForYear(year), batched)),
            // Which agreements had their contract dialogue (the Year index first; a few per agreement).
            dialoguePage: noListAsEmpty(dialogues.readPage(DialogueRepository.forYear(year), batched)),
            ...strategies.readCoveringYearPages(year, batched)
          };
        },
        batchOptions
      );
      const [departmentList, agreementList, yearGoals, strategy, checkInList, dialogueList] = await Promise.all([
        departments.finishRead(pages.departmentPage),
        agreements.finishRead(pages.agreementPage),
        goals.finishRead(pages.goalPage),
        strategies.finishCoveringYear(pages, year),
        checkIns.finishRead(pages.checkInPage),
        dialogues.finishRead(pages.dialoguePage)
      ]);
      // Multi-year agreements that started earlier cover this year: their goals (stored under the
      // first year) are read by agreement, one more request only when there are such agreements.
      const earlier = agreementList.filter((a) => a.year < year).map((a) => a.id);
      const goalList = earlier.length === 0 ? yearGoals : [...yearGoals, ...(await goals.summaryForAgreements(earlier))];
      const dialogueAgreementIds = [...new Set(dialogueList.map((d) => d.agreementId))];
      return {
        year,
        departments: departmentList,
        agreements: agreementList,
        goals: goalList.map(toSummary),
        strategy,
        checkIns: checkInList.filter((c) => c.misfiled === undefined),
        dialogueAgreementIds
      };
    },

    async loadApprovalQueue(groups: readonly GroupKey[]): Promise<ApprovalQueue> {
      // Only stages where an item waits for a decision: reviews and hearings. Approved or closed
      // stages fill up over the years and are no one's queue.
      const stages = config.stages
        .filter((s) => (s.kind === 'review' || s.kind === 'consultation') && transitionsFrom(config, s.code, groups).length > 0)
        .map((s) => s.code);
      if (stages.length === 0) return { stages, agreements: [], goals: [] };
      // One query per stage (an indexed equality each) rather than an OR across the index.
      const pages = await inOneBatch(
        sp,
        (batched) => {
          const reads: Record<string, Promise<Page>> = {};
          stages.forEach((stage, i) => {
            reads[`a${i}`] = agreements.readPage(agreements.inStageSpec(stage), batched);
            reads[`g${i}`] = goals.readPage(goals.inStageSpec(stage), batched);
          });
          return reads;
        },
        batchOptions
      );
      const agreementLists = await Promise.all(stages.map((_, i) => agreements.finishRead(pages[`a${i}`])));
      const goalLists = await Promise.all(stages.map((_, i) => goals.finishRead(pages[`g${i}`])));
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
