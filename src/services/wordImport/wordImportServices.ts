// The Word import's use cases (issue 19): read a file into a mapping, give the review what it needs
// to show and resolve names (the site's departments, the year's tracks and requirements), and save
// through the normal create path: the department's agreement of the year ("Opret årets aftale"'s
// ClientId), then each goal through the goal repository with a ClientId derived from the document
// and the goal's place in it. A second import of the same (or a corrected) file finds those goals
// and updates only what differs, sending each goal's ETag: someone's save in between is merged
// field by field and the rest reported as a conflict, as in the goal editor. SharePoint decides
// who may write (the department's folder); agreements or goals in a stage that locks editing are
// left alone and reported. Loaded on demand (chunk 'word-import-view', with mammoth and the review).
import type { SPFI } from '@pnp/sp';
import type { Agreement, Department, Goal, NewGoal, Requirement, StageConfiguration, Strategy, Track } from '../../domain';
import { isEditingLocked } from '../../domain/stageMachine';
import { contentChanges, contentOf, type AgreementContent } from '../../domain/agreementContent';
import { MERGEABLE_GOAL_KEYS, sameGoalValue } from '../../domain/goalMerge';
import { assemble, resolveGoal, type ResolveProblem } from '../../domain/wordImport/assemble';
import type { ImportMapping } from '../../domain/wordImport/recognise';
import { agreementContentOf, goalDraftOf } from '../../domain/wordImport/importDrafts';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import { agreementClientId, importedGoalClientId } from '../../data/repositories/clientId';
import { isDataError } from '../../data/errors/DataError';
import type { Versioned } from '../../data/repositories/listStore';
import { importDocument, type ImportedFile } from './importDocument';

export interface ImportYearContext {
  departments: Department[];
  strategy: Strategy | undefined;
  tracks: Track[];
  requirements: Requirement[];
}

export interface ImportTarget {
  mapping: ImportMapping;
  departmentId: number;
  year: number;
  yearTo?: number;
}

export type GoalSaveOutcome = 'created' | 'updated' | 'unchanged' | 'locked' | 'conflict' | 'noTitle';

export interface ImportSaveResult {
  agreementId: number;
  agreement: 'created' | 'updated' | 'unchanged' | 'locked';
  goals: Array<{ position: number; title: string; outcome: GoalSaveOutcome; goalId?: number }>;
  problems: ResolveProblem[];
}

export interface WordImportServices {
  /** Reads and recognises a file; rejects with an ImportFileError naming it. */
  readFile(fileName: string, data: ArrayBuffer): Promise<ImportedFile>;
  /** The site's departments and the year's DUS parts, to resolve names and show the review. */
  yearContext(year: number): Promise<ImportYearContext>;
  save(target: ImportTarget): Promise<ImportSaveResult>;
}

/** What differs between the stored goal and the draft, over the fields a user edits. */
function goalChanges(existing: Goal, draft: NewGoal): Partial<NewGoal> {
  const changes: Partial<NewGoal> = {};
  for (const key of MERGEABLE_GOAL_KEYS) {
    // The stage is the workflow's, not the document's: a re-import never moves a goal.
    if (key === 'stage') continue;
    if (!sameGoalValue(existing[key], draft[key])) (changes as Record<string, unknown>)[key] = draft[key];
  }
  return changes;
}

/** The document's fields only: what it does not say leaves the stored value alone. */
function providedChanges(existing: Agreement, imported: AgreementContent): Partial<AgreementContent> {
  const given: AgreementContent = { ...contentOf(existing) };
  for (const [key, value] of Object.entries(imported) as Array<[keyof AgreementContent, unknown]>) {
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (!empty) (given as Record<string, unknown>)[key] = value;
  }
  return contentChanges(contentOf(existing), given);
}

export function createWordImportServices(sp: SPFI, config: StageConfiguration): WordImportServices {
  const agreements = new AgreementRepository(sp, config);
  const goals = new GoalRepository(sp, config);
  const strategies = new StrategyRepository(sp);
  const departmentRepo = new DepartmentRepository(sp);

  async function yearContext(year: number): Promise<ImportYearContext> {
    const [departments, parts] = await Promise.all([departmentRepo.all(), strategies.forYear(year)]);
    return { departments, strategy: parts?.strategy, tracks: parts?.tracks ?? [], requirements: parts?.requirements ?? [] };
  }

  async function saveAgreement(target: ImportTarget, content: AgreementContent, title: string): Promise<{ agreement: Versioned<Agreement>; outcome: ImportSaveResult['agreement'] }> {
    const existing = await agreements.forDepartmentYear(target.departmentId, target.year);
    if (!existing) {
      // The same ClientId as "Opret årets aftale": whichever comes second finds the first's agreement.
      const created = await agreements.create({
        departmentId: target.departmentId,
        year: target.year,
        ...(target.yearTo !== undefined ? { yearTo: target.yearTo } : {}),
        title,
        ...content,
        stage: config.initialStage,
        clientId: agreementClientId(target.departmentId, target.year)
      });
      return { agreement: created, outcome: 'created' };
    }
    if (isEditingLocked(config, existing.stage)) return { agreement: existing, outcome: 'locked' };
    const changes = providedChanges(existing, content);
    if (Object.keys(changes).length === 0) return { agreement: existing, outcome: 'unchanged' };
    return { agreement: await agreements.update(existing, changes), outcome: 'updated' };
  }

  return {
    readFile: importDocument,
    yearContext,
    async save(target) {
      const context = await yearContext(target.year);
      const { agreement: imported, goals: importedGoals } = assemble(target.mapping);
      const { agreement, outcome } = await saveAgreement(target, agreementContentOf(imported, context.tracks), imported.title || target.mapping.title);
      const stored = new Map((await goals.forDepartmentYear(target.departmentId, target.year)).map((g) => [g.clientId, g]));
      const result: ImportSaveResult = { agreementId: agreement.id, agreement: outcome, goals: [], problems: [] };
      for (const goal of importedGoals) {
        const { resolved, problems } = resolveGoal(goal, { ...context, ownDepartmentId: target.departmentId });
        result.problems.push(...problems);
        const report = (o: GoalSaveOutcome, goalId?: number): void => {
          result.goals.push({ position: goal.position, title: goal.title, outcome: o, ...(goalId !== undefined ? { goalId } : {}) });
        };
        if (goal.title.trim() === '') { report('noTitle'); continue; }
        const clientId = importedGoalClientId(target.mapping.title, target.departmentId, target.year, goal);
        const existing = stored.get(clientId);
        const draft = goalDraftOf(goal, resolved, { agreementId: agreement.id, departmentId: target.departmentId, year: target.year, stage: existing?.stage ?? config.initialStage, clientId });
        if (!existing) {
          report('created', (await goals.create(draft)).id);
          continue;
        }
        if (isEditingLocked(config, existing.stage)) { report('locked', existing.id); continue; }
        const changes = goalChanges(existing, draft);
        if (Object.keys(changes).length === 0) { report('unchanged', existing.id); continue; }
        try {
          report('updated', (await goals.update(existing, changes)).id);
        } catch (e) {
          // Someone saved the goal since it was read: their fields stay, mine that did not collide
          // are saved (ListStore.update), the rest is reported for the editor's conflict dialog.
          if (isDataError(e) && e.kind === 'conflict') report('conflict', existing.id);
          else throw e;
        }
      }
      return result;
    }
  };
}
