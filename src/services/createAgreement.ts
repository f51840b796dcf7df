// "Opret årets aftale": made once a year per department, so it loads on the click, with the
// agreement editor's chunk (where the leader goes next), not with the dashboard.
import type { SPFI } from '@pnp/sp';
import { periodText, type Agreement, type Department, type StageConfiguration } from '../domain';
import { AgreementRepository } from '../data/repositories/agreementRepository';
import { DepartmentRepository } from '../data/repositories/departmentRepository';
import { StrategyRepository } from '../data/repositories/strategyRepository';
import { agreementClientId } from '../data/repositories/clientId';

/** The department's agreement for the year, in the first stage; the one covering the year when it
 * exists already (idempotent; a multi-year agreement covers the year too). */
export async function createAgreement(
  sp: SPFI,
  config: StageConfiguration,
  departments: () => Promise<Department[]>,
  departmentId: number,
  year: number
): Promise<Agreement> {
  const agreements = new AgreementRepository(sp, config);
  const existing = await agreements.forDepartmentYear(departmentId, year);
  if (existing) return existing;
  const [department, strategy] = await Promise.all([
    departments().then((all) => all.find((d) => d.id === departmentId) ?? new DepartmentRepository(sp).getById(departmentId)),
    new StrategyRepository(sp).strategyCoveringYear(year)
  ]);
  // Made in the first year of a multi-year DUS (Til og med år), the agreement covers its years;
  // it starts with the sections the year's DUS names (like the goal template for goals).
  const yearTo = strategy !== undefined && strategy.year === year && (strategy.yearTo ?? year) > year ? strategy.yearTo : undefined;
  // The ClientId is derived from department and year, so two leaders pressing at once (or a
  // retry after a lost response) find the first agreement instead of making a second.
  return agreements.create({
    departmentId,
    year,
    yearTo,
    title: `Udviklingsaftale ${periodText({ year, yearTo })} for ${department.title}`,
    sections: (strategy?.agreementSections ?? []).map((heading) => ({ heading, body: '' })),
    policies: [],
    milestones: [],
    stage: config.initialStage,
    clientId: agreementClientId(departmentId, year)
  });
}
