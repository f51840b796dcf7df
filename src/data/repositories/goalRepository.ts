// Goals: the largest list (ten years of a big municipality pass 5,000 items). Every query starts
// on an indexed column: Department, Agreement, Year or Stage.
import type { SPFI } from '@pnp/sp';
import type { Goal, NewGoal, StageCode, StageConfiguration } from '../../domain';
import { stageLabel } from '../../domain/stageMachine';
import { and, anyOf, compare, eq, or } from '../odata';
import { MAX_AGREEMENT_YEARS } from '../../domain/yearSpan';
import type { Page } from './paging';
import { ListStore, type FolderPolicy, QuerySpec, Versioned } from './listStore';
import { GOAL, GOALS, goalMapping } from './mappers/goalMapper';
import { AGREEMENT } from './mappers/agreementMapper';

const id = (name: string): string => `${name}Id`;

const onlyFields = (fields: readonly string[]): string[] =>
  GOALS.select.filter((s) => fields.some((f) => s === f || s === id(f)) || s === 'Id' || s === 'FileDirRef');

/** Columns the overview reads: ids, stage and outcome, no long texts. FileDirRef: a goal outside
 * its department's folder is not counted as the department's (filing.ts). */
const SUMMARY_SELECT = onlyFields([
  GOAL.agreement,
  GOAL.department,
  GOAL.year,
  GOAL.number,
  'Title',
  GOAL.tracks,
  GOAL.requirements,
  GOAL.sharedWith,
  GOAL.stage,
  GOAL.outcome
]);

/** Last year's goals as the export names them ("Fortsætter fra"): ids, numbers and titles. */
const TITLE_SELECT = GOALS.select.filter((s) => ['Id', 'Title', GOAL.number, GOAL.year, id(GOAL.agreement), id(GOAL.department), GOAL.stage].includes(s));

/** Goals live in their department's folder; created with the values that carry no locale format. */
export const GOAL_FOLDERS: FolderPolicy<NewGoal> = {
  // Read when used: the schema's URL is the one place a test installation's prefix goes (schema/installation.ts).
  get listUrl(): string {
    return GOALS.list.url;
  },
  departmentOf: (goal) => goal.departmentId,
  formFields: {
    Title: 'Title',
    [GOAL.clientId]: GOAL.clientId,
    [id(GOAL.agreement)]: GOAL.agreement,
    [id(GOAL.department)]: GOAL.department,
    [GOAL.year]: GOAL.year,
    [GOAL.stage]: GOAL.stage
  }
};

export class GoalRepository {
  public readonly store: ListStore<Goal, NewGoal>;

  public constructor(
    sp: SPFI,
    private readonly config: StageConfiguration
  ) {
    this.store = new ListStore(sp, { ...goalMapping(config), folders: GOAL_FOLDERS });
  }

  /** The department's own goals of a year (the department is the more selective index). */
  public static forDepartmentYear(departmentId: number, year: number): QuerySpec {
    return { filter: and(eq(id(GOAL.department), departmentId), eq(GOAL.year, year)), indexedField: id(GOAL.department) };
  }

  /** Goals of other departments that this one shares (fællesmål). */
  public static sharedWith(departmentId: number, year: number): QuerySpec {
    return { filter: and(eq(GOAL.year, year), eq(id(GOAL.sharedWith), departmentId)), indexedField: GOAL.year };
  }

  /** The department's goals of the year: those stored under it, and those stored under one of the
   * MAX_AGREEMENT_YEARS - 1 years before it whose agreement runs to the year or later (a multi-year
   * agreement keeps its goals under its first year; goalInYear decides exactly). The agreement's
   * last year is read through the Agreement lookup (a projected field, joined by $expand): SharePoint
   * filters on an expanded lookup's field of a projectable type such as Number (pnp/pnpjs#1355,
   * #1258). Without that clause the read returned every goal of five years, about five times what
   * the year shows (tests/integration/data/threshold.test.ts holds it to the year's). */
  public static forDepartmentYears(departmentId: number, year: number): QuerySpec {
    return {
      filter: and(
        eq(id(GOAL.department), departmentId),
        compare(GOAL.year, 'ge', year - MAX_AGREEMENT_YEARS + 1),
        compare(GOAL.year, 'le', year),
        or(eq(GOAL.year, year), compare(`${GOAL.agreement}/${AGREEMENT.yearTo}`, 'ge', year))
      ),
      indexedField: id(GOAL.department),
      joins: [{ lookup: GOAL.agreement, fields: [AGREEMENT.yearTo] }]
    };
  }

  /** The goals of the given agreements (Agreement, indexed; an `or` on that one column). */
  public static forAgreements(agreementIds: readonly number[]): QuerySpec {
    return { filter: anyOf(id(GOAL.agreement), agreementIds), indexedField: id(GOAL.agreement) };
  }

  public static forYear(year: number): QuerySpec {
    return { filter: eq(GOAL.year, year), indexedField: GOAL.year };
  }

  /** The year's goals with the overview's columns only. */
  public static summaryForYear(year: number): QuerySpec {
    return { ...GoalRepository.forYear(year), select: SUMMARY_SELECT };
  }

  /** The year's goals with ids, numbers and titles only. */
  public static titlesForYear(year: number): QuerySpec {
    return { ...GoalRepository.forYear(year), select: TITLE_SELECT };
  }

  /** A department's goals over all years (a lineage usually stays within one department). */
  public static forDepartment(departmentId: number): QuerySpec {
    return { filter: eq(id(GOAL.department), departmentId), indexedField: id(GOAL.department) };
  }

  /** The year's goals that point to a track (Year is indexed; the multi-lookup clause narrows within it). */
  public static usingTrack(year: number, trackId: number): QuerySpec {
    return { filter: and(eq(GOAL.year, year), eq(id(GOAL.tracks), trackId)), indexedField: GOAL.year };
  }

  public static forAgreement(agreementId: number): QuerySpec {
    return { filter: eq(id(GOAL.agreement), agreementId), indexedField: id(GOAL.agreement) };
  }

  public inStageSpec(stage: StageCode): QuerySpec {
    return { filter: eq(GOAL.stage, stageLabel(this.config, stage)), indexedField: GOAL.stage };
  }

  public forDepartmentYear(departmentId: number, year: number): Promise<Array<Versioned<Goal>>> {
    return this.store.query(GoalRepository.forDepartmentYear(departmentId, year));
  }

  public forYear(year: number): Promise<Array<Versioned<Goal>>> {
    return this.store.query(GoalRepository.forYear(year));
  }

  public forAgreement(agreementId: number): Promise<Array<Versioned<Goal>>> {
    return this.store.query(GoalRepository.forAgreement(agreementId));
  }

  /** The goals of the given agreements (multi-year agreements' goals, stored under their first year). */
  public forAgreements(agreementIds: readonly number[]): Promise<Array<Versioned<Goal>>> {
    return this.store.query(GoalRepository.forAgreements(agreementIds));
  }

  /** As forAgreements, the summary columns only (as summaryForYear). */
  public summaryForAgreements(agreementIds: readonly number[]): Promise<Array<Versioned<Goal>>> {
    return this.store.query({ ...GoalRepository.forAgreements(agreementIds), select: SUMMARY_SELECT });
  }

  public forDepartment(departmentId: number): Promise<Array<Versioned<Goal>>> {
    return this.store.query(GoalRepository.forDepartment(departmentId));
  }

  public async countUsingTrack(year: number, trackId: number): Promise<number> {
    return (await this.store.query(GoalRepository.usingTrack(year, trackId))).length;
  }

  /** The first page of one of this repository's queries (its static specs) in a $batch
   * (inOneBatch); finishRead follows the rest of the pages and maps them. */
  public readPage(spec: QuerySpec, batched: SPFI): Promise<Page> {
    return this.store.page(spec, batched);
  }

  public finishRead(page: Page): Promise<Array<Versioned<Goal>>> {
    return this.store.finish(page);
  }

  public inStage(stage: StageCode): Promise<Array<Versioned<Goal>>> {
    return this.store.query(this.inStageSpec(stage));
  }

  public getById(goalId: number): Promise<Versioned<Goal>> {
    return this.store.getById(goalId);
  }

  public create(goal: NewGoal): Promise<Versioned<Goal>> {
    return this.store.create(goal);
  }

  public update(current: Versioned<Goal>, changes: Partial<NewGoal>): Promise<Versioned<Goal>> {
    return this.store.update(current, changes);
  }

  public remove(current: Versioned<Goal>): Promise<void> {
    return this.store.remove(current);
  }
}
