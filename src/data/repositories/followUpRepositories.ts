// Check-ins and contract dialogues (issue 18). Check-ins live in their department's folder
// (created with the same form-values path as goals, src/data/repositories/listStore.ts
// createInFolder); dialogues at the list's root, written by the board and the secretariat only.
// Either way SharePoint decides who writes. Every query starts on an indexed column: Goal, Department, Year
// or Agreement.
import type { SPFI } from '@pnp/sp';
import type { CheckIn, Dialogue, NewCheckIn, NewDialogue } from '../../domain';
import { eq } from '../odata';
import { ListStore, type FolderPolicy, type QuerySpec, type Versioned } from './listStore';
import type { Page } from './paging';
import { CHECK_IN, CHECK_INS, checkInMapping, DIALOGUE, departmentYearKey, dialogueMapping } from './mappers/followUpMappers';

const id = (name: string): string => `${name}Id`;

/** Columns a view reads from CheckIns: enough for each goal's latest status and age. */
const CHECK_IN_SUMMARY = [
  'Id',
  `${CHECK_IN.goal}Id`,
  `${CHECK_IN.department}Id`,
  CHECK_IN.year,
  CHECK_IN.status,
  'Created',
  'Modified',
  'OData__UIVersionString'
];

/** Created with the values that carry no locale format; the value and its date follow by MERGE. */
const CHECK_IN_FOLDERS: FolderPolicy<NewCheckIn> = {
  listUrl: CHECK_INS.list.url,
  departmentOf: (c) => c.departmentId,
  formFields: {
    Title: 'Title',
    [CHECK_IN.clientId]: CHECK_IN.clientId,
    [id(CHECK_IN.goal)]: CHECK_IN.goal,
    [id(CHECK_IN.department)]: CHECK_IN.department,
    [CHECK_IN.year]: CHECK_IN.year,
    [CHECK_IN.departmentYear]: CHECK_IN.departmentYear,
    [CHECK_IN.status]: CHECK_IN.status
  }
};

export class CheckInRepository {
  public readonly store: ListStore<CheckIn, NewCheckIn>;

  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, { ...checkInMapping, folders: CHECK_IN_FOLDERS });
  }

  /** One goal's check-ins: the goal's own index, one request for the timeline. */
  public static forGoal(goalId: number): QuerySpec {
    return { filter: eq(id(CHECK_IN.goal), goalId), indexedField: id(CHECK_IN.goal) };
  }

  /** The department's check-ins of a year, on the index of the pair (neither Department nor Year
   * alone stays under 5,000 matches at scale; listFollowUp.ts). */
  public static forDepartmentYear(departmentId: number, year: number): QuerySpec {
    return { filter: eq(CHECK_IN.departmentYear, departmentYearKey(departmentId, year)), indexedField: CHECK_IN.departmentYear };
  }

  public static forYear(year: number): QuerySpec {
    return { filter: eq(CHECK_IN.year, year), indexedField: CHECK_IN.year };
  }

  /** The department's check-ins of a year, only the columns of the latest status. */
  public static summaryForDepartmentYear(departmentId: number, year: number): QuerySpec {
    return { ...CheckInRepository.forDepartmentYear(departmentId, year), select: CHECK_IN_SUMMARY };
  }

  /** The year's check-ins, only the columns of the latest status (the Year index first). */
  public static summaryForYear(year: number): QuerySpec {
    return { ...CheckInRepository.forYear(year), select: CHECK_IN_SUMMARY };
  }

  public forGoal(goalId: number): Promise<Array<Versioned<CheckIn>>> {
    return this.store.query(CheckInRepository.forGoal(goalId));
  }

  public forDepartmentYear(departmentId: number, year: number): Promise<Array<Versioned<CheckIn>>> {
    return this.store.query(CheckInRepository.forDepartmentYear(departmentId, year));
  }

  public forYear(year: number): Promise<Array<Versioned<CheckIn>>> {
    return this.store.query(CheckInRepository.forYear(year));
  }

  /** The first page of one of this repository's queries (its static specs) in a $batch
   * (inOneBatch); finishRead follows the rest of the pages and maps them. */
  public readPage(spec: QuerySpec, batched: SPFI): Promise<Page> {
    return this.store.page(spec, batched);
  }

  public finishRead(page: Page): Promise<Array<Versioned<CheckIn>>> {
    return this.store.finish(page);
  }

  public create(checkIn: NewCheckIn): Promise<Versioned<CheckIn>> {
    return this.store.create(checkIn);
  }

  public update(current: Versioned<CheckIn>, changes: Partial<NewCheckIn>): Promise<Versioned<CheckIn>> {
    return this.store.update(current, changes);
  }

  public remove(current: Versioned<CheckIn>): Promise<void> {
    return this.store.remove(current);
  }
}

export class DialogueRepository {
  public readonly store: ListStore<Dialogue, NewDialogue>;

  public constructor(sp: SPFI) {
    // At the list's root: only the board and the secretariat write (src/data/schema/listFollowUp.ts).
    this.store = new ListStore(sp, dialogueMapping);
  }

  public static forAgreement(agreementId: number): QuerySpec {
    return { filter: eq(id(DIALOGUE.agreement), agreementId), indexedField: id(DIALOGUE.agreement) };
  }

  public static forYear(year: number): QuerySpec {
    return { filter: eq(DIALOGUE.year, year), indexedField: DIALOGUE.year };
  }

  /** The agreement's dialogues, in meeting order. */
  public async forAgreement(agreementId: number): Promise<Array<Versioned<Dialogue>>> {
    const found = await this.store.query(DialogueRepository.forAgreement(agreementId));
    return found.sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  }

  public forYear(year: number): Promise<Array<Versioned<Dialogue>>> {
    return this.store.query(DialogueRepository.forYear(year));
  }

  /** The first page of one of this repository's queries (its static specs) in a $batch
   * (inOneBatch); finishRead follows the rest of the pages and maps them. */
  public readPage(spec: QuerySpec, batched: SPFI): Promise<Page> {
    return this.store.page(spec, batched);
  }

  public finishRead(page: Page): Promise<Array<Versioned<Dialogue>>> {
    return this.store.finish(page);
  }

  public create(dialogue: NewDialogue): Promise<Versioned<Dialogue>> {
    return this.store.create(dialogue);
  }

  public update(current: Versioned<Dialogue>, changes: Partial<NewDialogue>): Promise<Versioned<Dialogue>> {
    return this.store.update(current, changes);
  }
}
