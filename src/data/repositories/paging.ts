// Threshold-safe reads. Every list query the product makes goes through `readPages`: it asks for
// at most 5,000 rows a page (SharePoint's cap), follows odata.nextLink until the last page, and
// checks the query's shape before it is sent: the first filter clause must be on an indexed
// column and no more than 12 lookup columns may be joined.
import { parseODataJSON, parseBinderWithErrorCheck } from '@pnp/queryable';
import { SPCollection, ISPCollection, ISPQueryable } from '@pnp/sp';
import { DataError } from '../errors/DataError';

export const MAX_PAGE_SIZE = 5000;
export const MAX_LOOKUPS = 12;

export type RawItem = Record<string, unknown>;

export interface Page {
  rows: RawItem[];
  nextLink: string | undefined;
}

/** The shape of one list query, checked before it is sent. */
export interface ListQuery {
  /** OData filter text; its first clause must be on `indexedField`. */
  filter?: string;
  /** The indexed field the filter starts on (or orders by): the query's path past the threshold. */
  indexedField: string;
  select: readonly string[];
  expand?: readonly string[];
  orderBy?: { field: string; ascending: boolean };
  /** How many lookup/person columns the select joins (from the schema). */
  lookupCount: number;
  pageSize?: number;
}

export function assertThresholdSafe(query: ListQuery): void {
  const size = query.pageSize ?? MAX_PAGE_SIZE;
  if (size < 1 || size > MAX_PAGE_SIZE) {
    throw new DataError('threshold', { detail: `Page size ${size} is outside 1..${MAX_PAGE_SIZE}` });
  }
  if (query.lookupCount > MAX_LOOKUPS) {
    throw new DataError('threshold', { detail: `Query joins ${query.lookupCount} lookup columns; the limit is ${MAX_LOOKUPS}` });
  }
  const filter = query.filter?.replace(/^\(+/, '');
  const startsIndexed =
    filter === undefined
      ? query.orderBy?.field === query.indexedField || query.indexedField === 'ID'
      : filter.startsWith(`${query.indexedField} `) || filter.startsWith(`startswith(${query.indexedField},`);
  if (!startsIndexed) {
    throw new DataError('threshold', { detail: `Query does not start on its indexed column ${query.indexedField}: ${query.filter ?? '(no filter)'}` });
  }
}

/** Parses one page of a collection, keeping the link to the next page that PnPjs drops. */
function PageParse(): ReturnType<typeof parseBinderWithErrorCheck> {
  return parseBinderWithErrorCheck(async (response: Response): Promise<Page> => {
    const json = (await response.json()) as Record<string, unknown> & { d?: { __next?: string } };
    const next = (json['odata.nextLink'] ?? json['@odata.nextLink'] ?? json.d?.__next) as string | undefined;
    return { rows: parseODataJSON(json) as RawItem[], nextLink: typeof next === 'string' && next.length > 0 ? next : undefined };
  });
}

/** Applies the query to a collection (list.items) and requests its first page. */
export function firstPage(items: ISPCollection, query: ListQuery): Promise<Page> {
  assertThresholdSafe(query);
  let q = SPCollection(items)
    .using(PageParse())
    .top(query.pageSize ?? MAX_PAGE_SIZE)
    .select(...query.select);
  if (query.expand !== undefined && query.expand.length > 0) q = q.expand(...query.expand);
  if (query.filter !== undefined) q = q.filter(query.filter);
  if (query.orderBy !== undefined) q = q.orderBy(query.orderBy.field, query.orderBy.ascending);
  return q<Page>();
}

/**
 * Follows nextLinks from `page` to the end. `base` must be a non-batched queryable of the same
 * SPFI (pages after the first cannot join a batch that has already been sent).
 */
export async function restPages(base: ISPQueryable, page: Page): Promise<RawItem[]> {
  const rows = [...page.rows];
  let next = page.nextLink;
  while (next !== undefined) {
    const more = await SPCollection([base, next]).using(PageParse())<Page>();
    rows.push(...more.rows);
    next = more.nextLink;
  }
  return rows;
}

export async function readAll(items: ISPCollection, query: ListQuery): Promise<RawItem[]> {
  return restPages(items, await firstPage(items, query));
}
