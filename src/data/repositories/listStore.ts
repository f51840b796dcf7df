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
import { departmentFolderUrl, departmentOfFolder } from './departmentFolder';
import { misfiling } from '../../domain/filing';
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
  /** Set for lists that keep their items in one folder per department. */
  folders?: FolderPolicy<N>;
}

/** How a list with department folders places new items (src/data/repositories/departmentFolder.ts). */
export interface FolderPolicy<N> {
  /** Web-relative URL of the list, e.g. "Lists/Goals". */
  listUrl: string;
  /** The department whose folder a new item is created in. */
  departmentOf(value: N): number;
  /** Written fields sent as form values when the item is created, write key to internal name:
   * only values with no locale format (text, whole numbers, lookup ids, choice labels). */
  formFields: Readonly<Record<string, string>>;
}

export interface QuerySpec {
  filter?: Filter;
  indexedField: string;
  orderBy?: { field: string; ascending: boolean };
  /** A narrower $select for summary reads (must keep the fields fromItem requires). */
  select?: readonly string[];
  /** Lookups whose projected fields the filter reads (`Agreement/YearTo`): selected and expanded,
   * as SharePoint REST joins a lookup's list (pnp/pnpjs#1355); each lookup is one more join. */
  joins?: ReadonlyArray<{ lookup: string; fields: readonly string[] }>;
}

export interface CreateOptions {
  /** A unique column refused the create: 'adopt' (default) returns the item with the same
   * ClientId when there is one; 'throw' always rejects, for callers that must know whether this
   * call made the item (one of two racing presses stands back). */
  duplicate?: 'adopt' | 'throw';
}

const MAX_MERGE_ROUNDS = 5;

function hasKeys(o: FieldValues): boolean {
  return Object.keys(o).length > 0;
}

function isStale(e: unknown): e is DataError {
  return isDataError(e) && (e.status === 412 || e.status === 409);
}

const NO_FOLDER_MESSAGE =
  'Afdelingen har endnu ingen mappe i SharePoint. Bed webstedets ejer om at køre opsætningen (Opret lister) igen, så afdelingens leder og redaktører får adgang.';

/** SharePoint's ETag of a list item at its first version. */
const FIRST_VERSION_ETAG = '"1"';

interface FormResult {
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ErrorMessage?: string | null;
}

function isFolderRow(raw: RawItem): boolean {
  return raw.FSObjType === 1 || raw.FSObjType === '1';
}

export interface ListStoreOptions {
  /** Query results leave out rows the mapping cannot read (it throws a validation DataError)
   * instead of failing the whole read: for lists where an unreadable row means nothing, e.g. an
   * approval log entry without its actor, which can verify no decision anyway. */
  skipUnreadable?: boolean;
}

export class ListStore<T extends { id: number }, N extends { clientId?: string }> {
  private webUrlPromise: Promise<string> | undefined;

  public constructor(
    private readonly sp: SPFI,
    public readonly mapping: ListMapping<T, N>,
    private readonly options: ListStoreOptions = {}
  ) {}

  public items(sp: SPFI = this.sp): IItems {
    return listByUrl(sp, this.mapping.list).items;
  }

  public listQuery(spec: QuerySpec): ListQuery {
    const joins = spec.joins ?? [];
    const added = joins.map((j) => j.lookup).filter((lookup) => !this.mapping.expand.includes(lookup));
    return {
      filter: spec.filter?.text,
      indexedField: spec.indexedField,
      orderBy: spec.orderBy,
      select: [...(spec.select ?? this.mapping.select), ...joins.flatMap((j) => j.fields.map((f) => `${j.lookup}/${f}`))],
      expand: [...this.mapping.expand, ...added],
      lookupCount: this.mapping.lookupCount + added.length
    };
  }

  /** The first page of a query on `sp` (a batched SPFI for view reads). */
  public page(spec: QuerySpec, sp: SPFI = this.sp): Promise<Page> {
    return firstPage(this.items(sp), this.listQuery(spec));
  }

  /** Completes a first page (following nextLinks outside any batch) and maps it. */
  public async finish(page: Page): Promise<Array<Versioned<T>>> {
    const rows = await restPages(this.sp.web, page);
    // A list's /items returns its folders too (FSObjType 1): they are no goals or agreements.
    const items = rows.filter((raw) => !isFolderRow(raw));
    if (!this.options.skipUnreadable) return items.map((raw) => this.toVersioned(raw));
    return items.flatMap((raw) => {
      try {
        return [this.toVersioned(raw)];
      } catch (e) {
        if (isDataError(e) && e.kind === 'validation') return [];
        throw e;
      }
    });
  }

  public async query(spec: QuerySpec): Promise<Array<Versioned<T>>> {
    return this.finish(await this.page(spec));
  }

  public async getById(id: number): Promise<Versioned<T>> {
    const raw = await this.items()
      .getById(id)
      .select(...this.mapping.select)
      .expand(...this.mapping.expand)<RawItem>();
    if (isFolderRow(raw)) throw new DataError('notFound', { detail: `Item ${id} is a folder` });
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
  public async create(value: N, options: CreateOptions = {}): Promise<Versioned<T>> {
    if (value.clientId !== undefined) {
      // The caller is repeating a create it made before (a retry after an error it saw): the
      // ClientId says whether the first one landed.
      const existing = await this.findByClientId(value.clientId);
      // In a folder the create is two writes; an item still at its first version lacks the second.
      if (existing !== undefined) return this.mapping.folders && existing.etag === FIRST_VERSION_ETAG ? this.update(existing, value) : existing;
    }
    const clientId = value.clientId ?? newClientId();
    if (this.mapping.folders) return this.createInFolder(this.mapping.folders, { ...value, clientId });
    const fields = { ...this.mapping.toFields({ ...value, clientId }), [this.mapping.clientIdField]: clientId };
    let created: RawItem;
    try {
      created = (await this.items().add(fields)) as RawItem;
    } catch (e) {
      // A unique column refused the create (SharePoint's SPDuplicateValuesFoundException, HTTP 500).
      // When the item holding that value is this very create (an earlier attempt landed, or a
      // second press raced the first), it is found by its ClientId and returned; otherwise the
      // value belongs to another item and the user is told so.
      if (!isDataError(e) || e.kind !== 'duplicate' || options.duplicate === 'throw') throw e;
      const landed = await this.findByClientId(clientId);
      if (landed !== undefined) return landed;
      throw e;
    }
    const id = created.Id ?? created.ID;
    if (typeof id !== 'number') {
      throw new DataError('validation', { detail: "The server did not return the new item's id" });
    }
    return this.getById(id);
  }

  /**
   * Saves `changes` on top of `current`, sending current's ETag. On 412 (someone saved first) it
   * re-reads, applies my changes that do not collide with theirs, and throws a conflict carrying
   * both values for each field that both changed. My non-conflicting edits are saved either way.
   */
  public async update(current: Versioned<T>, changes: Partial<N>): Promise<Versioned<T>> {
    // A field read as damaged holds a stand-in (domain/damage.ts); writing it would replace what
    // is stored with that stand-in, so a change to it is refused before anything is sent.
    const damaged = (current as { damage?: Array<{ field: string }> }).damage?.filter((d) => d.field in changes) ?? [];
    if (damaged.length > 0) {
      throw new DataError('damaged', {
        fields: damaged.map((d) => d.field),
        detail: `Item ${current.id}: ${damaged.map((d) => d.field).join(', ')} could not be read and is not written`
      });
    }
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

  /**
   * Creates the item inside its department's folder, where SharePoint checks the folder's
   * permissions: POST AddValidateUpdateItemUsingPath with listItemCreateInfo.FolderPath (PnPjs
   * list.addValidateUpdateItemUsingPath; "If there's any exception in any of the fields, the item
   * will not be committed", MS-CSOMSPT 3.2.5.79.2.1.19,
   * https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-csomspt/dd461c25-595c-45ea-adbf-139145dfc2b0).
   * Form values are strings parsed with the web's regional settings, so only the values with no
   * locale format go that way (title, ClientId, lookup ids, whole-number year, the stage label);
   * the typed values follow in the normal JSON MERGE with the item's ETag. A retried create finds
   * the item by its ClientId and completes it (see create).
   */
  private async createInFolder(policy: FolderPolicy<N>, value: N): Promise<Versioned<T>> {
    const fields = this.mapping.toFields(value);
    const formValues: Array<{ FieldName: string; FieldValue: string }> = [];
    for (const [key, internalName] of Object.entries(policy.formFields)) {
      const v = fields[key];
      if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) formValues.push({ FieldName: internalName, FieldValue: String(v) });
    }
    const listUrl = `${await this.webUrl()}/${policy.listUrl}`;
    const list = this.sp.web.getList(listUrl);
    let result: FormResult[];
    try {
      result = (await list.addValidateUpdateItemUsingPath(formValues, departmentFolderUrl(listUrl, policy.departmentOf(value)))) as FormResult[];
    } catch (e) {
      // A department added since the site owner last ran the setup has no folder yet.
      if (isDataError(e) && e.kind === 'notFound') throw new DataError('notFound', { cause: e, status: 404, detail: e.detail }, NO_FOLDER_MESSAGE);
      throw e;
    }
    const failed = result.filter((r) => r.HasException);
    if (failed.length > 0) {
      throw new DataError('validation', { detail: failed.map((r) => `${r.FieldName}: ${r.ErrorMessage ?? ''}`).join('; ') });
    }
    const id = Number(result.find((r) => r.FieldName === 'Id')?.FieldValue);
    if (!Number.isInteger(id) || id <= 0) throw new DataError('validation', { detail: "The server did not return the new item's id" });
    const created = await this.getById(id);
    const rest = Object.keys(fields).filter((k) => !formValues.some((f) => f.FieldName === policy.formFields[k]));
    return rest.length > 0 ? this.update(created, value) : created;
  }

  private webUrl(): Promise<string> {
    this.webUrlPromise ??= this.sp.web
      .select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
      .then((w) => w.ServerRelativeUrl.replace(/\/+$/, ''));
    this.webUrlPromise.catch(() => {
      this.webUrlPromise = undefined;
    });
    return this.webUrlPromise;
  }

  protected toVersioned(raw: RawItem): Versioned<T> {
    const entity: Versioned<T> = { ...this.mapping.fromItem(raw), etag: etagOf(raw) };
    const folders = this.mapping.folders;
    const departmentId = (entity as { departmentId?: unknown }).departmentId;
    if (folders && typeof raw.FileDirRef === 'string' && typeof departmentId === 'number') {
      const misfiled = misfiling(departmentOfFolder(raw.FileDirRef, folders.listUrl), departmentId);
      if (misfiled !== undefined) (entity as { misfiled?: string }).misfiled = misfiled;
    }
    return entity;
  }

  private baseOf(value: Versioned<T>): Partial<N> {
    // The domain entity minus id and etag is the "New" shape the mapping writes.
    const { id: _id, etag: _etag, ...rest } = value as unknown as Record<string, unknown>;
    return rest as Partial<N>;
  }
}
