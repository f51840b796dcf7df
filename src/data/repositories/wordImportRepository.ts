// The Word import's reads and writes (issue 19): the department's agreement and goals of a year
// together with what the latest import wrote to them (the ImportBase column, decision 0011), and
// writes that store the new base in the same update as the values, so base and values never part.
// Built on the agreement and goal mappings and their folder policies; only the lazy
// 'word-import-view' chunk and the CLI load it.
import type { SPFI } from '@pnp/sp';
import type { Agreement, Goal, NewAgreement, NewGoal, StageConfiguration } from '../../domain';
import { pickCovering } from '../../domain/yearSpan';
import { parseImportBase, type ImportBase } from '../../domain/wordImport/reimportMerge';
import { ListStore, type ListMapping, type Versioned } from './listStore';
import { agreementMapping } from './mappers/agreementMapper';
import { goalMapping } from './mappers/goalMapper';
import { strategyMapping } from './mappers/strategyMappers';
import { AGREEMENT_FOLDERS, AgreementRepository } from './agreementRepository';
import { GOAL_FOLDERS, GoalRepository } from './goalRepository';
import { StrategyRepository } from './strategyRepository';
import type { RawItem } from './paging';

const IMPORT_BASE = 'ImportBase';

export type WithBase<T> = T & { importBase?: ImportBase };

/** A mapping that also reads and writes the item's ImportBase. */
function withBase<T extends { id: number }, N extends { clientId?: string }>(mapping: ListMapping<T, N>): ListMapping<WithBase<T>, WithBase<N>> {
  return {
    ...mapping,
    select: mapping.select.includes(IMPORT_BASE) ? mapping.select : [...mapping.select, IMPORT_BASE],
    fromItem(raw: RawItem): WithBase<T> {
      const item: WithBase<T> = mapping.fromItem(raw);
      const base = parseImportBase(typeof raw[IMPORT_BASE] === 'string' ? raw[IMPORT_BASE] : undefined);
      if (base !== undefined) item.importBase = base;
      return item;
    },
    toFields(value: Partial<WithBase<N>>) {
      const { importBase, ...rest } = value;
      const fields = mapping.toFields(rest as Partial<N>);
      if ('importBase' in value) fields[IMPORT_BASE] = importBase === undefined ? null : JSON.stringify(importBase);
      return fields;
    },
    folders: mapping.folders as ListMapping<WithBase<T>, WithBase<N>>['folders']
  };
}

export class WordImportRepository {
  private readonly agreements: ListStore<WithBase<Agreement>, WithBase<NewAgreement>>;
  private readonly goals: ListStore<WithBase<Goal>, WithBase<NewGoal>>;
  private readonly strategies;

  public constructor(sp: SPFI, config: StageConfiguration) {
    this.agreements = new ListStore(sp, withBase({ ...agreementMapping(config), folders: AGREEMENT_FOLDERS }));
    this.goals = new ListStore(sp, withBase({ ...goalMapping(config), folders: GOAL_FOLDERS }));
    this.strategies = new ListStore(sp, strategyMapping);
  }

  /** The department's agreement covering the year, with its base. */
  public async agreement(departmentId: number, year: number): Promise<Versioned<WithBase<Agreement>> | undefined> {
    return pickCovering(await this.agreements.query(AgreementRepository.forDepartmentYear(departmentId, year)), year);
  }

  public createAgreement(value: WithBase<NewAgreement>): Promise<Versioned<WithBase<Agreement>>> {
    return this.agreements.create(value);
  }

  /** Sends the item's ETag; on 412 merges as every update does (ListStore.update). */
  public updateAgreement(current: Versioned<WithBase<Agreement>>, changes: Partial<WithBase<NewAgreement>>): Promise<Versioned<WithBase<Agreement>>> {
    return this.agreements.update(current, changes);
  }

  /** The department's goals of the year, with their bases. */
  public goalsOf(departmentId: number, year: number): Promise<Array<Versioned<WithBase<Goal>>>> {
    return this.goals.query(GoalRepository.forDepartmentYear(departmentId, year));
  }

  public createGoal(value: WithBase<NewGoal>): Promise<Versioned<WithBase<Goal>>> {
    return this.goals.create(value);
  }

  public updateGoal(current: Versioned<WithBase<Goal>>, changes: Partial<WithBase<NewGoal>>): Promise<Versioned<WithBase<Goal>>> {
    return this.goals.update(current, changes);
  }

  /** The years that have a DUS, newest first (a few rows: one per year). */
  public async strategyYears(): Promise<number[]> {
    const all = await this.strategies.query(StrategyRepository.allById());
    return [...new Set(all.map((s) => s.year))].sort((a, b) => b - a);
  }
}
