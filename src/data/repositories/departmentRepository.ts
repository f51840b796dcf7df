// Departments: a few hundred units at most; read whole, paged by ID.
import type { SPFI } from '@pnp/sp';
import type { Department, NewDepartment } from '../../domain';
import { ListStore, QuerySpec, Versioned } from './listStore';
import type { Page } from './paging';
import { DEPARTMENT, departmentMapping } from './mappers/departmentMapper';

export class DepartmentRepository {
  public readonly store: ListStore<Department, NewDepartment>;

  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, departmentMapping);
  }

  public static all(): QuerySpec {
    return { indexedField: 'ID', orderBy: { field: 'ID', ascending: true } };
  }

  public all(): Promise<Array<Versioned<Department>>> {
    return this.store.query(DepartmentRepository.all());
  }

  /** The first page of one of this repository's queries (its static specs) in a $batch
   * (inOneBatch); finishRead follows the rest of the pages and maps them. */
  public readPage(spec: QuerySpec, batched: SPFI): Promise<Page> {
    return this.store.page(spec, batched);
  }

  public finishRead(page: Page): Promise<Array<Versioned<Department>>> {
    return this.store.finish(page);
  }

  /** Every department with its other names (Aliases): the first screen's read (aliases are no
   * part of the default $select, see departmentMapper). */
  public static allWithAliases(): QuerySpec {
    return { ...DepartmentRepository.all(), select: [...departmentMapping.select, DEPARTMENT.aliases] };
  }

  public allWithAliases(): Promise<Array<Versioned<Department>>> {
    return this.store.query(DepartmentRepository.allWithAliases());
  }

  public getById(departmentId: number): Promise<Versioned<Department>> {
    return this.store.getById(departmentId);
  }

  public create(department: NewDepartment): Promise<Versioned<Department>> {
    return this.store.create(department);
  }

  public update(current: Versioned<Department>, changes: Partial<NewDepartment>): Promise<Versioned<Department>> {
    return this.store.update(current, changes);
  }
}
