// The dashboard's use cases over the repositories: the years, a department's view, an agreement
// for the document, the goal editor's data, saving a goal, starting the year's agreement.
import type { SPFI } from '@pnp/sp';
import { coveredYears, goalTemplateFor, MISSING_ID, type Department, type StageConfiguration } from '../domain';
// Repositories by file, not through the index: the index also exports sanitizeHtml, and DOMPurify
// has no place in the main bundle (nothing on the dashboard renders HTML).
import { AgreementRepository } from '../data/repositories/agreementRepository';
import { DepartmentRepository } from '../data/repositories/departmentRepository';
import { GoalRepository } from '../data/repositories/goalRepository';
import { DialogueRepository } from '../data/repositories/followUpRepositories';
import { StrategyRepository } from '../data/repositories/strategyRepository';
import { DataError, isDataError } from '../data/errors/DataError';
import { createViewQueries } from './queries';
import type { AppServices, DepartmentViewData } from './AppServices';

export type DashboardServices = Pick<
  AppServices,
  'listYears' | 'loadDepartmentView' | 'loadAgreementDocument' | 'loadGoalEditor' | 'saveGoal' | 'createAgreement'
>;

/** A site not yet provisioned with the Dialogues list (issue 18) prints no dialogues, not an error. */
function noDialoguesList(e: unknown): [] {
  if (isDataError(e) && e.kind === 'notFound') return [];
  throw e;
}

export function createDashboardServices(sp: SPFI, config: StageConfiguration, departments: () => Promise<Department[]>): DashboardServices {
  const queries = createViewQueries(sp, config);
  const departmentRepo = new DepartmentRepository(sp);
  const strategyRepo = new StrategyRepository(sp);
  const agreementRepo = new AgreementRepository(sp, config);
  const goalRepo = new GoalRepository(sp, config);
  const dialogueRepo = new DialogueRepository(sp);

  const strategyParts = async (year: number): Promise<Pick<DepartmentViewData, 'strategy' | 'tracks' | 'requirements'>> => {
    const parts = await strategyRepo.forYear(year);
    return { strategy: parts?.strategy, tracks: parts?.tracks ?? [], requirements: parts?.requirements ?? [] };
  };

  return {
    async listYears(): Promise<number[]> {
      // Strategies give the DUS years; agreements of the last 15 years add years without a DUS in
      // the lists (older agreements). Both reads go out together.
      const [strategies, agreements] = await Promise.all([strategyRepo.all(), agreementRepo.since(new Date().getFullYear() - 15)]);
      const years = new Set<number>(agreements.map((a) => a.year));
      for (const item of [...strategies, ...agreements]) for (const y of coveredYears(item)) years.add(y);
      return Array.from(years).sort((a, b) => b - a);
    },
    async loadDepartmentView(departmentId, year) {
      const [view, all] = await Promise.all([queries.loadDepartmentView(departmentId, year), departments()]);
      const department = all.find((d) => d.id === departmentId) ?? (await departmentRepo.getById(departmentId));
      return {
        department,
        year,
        agreement: view.agreement,
        goals: view.goals,
        strategy: view.strategy?.strategy,
        tracks: view.strategy?.tracks ?? [],
        requirements: view.strategy?.requirements ?? [],
        checkIns: view.checkIns
      };
    },
    async loadAgreementDocument(agreementId) {
      const agreement = await agreementRepo.getById(agreementId);
      const [goals, parts, all, dialogues] = await Promise.all([
        goalRepo.forAgreement(agreementId),
        strategyParts(agreement.year),
        departments(),
        dialogueRepo.forAgreement(agreementId).catch(noDialoguesList)
      ]);
      const department = all.find((d) => d.id === agreement.departmentId) ?? (await departmentRepo.getById(agreement.departmentId));
      return { department, departments: all, year: agreement.year, agreement, goals, dialogues, ...parts };
    },
    async loadGoalEditor(target) {
      const existing = 'goalId' in target ? await goalRepo.getById(target.goalId) : undefined;
      const agreement =
        existing?.agreementId === MISSING_ID
          ? // A goal whose agreement lookup is empty (damaged) opens read-only over its department's
            // agreement of the year, found by the goal's own department and year.
            await agreementRepo
              .forDepartmentYear(existing.departmentId, existing.year)
              .then((a) => a ?? Promise.reject(new DataError('notFound', { detail: `Goal ${existing.id} has no agreement` })))
          : await agreementRepo.getById(existing ? existing.agreementId : (target as { agreementId: number }).agreementId);
      const [parts, all, previousYearGoals] = await Promise.all([
        strategyParts(agreement.year),
        departments(),
        goalRepo.forDepartmentYear(agreement.departmentId, agreement.year - 1)
      ]);
      return {
        agreement,
        strategy: parts.strategy,
        tracks: parts.tracks,
        requirements: parts.requirements,
        departments: all,
        previousYearGoals,
        existing: existing ? { goal: existing, etag: existing.etag } : undefined,
        template: goalTemplateFor(parts.strategy, parts.tracks)
      };
    },
    async saveGoal(goal, existing) {
      const saved = existing ? await goalRepo.update({ ...existing.goal, etag: existing.etag }, goal) : await goalRepo.create(goal);
      return { goal: saved, etag: saved.etag };
    },
    // "Opret årets aftale" loads on the click, with the agreement editor's chunk (createAgreement.ts).
    createAgreement: (departmentId, year) =>
      import(/* webpackChunkName: 'agreement-editor' */ './createAgreement').then((m) => m.createAgreement(sp, config, departments, departmentId, year))
  };
}
