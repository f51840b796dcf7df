// The export's reads: one $batch, threshold-safe (every query starts on an indexed column, pages
// past 5,000 rows are followed afterwards). Loaded with the writer, on the first click.
import type { SPFI } from '@pnp/sp';
import { goalInYear, type Goal, type StageConfiguration } from '../../domain';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import type { Page } from '../../data/repositories/paging';
import { inOneBatch, noListAsEmpty, type BatchOptions } from '../../data/repositories/batch';
import { CheckInRepository } from '../../data/repositories/followUpRepositories';
import type { ExportData } from './goalSheets';

export async function loadExportData(
  sp: SPFI,
  config: StageConfiguration,
  year: number,
  departmentId: number | undefined,
  batchOptions: BatchOptions = {}
): Promise<Omit<ExportData, 'today'>> {
  const goals = new GoalRepository(sp, config);
  const agreements = new AgreementRepository(sp, config);
  const strategies = new StrategyRepository(sp);
  const departments = new DepartmentRepository(sp);
  const checkIns = new CheckInRepository(sp);
  const pages = await inOneBatch(
    sp,
    (batched) => {
      const reads: Record<string, Promise<Page>> = {
        departments: departments.readPage(DepartmentRepository.all(), batched),
        agreements: agreements.readPage(AgreementRepository.forYear(year), batched),
        earlier: goals.readPage(GoalRepository.titlesForYear(year - 1), batched),
        ...strategies.readCoveringYearPages(year, batched)
      };
      if (departmentId === undefined) {
        reads.goals = goals.readPage(GoalRepository.forYear(year), batched);
        // A site not yet re-provisioned has no CheckIns list: the export then has no check-ins.
        reads.checkIns = noListAsEmpty(checkIns.readPage(CheckInRepository.forYear(year), batched));
      } else {
        // The department's own check-ins; a goal shared with it from another department shows
        // its status in that department's export and the organisation's.
        reads.checkIns = noListAsEmpty(checkIns.readPage(CheckInRepository.forDepartmentYear(departmentId, year), batched));
        reads.goals = goals.readPage(GoalRepository.forDepartmentYears(departmentId, year), batched);
        reads.shared = goals.readPage(GoalRepository.sharedWith(departmentId, year), batched);
      }
      return reads;
    },
    batchOptions
  );
  const [departmentList, agreementList, earlier, parts, own, shared, checkInList] = await Promise.all([
    departments.finishRead(pages.departments),
    agreements.finishRead(pages.agreements),
    goals.finishRead(pages.earlier),
    strategies.finishCoveringYear({ strategyPage: pages.strategyPage, trackPage: pages.trackPage, requirementPage: pages.requirementPage }, year),
    goals.finishRead(pages.goals),
    pages.shared ? goals.finishRead(pages.shared) : Promise.resolve([]),
    checkIns.finishRead(pages.checkIns)
  ]);
  // Multi-year agreements that started earlier cover the year: their goals are stored under their
  // first year, read by agreement (one more request, only when there are such agreements).
  const earlierIds = agreementList.filter((a) => a.year < year && (departmentId === undefined || a.departmentId === departmentId)).map((a) => a.id);
  const spanning = departmentId === undefined && earlierIds.length > 0 ? await goals.forAgreements(earlierIds) : [];
  const inYear = [...own, ...spanning].filter((g) => goalInYear(g, year, agreementList));
  const ownIds = new Set(inYear.map((g) => g.id));
  const all: Goal[] = [...inYear, ...shared.filter((g) => !ownIds.has(g.id))];
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
