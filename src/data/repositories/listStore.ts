// The generic part of every repository: reads through the threshold-safe pager, creates that
// carry a ClientId, updates that always send the item's ETag and merge on 412, deletes pinned to
// an ETag. Repositories per aggregate add their own queries on top and never touch PnPjs directly
// for these basics.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import { DataError, isDataError, type FieldConflict } from '../errors/DataError';
import { eq, Filter } from '../odata';
import { etagOf } from './etag';
import { newClientId } from './clientId';
import { listByUrl } from './listByUrl';
import type { ListDef } from '../schema/types';
import { type FieldValues, mergeChanges } from './mergeChanges';
import { firstPage, ListQuery, Page, RawItem, restPages } from './paging';

/** A domain entity as read, with the ETag that any write of it must send. */
export type Versioned<T> = T & { etag: string };

/** How one list maps to its domain type; built from the schema, one per list. */
export interface ListMapping<T extends { id: number }, N> {
  /** The schema's list: it is addressed by its URL (see listByUrl). */
  list: Pick<ListDef, 'url'>;
  select: readonly string[];
  expand: readonly string[];
  /** Lookup and person columns joined by `select` (checked against the limit of 12). */
  lookupCount: number;
  /** The internal name of the ClientId field. */
  clientIdField: string;
  fromItem(raw: RawItem): T;
  /** Only the keys present in `value` become fields: a patch stays a patch. */
  toFields(value: Partial<N>): FieldValues;
}

export interface QuerySpec {
  filter?: Filter;
  indexedField: string;
  orderBy?: { field: string; ascending: boolean };
  /** A narrower $select for summary reads (must keep the fields fromItem requires). */
  select?: readonly string[];
}

const MAX_MERGE_ROUNDS = 5;

function hasKeys(o: FieldValues): boolean {
  return Object.keys(o).length > 0;
}

function isStale(e: unknown): e is DataError {
  return isDataError(e) && (e.status === 412 || e.status === 409);
}

export class ListStore<T extends { id: number }, N extends { clientId?: string }> {
  public constructor(private readonly sp: SPFI, public readonly mapping: ListMapping<T, N>) {}

  public items(sp: SPFI = this.sp): IItems {
    return listByUrl(sp, this.mapping.list).items;
  }

  public listQuery(spec: QuerySpec): ListQuery {
    return {
      filter: spec.filter?.text,
      indexedField: spec.indexedField,
      orderBy: spec.orderBy,
      select: spec.select ?? this.mapping.select,
      expand: this.mapping.expand,
      lookupCount: this.mapping.lookupCount
    };
  }

  /** The first page of a query on `sp` (a batched SPFI for view reads). */
  public page(spec: QuerySpec, sp: SPFI = this.sp): Promise<Page> {
    return firstPage(this.items(sp), this.listQuery(spec));
  }

  /** Completes a first page (following nextLinks outside any batch) and maps it. */
  public async finish(page: Page): Promise<Array<Versioned<T>>> {
    const rows = await restPages(this.sp.web, page);
    return rows.map((raw) => this.toVersioned(raw));
  }

  public async query(spec: QuerySpec): Promise<Array<Versioned<T>>> {
    return this.finish(await this.page(spec));
  }

  public async getById(id: number): Promise<Versioned<T>> {
    const raw = await this.items().getById(id).select(...this.mapping.select).expand(...this.mapping.expand)<RawItem>();
    return this.toVersioned(raw);
  }

  public async findByClientId(clientId: string): Promise<Versioned<T> | undefined> {
    const found = await this.query({ filter: eq(this.mapping.clientIdField, clientId), indexedField: this.mapping.clientIdField });
    return found[0];
  }

  /**
   * Creates the item with a ClientId. The throttling behavior retries the create only after looking
   * the ClientId up, and a caller that repeats a create with the same ClientId gets the existing
   * item, so a create is never made twice; the read-back gives the full, mapped item.
   */
  public async create(value: N): Promise<Versioned<T>> {
    if (value.clientId !== undefined) {
      // The caller is repeating a create it made before (a retry after an error it saw): the
      // ClientId says whether the first one landed.
      const existing = await this.findByClientId(value.clientId);
      if (existing !== undefined) return existing;
    }
    const clientId = value.clientId ?? newClientId();
    const fields = { ...this.mapping.toFields({ ...value, clientId }), [this.mapping.clientIdField]: clientId };
    const created = await this.items().add(fields) as RawItem;
    const id = created.Id ?? created.ID;
    if (typeof id !== 'number') {
      throw new DataError('validation', { detail: 'The server did not return the new item\'s id' });
    }
    return this.getById(id);
  }

  /**
   * Saves `changes` on top of `current`, sending current's ETag. On 412 (someone saved first) it
   * re-reads, applies my changes that do not collide with theirs, and throws a conflict carrying
   * both values for each field that both changed. My non-conflicting edits are saved either way.
   */
  public async update(current: Versioned<T>, changes: Partial<N>): Promise<Versioned<T>> {
    const base = this.mapping.toFields(this.baseOf(current));
    const mine = this.mapping.toFields(changes);
    let etag = current.etag;
    let pending = mine;
    let conflicts: FieldConflict[] = [];
    let stale: unknown;
    for (let round = 0; round < MAX_MERGE_ROUNDS; round++) {
      try {
        if (hasKeys(pending)) {
          await this.items().getById(current.id).update(pending, etag);
        }
        const saved = await this.getById(current.id);
        if (conflicts.length === 0) return saved;
        throw new DataError('conflict', { cause: stale, status: 412, conflicts, currentETag: saved.etag });
      } catch (e) {
        if (!isStale(e) || (isDataError(e) && e.conflicts.length > 0)) throw e;
        // Someone saved first (or our own retried MERGE landed): merge against what is there now.
        stale = e;
        const fresh = await this.getById(current.id);
        const merged = mergeChanges(base, mine, this.mapping.toFields(this.baseOf(fresh)));
        conflicts = merged.conflicts;
        etag = fresh.etag;
        pending = merged.apply;
      }
    }
    throw new DataError('conflict', { cause: stale, status: 412, detail: `Item ${current.id} kept changing while we saved` });
  }

  /** Deletes the item if it is still the version the user saw. Already gone counts as done. */
  public async remove(current: Versioned<T>): Promise<void> {
    try {
      await this.items().getById(current.id).delete(current.etag);
    } catch (e) {
      if (isDataError(e) && e.kind === 'notFound') return;
      if (isStale(e)) {
        const fresh = await this.getById(current.id);
        throw new DataError('conflict', { cause: e, status: 412, currentETag: fresh.etag });
      }
      throw e;
    }
  }

  protected toVersioned(raw: RawItem): Versioned<T> {
    return { ...this.mapping.fromItem(raw), etag: etagOf(raw) };
  }

  private baseOf(value: Versioned<T>): Partial<N> {
    // The domain entity minus id and etag is the "New" shape the mapping writes.
    const { id: _id, etag: _etag, ...rest } = value as unknown as Record<string, unknown>;
    return rest as Partial<N>;
  }

}
