// The Word import's use cases (issue 19): read a file into a mapping, give the review what it needs
// to show and resolve names (the site's departments, the year's tracks and requirements), and save
// through the normal create path: the department's agreement of the year ("Opret årets aftale"'s
// ClientId), then each goal through the goal repository with a ClientId derived from the document
// and the goal's number. A second import of the same (or a corrected) file finds those goals (by
// number, else by content: goalMatching.ts) and merges three ways (reimportMerge.ts, decision 0011):
// what the file changed since the earlier import is written, what the app changed is kept, and a
// field both changed is a conflict the user answers in the review (`choices` on the next save);
// every write sends the item's ETag and stores the new base in the same update. SharePoint decides
// who may write (the department's folder); agreements or goals in a stage that locks editing are
// left alone and reported. Loaded on demand (chunk 'word-import-view', with mammoth and the review).
import type { SPFI } from '@pnp/sp';
import type { Department, Goal, NewGoal, Requirement, StageConfiguration, Strategy, Track } from '../../domain';
import { isEditingLocked } from '../../domain/stageMachine';
import { AGREEMENT_CONTENT_KEYS, contentOf, type AgreementContent, type AgreementContentKey } from '../../domain/agreementContent';
import { MERGEABLE_GOAL_KEYS, type GoalKey } from '../../domain/goalMerge';
import { assemble, resolveGoal, type ResolveProblem } from '../../domain/wordImport/assemble';
import type { ImportMapping } from '../../domain/wordImport/recognise';
import { agreementContentOf, goalDraftOf } from '../../domain/wordImport/importDrafts';
import { baseOf, mergeSections, threeWayMerge, type ImportBase, type MergeChoice } from '../../domain/wordImport/reimportMerge';
import { matchGoals, type EarlierGoal, type IncomingGoal } from '../../domain/wordImport/goalMatching';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import { WordImportRepository, type WithBase } from '../../data/repositories/wordImportRepository';
import { agreementClientId } from '../../data/repositories/clientId';
import { importedGoalClientId, importedNewGoalClientId } from '../../data/repositories/importClientIds';
import { isDataError } from '../../data/errors/DataError';
import type { Versioned } from '../../data/repositories/listStore';
import { importDocument, type ImportedFile } from './importDocument';

export interface ImportYearContext {
  departments: Department[];
  strategy: Strategy | undefined;
  tracks: Track[];
  requirements: Requirement[];
  /** The years that have a DUS, newest first: offered when this year has none. */
  strategyYears: number[];
}

export interface ImportTarget {
  mapping: ImportMapping;
  departmentId: number;
  year: number;
  yearTo?: number;
  /** In a year without a DUS: the year whose tracks the marked columns are read against, or 'skip'
   * (the marks are then saved as nothing and reported). */
  trackYear?: number | 'skip';
  /** Answers to conflicts an earlier save reported (ImportConflict.key -> mine | theirs). */
  choices?: Readonly<Record<string, MergeChoice>>;
}

export type GoalSaveOutcome = 'created' | 'updated' | 'unchanged' | 'locked' | 'conflict' | 'noTitle';

/** A field the file and the app both changed since the earlier import: nothing is written to it
 * until the user picks one (ImportTarget.choices). */
export interface ImportConflict {
  key: string;
  item: 'agreement' | 'goal';
  /** The goal's title (goals only). */
  goalTitle?: string;
  field: GoalKey | AgreementContentKey;
  /** For a free section: its heading. */
  sectionHeading?: string;
  mine: unknown;
  theirs: unknown;
}

export interface ImportSaveResult {
  agreementId: number;
  agreement: 'created' | 'updated' | 'unchanged' | 'locked' | 'conflict';
  goals: Array<{ position: number; title: string; outcome: GoalSaveOutcome; goalId?: number }>;
  problems: ResolveProblem[];
  conflicts: ImportConflict[];
}

export interface WordImportServices {
  /** Reads and recognises a file; rejects with an ImportFileError naming it. */
  readFile(fileName: string, data: ArrayBuffer): Promise<ImportedFile>;
  /** The site's departments and the year's DUS parts, to resolve names and show the review. */
  yearContext(year: number): Promise<ImportYearContext>;
  save(target: ImportTarget): Promise<ImportSaveResult>;
}

/** What an import writes of a goal: everything the user edits but the workflow's stage and the
 * carry-over link, which no document states. */
export const GOAL_IMPORT_KEYS: readonly GoalKey[] = MERGEABLE_GOAL_KEYS.filter((k) => k !== 'stage' && k !== 'continuesFromId');
/** The agreement's fields merged one by one; its free sections are merged by heading. */
const AGREEMENT_IMPORT_KEYS = AGREEMENT_CONTENT_KEYS.filter((k) => k !== 'sections');

export const agreementChoiceKey = (field: string): string => `agreement:${field}`;
export const goalChoiceKey = (clientId: string, field: string): string => `goal:${clientId}:${field}`;

const sameBase = (a: ImportBase | undefined, b: ImportBase): boolean =>
  a !== undefined && Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);

function agreementBase(content: AgreementContent): Record<string, string> {
  const sections = mergeSections(undefined, content.sections, []).base;
  return { ...baseOf(AGREEMENT_IMPORT_KEYS, content), ...sections };
}

export function createWordImportServices(sp: SPFI, config: StageConfiguration): WordImportServices {
  const repo = new WordImportRepository(sp, config);
  const strategies = new StrategyRepository(sp);
  const departmentRepo = new DepartmentRepository(sp);

  async function yearContext(year: number): Promise<ImportYearContext> {
    const [departments, parts, strategyYears] = await Promise.all([departmentRepo.all(), strategies.forYear(year), repo.strategyYears()]);
    return { departments, strategy: parts?.strategy, tracks: parts?.tracks ?? [], requirements: parts?.requirements ?? [], strategyYears };
  }

  async function saveAgreement(
    target: ImportTarget,
    content: AgreementContent,
    title: string,
    conflicts: ImportConflict[]
  ): Promise<{ agreementId: number; outcome: ImportSaveResult['agreement'] }> {
    const existing = await repo.agreement(target.departmentId, target.year);
    if (!existing) {
      // The same ClientId as "Opret årets aftale": whichever comes second finds the first's agreement.
      const created = await repo.createAgreement({
        departmentId: target.departmentId,
        year: target.year,
        ...(target.yearTo !== undefined ? { yearTo: target.yearTo } : {}),
        title,
        ...content,
        stage: config.initialStage,
        clientId: agreementClientId(target.departmentId, target.year),
        importBase: agreementBase(content)
      });
      return { agreementId: created.id, outcome: 'created' };
    }
    if (isEditingLocked(config, existing.stage)) return { agreementId: existing.id, outcome: 'locked' };
    const choices = target.choices ?? {};
    const stored = contentOf(existing);
    const fields = threeWayMerge(AGREEMENT_IMPORT_KEYS, existing.importBase, content, stored, choices, agreementChoiceKey);
    const sectionChoices = Object.fromEntries(
      Object.entries(choices)
        .filter(([k]) => k.startsWith('agreement:section:'))
        .map(([k, v]) => [k.slice('agreement:'.length), v])
    );
    const sections = mergeSections(existing.importBase, content.sections, stored.sections, sectionChoices);
    for (const c of fields.conflicts) conflicts.push({ key: agreementChoiceKey(c.key), item: 'agreement', field: c.key, mine: c.mine, theirs: c.theirs });
    for (const c of sections.conflicts)
      conflicts.push({ key: agreementChoiceKey(c.key), item: 'agreement', field: 'sections', sectionHeading: c.heading, mine: c.mine, theirs: c.theirs });
    const changes: Partial<AgreementContent> = { ...(fields.apply as Partial<AgreementContent>), ...(sections.changed ? { sections: sections.sections } : {}) };
    const base = { ...fields.base, ...sections.base };
    const waiting = fields.conflicts.length + sections.conflicts.length > 0;
    if (Object.keys(changes).length === 0 && sameBase(existing.importBase, base))
      return { agreementId: existing.id, outcome: waiting ? 'conflict' : 'unchanged' };
    await repo.updateAgreement(existing, { ...changes, importBase: base });
    return { agreementId: existing.id, outcome: Object.keys(changes).length > 0 ? 'updated' : waiting ? 'conflict' : 'unchanged' };
  }

  return {
    readFile: importDocument,
    yearContext,
    async save(target) {
      const context = await yearContext(target.year);
      // A year without a DUS: the marks are read against the year the user picked, or kept aside.
      const borrowed = context.strategy === undefined && typeof target.trackYear === 'number' ? await strategies.forYear(target.trackYear) : undefined;
      const tracks = borrowed?.tracks ?? context.tracks;
      const withoutStrategy = context.strategy === undefined && borrowed === undefined;
      const { agreement: imported, goals: importedGoals } = assemble(target.mapping);
      const conflicts: ImportConflict[] = [];
      const { agreementId, outcome } = await saveAgreement(target, agreementContentOf(imported, tracks), imported.title || target.mapping.title, conflicts);
      const stored = await repo.goalsOf(target.departmentId, target.year);
      const byClientId = new Map(stored.map((g) => [g.clientId, g]));
      const titled = importedGoals.filter((g) => g.title.trim() !== '');
      const incoming: IncomingGoal[] = titled.map((g) => ({
        position: g.position,
        number: g.number,
        title: g.title,
        text: [g.purpose, g.goalStatement].filter(Boolean).join('\n'),
        keyId: importedGoalClientId(target.mapping.title, target.departmentId, target.year, g)
      }));
      const keyIds = new Set(incoming.map((g) => g.keyId));
      // The earlier import's goals: those carrying a base, or (written before bases) its ClientIds.
      const earlier: EarlierGoal[] = stored
        .filter(
          (g): g is Versioned<WithBase<Goal>> & { clientId: string } => g.clientId !== undefined && (g.importBase !== undefined || keyIds.has(g.clientId))
        )
        .map((g) => ({ clientId: g.clientId, title: g.title, text: [g.purpose, g.goalStatement].filter(Boolean).join('\n') }));
      const matched = matchGoals(incoming, earlier);
      const used = new Set([...stored.map((g) => g.clientId), ...matched.values()]);
      const result: ImportSaveResult = { agreementId, agreement: outcome, goals: [], problems: [], conflicts };
      for (const goal of importedGoals) {
        const { resolved, problems } = resolveGoal(goal, {
          ...context,
          tracks,
          withoutStrategy,
          ownDepartmentId: target.departmentId,
          agreementPolicies: imported.policies
        });
        result.problems.push(...problems);
        const report = (o: GoalSaveOutcome, goalId?: number): void => {
          result.goals.push({ position: goal.position, title: goal.title, outcome: o, ...(goalId !== undefined ? { goalId } : {}) });
        };
        if (goal.title.trim() === '') {
          report('noTitle');
          continue;
        }
        let clientId = matched.get(goal.position);
        if (clientId === undefined) {
          // A new goal: its number's id when free, else one named by its title.
          const keyId = incoming.find((g) => g.position === goal.position)?.keyId ?? '';
          clientId = keyId;
          for (let n = 1; used.has(clientId); n++) clientId = importedNewGoalClientId(target.mapping.title, target.departmentId, target.year, goal.title, n);
          used.add(clientId);
        }
        const existing = byClientId.get(clientId);
        const draft: NewGoal = goalDraftOf(goal, resolved, {
          agreementId,
          departmentId: target.departmentId,
          year: target.year,
          stage: existing?.stage ?? config.initialStage,
          clientId
        });
        if (!existing) {
          report('created', (await repo.createGoal({ ...draft, importBase: baseOf(GOAL_IMPORT_KEYS, draft) })).id);
          continue;
        }
        if (isEditingLocked(config, existing.stage)) {
          report('locked', existing.id);
          continue;
        }
        const id = clientId;
        const merge = threeWayMerge(GOAL_IMPORT_KEYS, existing.importBase, draft, existing, target.choices, (k) => goalChoiceKey(id, k));
        for (const c of merge.conflicts)
          conflicts.push({ key: goalChoiceKey(id, c.key), item: 'goal', goalTitle: existing.title, field: c.key, mine: c.mine, theirs: c.theirs });
        const changed = Object.keys(merge.apply).length > 0;
        // A goal partly updated counts as updated; its waiting fields are in `conflicts`.
        const outcomeOf = (): GoalSaveOutcome => (changed ? 'updated' : merge.conflicts.length > 0 ? 'conflict' : 'unchanged');
        if (!changed && sameBase(existing.importBase, merge.base)) {
          report(outcomeOf(), existing.id);
          continue;
        }
        try {
          await repo.updateGoal(existing, { ...(merge.apply as Partial<NewGoal>), importBase: merge.base });
          report(outcomeOf(), existing.id);
        } catch (e) {
          // Someone saved the goal in the moment since it was read: their fields stay, mine that did
          // not collide are saved (ListStore.update); the next import shows the rest.
          if (isDataError(e) && e.kind === 'conflict') report('conflict', existing.id);
          else throw e;
        }
      }
      return result;
    }
  };
}
