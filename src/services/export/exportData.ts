// The export's reads: one $batch, threshold-safe (every query starts on an indexed column, pages
// past 5,000 rows are followed afterwards). Loaded with the writer, on the first click.
import type { SPFI } from '@pnp/sp';
import type { Goal, StageConfiguration } from '../../domain';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import type { Page } from '../../data/repositories/paging';
import { inOneBatch, type BatchOptions } from '../../data/repositories/batch';
import type { ExportData } from './goalSheets';

export async function loadExportData(
  sp: SPFI, config: StageConfiguration, year: number, departmentId: number | undefined, batchOptions: BatchOptions = {}
): Promise<Omit<ExportData, 'today'>> {
  const goals = new GoalRepository(sp, config);
  const agreements = new AgreementRepository(sp, config);
  const strategies = new StrategyRepository(sp);
  const departments = new DepartmentRepository(sp);
  const pages = await inOneBatch(sp, (batched) => {
    const reads: Record<string, Promise<Page>> = {
      departments: departments.readPage(DepartmentRepository.all(), batched),
      agreements: agreements.readPage(AgreementRepository.forYear(year), batched),
      earlier: goals.readPage(GoalRepository.titlesForYear(year - 1), batched),
      ...strategies.readYearPages(year, batched)
    };
    if (departmentId === undefined) {
      reads.goals = goals.readPage(GoalRepository.forYear(year), batched);
    } else {
      reads.goals = goals.readPage(GoalRepository.forDepartmentYear(departmentId, year), batched);
      reads.shared = goals.readPage(GoalRepository.sharedWith(departmentId, year), batched);
    }
    return reads;
  }, batchOptions);
  const [departmentList, agreementList, earlier, parts, own, shared] = await Promise.all([
    departments.finishRead(pages.departments),
    agreements.finishRead(pages.agreements),
    goals.finishRead(pages.earlier),
    strategies.finishYear({ strategyPage: pages.strategyPage, trackPage: pages.trackPage, requirementPage: pages.requirementPage }),
    goals.finishRead(pages.goals),
    pages.shared ? goals.finishRead(pages.shared) : Promise.resolve([])
  ]);
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
    config
  };
}
