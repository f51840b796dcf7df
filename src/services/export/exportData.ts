// The export's reads: one $batch, threshold-safe (every query starts on an indexed column, pages
// past 5,000 rows are followed afterwards). Loaded with the writer, on the first click.
import type { SPFI } from '@pnp/sp';
import type { Goal, StageConfiguration } from '../../domain';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import { GOAL, GOALS } from '../../data/repositories/mappers/goalMapper';
import type { Page } from '../../data/repositories/paging';
import { inOneBatch, type BatchOptions } from '../queries/batch';
import { CheckInRepository } from '../../data/repositories/followUpRepositories';
import { noListAsEmpty } from '../queries/viewQueries';
import type { ExportData } from './goalSheets';

/** Last year's goals are read only for the "Fortsætter fra" titles: ids, numbers and titles. */
const TITLE_SELECT = GOALS.select.filter((s) => ['Id', 'Title', GOAL.number, GOAL.year, `${GOAL.agreement}Id`, `${GOAL.department}Id`, GOAL.stage].includes(s));

export async function loadExportData(
  sp: SPFI, config: StageConfiguration, year: number, departmentId: number | undefined, batchOptions: BatchOptions = {}
): Promise<Omit<ExportData, 'today'>> {
  const goals = new GoalRepository(sp, config);
  const agreements = new AgreementRepository(sp, config);
  const strategies = new StrategyRepository(sp);
  const departments = new DepartmentRepository(sp);
  const checkIns = new CheckInRepository(sp);
  const pages = await inOneBatch(sp, (batched) => {
    const reads: Record<string, Promise<Page>> = {
      departments: departments.store.page(DepartmentRepository.all(), batched),
      agreements: agreements.store.page(AgreementRepository.forYear(year), batched),
      earlier: goals.store.page({ ...GoalRepository.forYear(year - 1), select: TITLE_SELECT }, batched),
      strategy: strategies.strategies.page(StrategyRepository.forYear(year), batched),
      tracks: strategies.tracks.page(StrategyRepository.allById(), batched),
      requirements: strategies.requirements.page(StrategyRepository.allById(), batched)
    };
    if (departmentId === undefined) {
      reads.goals = goals.store.page(GoalRepository.forYear(year), batched);
      // A site not yet re-provisioned has no CheckIns list: the export then has no check-ins.
      reads.checkIns = noListAsEmpty(checkIns.store.page(CheckInRepository.forYear(year), batched));
    } else {
      // The department's own check-ins; a goal shared with it from another department shows
      // its status in that department's export and the organisation's.
      reads.checkIns = noListAsEmpty(checkIns.store.page(CheckInRepository.forDepartmentYear(departmentId, year), batched));
      reads.goals = goals.store.page(GoalRepository.forDepartmentYear(departmentId, year), batched);
      reads.shared = goals.store.page(GoalRepository.sharedWith(departmentId, year), batched);
    }
    return reads;
  }, batchOptions);
  const [departmentList, agreementList, earlier, strategyList, tracks, requirements, own, shared, checkInList] = await Promise.all([
    departments.store.finish(pages.departments),
    agreements.store.finish(pages.agreements),
    goals.store.finish(pages.earlier),
    strategies.strategies.finish(pages.strategy),
    strategies.tracks.finish(pages.tracks),
    strategies.requirements.finish(pages.requirements),
    goals.store.finish(pages.goals),
    pages.shared ? goals.store.finish(pages.shared) : Promise.resolve([]),
    checkIns.store.finish(pages.checkIns)
  ]);
  const parts = StrategyRepository.assemble(strategyList, tracks, requirements);
  const ownIds = new Set(own.map((g) => g.id));
  const all: Goal[] = [...own, ...shared.filter((g) => !ownIds.has(g.id))];
  return {
    year,
    departmentId,
    departments: departmentList,
    agreements: agreementList,
    goals: all,
    earlierGoals: earlier,
    tracks: parts?.tracks ?? [],
    requirements: parts?.requirements ?? [],
    deadlines: parts?.strategy.deadlines ?? [],
    config,
    checkIns: checkInList
  };
}
