// Agreements: one per department and year; queries start on Department, Year or Stage (indexed).
import type { SPFI } from '@pnp/sp';
import type { Agreement, NewAgreement, StageCode, StageConfiguration } from '../../domain';
import { stageLabel } from '../../domain/stageMachine';
import { and, compare, eq } from '../odata';
import type { Page } from './paging';
import { ListStore, type FolderPolicy, QuerySpec, Versioned } from './listStore';
import { AGREEMENT, AGREEMENTS, agreementMapping } from './mappers/agreementMapper';

const departmentId = `${AGREEMENT.department}Id`;

/** Agreements live in their department's folder; created with the values that carry no locale format. */
const AGREEMENT_FOLDERS: FolderPolicy<NewAgreement> = {
  // Read when used: the schema's URL is the one place a test installation's prefix goes (schema/installation.ts).
  get listUrl(): string {
    return AGREEMENTS.list.url;
  },
  departmentOf: (agreement) => agreement.departmentId,
  formFields: { [AGREEMENT.title]: AGREEMENT.title, [AGREEMENT.clientId]: AGREEMENT.clientId, [departmentId]: AGREEMENT.department, [AGREEMENT.year]: AGREEMENT.year, [AGREEMENT.stage]: AGREEMENT.stage }
};

export class AgreementRepository {
  public readonly store: ListStore<Agreement, NewAgreement>;

  public constructor(sp: SPFI, private readonly config: StageConfiguration) {
    this.store = new ListStore(sp, { ...agreementMapping(config), folders: AGREEMENT_FOLDERS });
  }

  public static forDepartmentYear(department: number, year: number): QuerySpec {
    return { filter: and(eq(departmentId, department), eq(AGREEMENT.year, year)), indexedField: departmentId };
  }

  public static forYear(year: number): QuerySpec {
    return { filter: eq(AGREEMENT.year, year), indexedField: AGREEMENT.year };
  }

  /** Agreements of the last `years` years, only the columns a year picker needs. */
  public static yearsSince(firstYear: number): QuerySpec {
    return { filter: compare(AGREEMENT.year, 'ge', firstYear), indexedField: AGREEMENT.year, select: ['Id', AGREEMENT.year, `${departmentId}`, 'Title', AGREEMENT.stage] };
  }

  public inStageSpec(stage: StageCode): QuerySpec {
    return { filter: eq(AGREEMENT.stage, stageLabel(this.config, stage)), indexedField: AGREEMENT.stage };
  }

  /** The department's agreement for the year, or undefined when none has been started. */
  public async forDepartmentYear(department: number, year: number): Promise<Versioned<Agreement> | undefined> {
    const found = await this.store.query(AgreementRepository.forDepartmentYear(department, year));
    return found[0];
  }

  /** Every agreement of the department and year: more than one only in the moment two carry-overs
   * race (the loser joins the first, src/services/yearEnd/carryOver.ts). */
  public allForDepartmentYear(department: number, year: number): Promise<Array<Versioned<Agreement>>> {
    return this.store.query(AgreementRepository.forDepartmentYear(department, year));
  }

  public forYear(year: number): Promise<Array<Versioned<Agreement>>> {
    return this.store.query(AgreementRepository.forYear(year));
  }

  /** Every department's agreement of the years from `firstYear` on (year, department, title, stage). */
  public since(firstYear: number): Promise<Array<Versioned<Agreement>>> {
    return this.store.query(AgreementRepository.yearsSince(firstYear));
  }

  /** The first page of one of this repository's queries (its static specs) in a $batch
   * (inOneBatch); finishRead follows the rest of the pages and maps them. */
  public readPage(spec: QuerySpec, batched: SPFI): Promise<Page> {
    return this.store.page(spec, batched);
  }

  public finishRead(page: Page): Promise<Array<Versioned<Agreement>>> {
    return this.store.finish(page);
  }

  public inStage(stage: StageCode): Promise<Array<Versioned<Agreement>>> {
    return this.store.query(this.inStageSpec(stage));
  }

  public getById(agreementId: number): Promise<Versioned<Agreement>> {
    return this.store.getById(agreementId);
  }

  public create(agreement: NewAgreement): Promise<Versioned<Agreement>> {
    return this.store.create(agreement);
  }

  public update(current: Versioned<Agreement>, changes: Partial<NewAgreement>): Promise<Versioned<Agreement>> {
    return this.store.update(current, changes);
  }

  public remove(current: Versioned<Agreement>): Promise<void> {
    return this.store.remove(current);
  }
}
