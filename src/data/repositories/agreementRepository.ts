// Agreements: one per department and year; queries start on Department, Year or Stage (indexed).
import type { SPFI } from '@pnp/sp';
import type { Agreement, NewAgreement, StageCode, StageConfiguration } from '../../domain';
import { stageLabel } from '../../domain/stageMachine';
import { and, compare, eq, or } from '../odata';
import { MAX_AGREEMENT_YEARS, pickCovering } from '../../domain/yearSpan';
import type { Page } from './paging';
import { ListStore, type FolderPolicy, QuerySpec, Versioned } from './listStore';
import { AGREEMENT, AGREEMENTS, agreementMapping } from './mappers/agreementMapper';

const departmentId = `${AGREEMENT.department}Id`;

/** Agreements live in their department's folder; created with the values that carry no locale format. */
export const AGREEMENT_FOLDERS: FolderPolicy<NewAgreement> = {
  // Read when used: the schema's URL is the one place a test installation's prefix goes (schema/installation.ts).
  get listUrl(): string {
    return AGREEMENTS.list.url;
  },
  departmentOf: (agreement) => agreement.departmentId,
  formFields: {
    [AGREEMENT.title]: AGREEMENT.title,
    [AGREEMENT.clientId]: AGREEMENT.clientId,
    [departmentId]: AGREEMENT.department,
    [AGREEMENT.year]: AGREEMENT.year,
    [AGREEMENT.stage]: AGREEMENT.stage
  }
};

export class AgreementRepository {
  public readonly store: ListStore<Agreement, NewAgreement>;

  public constructor(
    sp: SPFI,
    private readonly config: StageConfiguration
  ) {
    this.store = new ListStore(sp, { ...agreementMapping(config), folders: AGREEMENT_FOLDERS });
  }

  /** The department's agreements covering the year: of that year, or multi-year ones that started
   * earlier and run at least to it (Department, indexed, first). Pick one with pickCovering. */
  public static forDepartmentYear(department: number, year: number): QuerySpec {
    return {
      filter: and(eq(departmentId, department), or(eq(AGREEMENT.year, year), and(compare(AGREEMENT.year, 'lt', year), compare(AGREEMENT.yearTo, 'ge', year)))),
      indexedField: departmentId
    };
  }

  /** Every agreement covering the year. The indexed Year range comes first and spans at most
   * MAX_AGREEMENT_YEARS (agreementValidation refuses longer periods), so it stays small. */
  public static forYear(year: number): QuerySpec {
    return {
      filter: and(
        compare(AGREEMENT.year, 'ge', year - MAX_AGREEMENT_YEARS + 1),
        compare(AGREEMENT.year, 'le', year),
        or(eq(AGREEMENT.year, year), compare(AGREEMENT.yearTo, 'ge', year))
      ),
      indexedField: AGREEMENT.year
    };
  }

  /** All of the department's agreements, the columns that say their years (Department, indexed;
   * a few per year): the first screen's newest year. */
  public static ofDepartment(department: number): QuerySpec {
    return {
      filter: eq(departmentId, department),
      indexedField: departmentId,
      select: ['Id', AGREEMENT.year, AGREEMENT.yearTo, departmentId, 'Title', AGREEMENT.stage]
    };
  }

  /** Agreements of the last `years` years, only the columns a year picker needs. */
  public static yearsSince(firstYear: number): QuerySpec {
    return {
      filter: compare(AGREEMENT.year, 'ge', firstYear),
      indexedField: AGREEMENT.year,
      select: ['Id', AGREEMENT.year, AGREEMENT.yearTo, `${departmentId}`, 'Title', AGREEMENT.stage]
    };
  }

  public ofDepartment(department: number): Promise<Array<Versioned<Agreement>>> {
    return this.store.query(AgreementRepository.ofDepartment(department));
  }

  public inStageSpec(stage: StageCode): QuerySpec {
    return { filter: eq(AGREEMENT.stage, stageLabel(this.config, stage)), indexedField: AGREEMENT.stage };
  }

  /** The department's agreement covering the year, or undefined when none has been started. */
  public async forDepartmentYear(department: number, year: number): Promise<Versioned<Agreement> | undefined> {
    return pickCovering(await this.store.query(AgreementRepository.forDepartmentYear(department, year)), year);
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
