// Reading items the way SharePoint Online does: $filter, $select, $expand, $orderby, $top, paging
// by $skiptoken with odata.nextLink, and the limits that make naive code fail in production: the
// 5,000-item list view threshold and the 12-lookup query limit.
import { ERR, type EmRequest } from '../http';
import { isLookupLike, isMulti } from '../fields';
import type { EmField, EmItem, EmList, EmSite } from '../model';
import { itemEtag, itemGuid } from '../model';
import { folderValue, viewableBy } from '../folders';
import { CAN } from '../security';
import { indexedCandidates, type IndexAccess } from './itemIndex';
import { evaluate, filterPaths, FilterSyntaxError, leadingClause, parseFilter, rootField, type FilterNode } from './filter';

export const LIST_VIEW_THRESHOLD = 5000;
export const MAX_LOOKUPS = 12;
const DEFAULT_PAGE = 100;

const THRESHOLD_MESSAGE = 'The attempted operation is prohibited because it exceeds the list view threshold.';
const LOOKUP_MESSAGE =
  'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.';

export function entityTypeName(list: EmList): string {
  const name = list.url.split('/').pop() ?? 'Item';
  return `SP.Data.${name.replace(/[^A-Za-z0-9]/g, '')}ListItem`;
}

function fieldByName(list: EmList, name: string): EmField | undefined {
  const lower = name.toLowerCase();
  return list.fields.find((f) => f.internalName.toLowerCase() === lower);
}

/** The field a path reads: `Department/Id`, `DepartmentId` and `Department` are all Department. */
export function fieldOfPath(list: EmList, path: string): EmField | undefined {
  const root = rootField(path);
  if (root === 'Id') return fieldByName(list, 'ID');
  const direct = fieldByName(list, root);
  if (direct) return direct;
  if (root.endsWith('Id')) {
    const lookup = fieldByName(list, root.slice(0, -2));
    if (lookup && isLookupLike(lookup)) return lookup;
  }
  return undefined;
}

function builtInValue(item: EmItem, name: string): unknown {
  switch (name) {
    case 'ID':
      return item.id;
    case 'Created':
      return item.created;
    case 'Modified':
      return item.modified;
    case 'Author':
      return item.authorId;
    case 'Editor':
      return item.editorId;
    case 'LinkTitle':
      return item.fields.Title;
    default:
      return undefined;
  }
}

function rawValue(item: EmItem, field: EmField, list?: EmList): unknown {
  const builtIn = builtInValue(item, field.internalName);
  if (builtIn !== undefined) return builtIn;
  const computed = list && field.builtIn ? folderValue(list, item, field.internalName) : undefined;
  return computed !== undefined ? computed : item.fields[field.internalName];
}

type Resolve = (site: EmSite, field: EmField, id: number) => Record<string, unknown> | undefined;

type Accessor = (item: EmItem) => unknown;

/** Compiles each filter path once per query into a function of the item (arrays for multi-value
 * fields): resolving names per item made a 50,000-item query several times slower. */
function accessors(site: EmSite, list: EmList, resolve: Resolve): (path: string) => Accessor {
  const cache = new Map<string, Accessor>();
  return (path) => {
    let accessor = cache.get(path);
    if (!accessor) {
      const field = fieldOfPath(list, path);
      if (!field) throw ERR.badRequest(`The field or property '${rootField(path)}' does not exist.`);
      const sub = path.split('/')[1];
      if (!isLookupLike(field) || sub === undefined || sub === 'Id') {
        accessor = (item) => rawValue(item, field, list);
      } else {
        const multi = isMulti(field);
        accessor = (item) => {
          const value = rawValue(item, field, list);
          const ids = Array.isArray(value) ? (value as number[]) : typeof value === 'number' ? [value] : [];
          const values = ids.map((id) => resolve(site, field, id)?.[sub]);
          return multi ? values : values[0];
        };
      }
      cache.set(path, accessor);
    }
    return accessor;
  };
}

interface ParsedQuery {
  filter: FilterNode | undefined;
  orderBy: Array<{ field: EmField; descending: boolean }>;
  top: number;
  afterId: number | undefined;
  select: string[];
  expand: string[];
}

function parseQuery(list: EmList, query: URLSearchParams): ParsedQuery {
  let filter: FilterNode | undefined;
  const filterText = query.get('$filter');
  if (filterText) {
    try {
      filter = parseFilter(filterText);
    } catch (e) {
      throw ERR.badRequest(`The expression "${filterText}" is not valid. ${e instanceof FilterSyntaxError ? e.message : ''}`.trim());
    }
  }
  const orderBy = (query.get('$orderby') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [name, direction] = part.split(/\s+/);
      const field = fieldOfPath(list, name);
      if (!field) throw ERR.badRequest(`The field or property '${name}' does not exist.`);
      return { field, descending: direction?.toLowerCase() === 'desc' };
    });
  const top = query.has('$top') ? Number(query.get('$top')) : DEFAULT_PAGE;
  if (!Number.isInteger(top) || top < 0) throw ERR.badRequest('The $top query option requires a non-negative integer.');
  const skipToken = query.get('$skiptoken') ?? '';
  const afterMatch = /p_ID=(\d+)/.exec(decodeURIComponent(skipToken));
  const split = (name: string): string[] =>
    (query.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return { filter, orderBy, top, afterId: afterMatch ? Number(afterMatch[1]) : undefined, select: split('$select'), expand: split('$expand') };
}

/** Lookup and person columns the query touches (select, expand, filter): SharePoint allows 12. */
function lookupColumns(list: EmList, q: ParsedQuery): Set<string> {
  const names = new Set<string>();
  const paths = q.select.length > 0 ? q.select : list.fields.filter(isLookupLike).map((f) => f.internalName);
  const inFilter = q.filter ? filterPaths(q.filter) : [];
  for (const path of [...paths, ...q.expand, ...inFilter]) {
    const field = fieldOfPath(list, path);
    if (field && isLookupLike(field)) names.add(field.internalName);
  }
  return names;
}

function isIndexed(field: EmField): boolean {
  return field.internalName === 'ID' || field.indexed;
}

/** The limits known before reading items. Returns the leading clause whose matches must be
 * counted (at most 5,000) when the list is over the threshold; the filter pass counts them. */
function checkLimits(list: EmList, q: ParsedQuery): FilterNode | undefined {
  if (lookupColumns(list, q).size > MAX_LOOKUPS) throw ERR.throttled(LOOKUP_MESSAGE);
  if (list.items.size <= LIST_VIEW_THRESHOLD) return undefined;
  if (q.top > LIST_VIEW_THRESHOLD) throw ERR.throttled(THRESHOLD_MESSAGE);
  if (q.orderBy.some((o) => !isIndexed(o.field))) throw ERR.throttled(THRESHOLD_MESSAGE);
  if (!q.filter) return undefined;
  const lead = leadingClause(q.filter);
  // An `or` of clauses (anyOf) leads on every field it names; each must be indexed.
  const leadPaths = filterPaths(lead);
  const leadFields = leadPaths.map((p) => fieldOfPath(list, p));
  if (leadFields.length === 0 || leadFields.some((f) => !f || !isIndexed(f))) throw ERR.throttled(THRESHOLD_MESSAGE);
  return lead;
}

function compareItems(list: EmList, order: ParsedQuery['orderBy']): (a: EmItem, b: EmItem) => number {
  return (a, b) => {
    for (const { field, descending } of order) {
      const av = rawValue(a, field, list);
      const bv = rawValue(b, field, list);
      let c = 0;
      if (av === bv) c = 0;
      else if (av === null || av === undefined) c = -1;
      else if (bv === null || bv === undefined) c = 1;
      else if (typeof av === 'number' && typeof bv === 'number') c = av - bv;
      else c = String(av).localeCompare(String(bv));
      if (c !== 0) return descending ? -c : c;
    }
    return a.id - b.id;
  };
}

/** SharePoint's `$metadata#…` name of a list's items, e.g. SP.ListData.GoalsListItems (recorded in
 * tests/conformance/fixtures/item-create.json as SP.ListData.ChecklistItemsListItems/@Element). */
export function listDataName(list: EmList): string {
  return `${entityTypeName(list).replace(/^SP\.Data\./, 'SP.ListData.')}s`;
}

/** SharePoint stores and returns whole seconds (2022-11-04T16:12:04Z in every recording). */
const seconds = (value: unknown): unknown => (typeof value === 'string' ? value.replace(/\.\d{3}Z$/, 'Z') : value);

const PATH_COLUMNS = new Set(['FSObjType', 'FileLeafRef', 'FileDirRef', 'FileRef']);

/** Where an expanded lookup or person points: its entity type and its GUID (odata.id). */
function targetAnnotations(site: EmSite, field: EmField, id: number): Record<string, string> {
  if (field.type === 'User' || field.type === 'UserMulti') return { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': itemGuid('userinfo', id) };
  const target = site.lists.find((l) => l.id.toLowerCase() === field.lookupListId);
  return { 'odata.type': target ? entityTypeName(target) : 'SP.Data.Item', 'odata.id': itemGuid(field.lookupListId ?? '', id) };
}

/**
 * One item as JSON, with only the selected properties when $select is given, as recorded from
 * SharePoint Online (tests/conformance/fixtures: items-expand.json, item-create.json): odata.id is
 * the item's GUID; an expanded lookup or person is an entity with its own odata.type and odata.id
 * after a `<Field>@odata.navigationLinkUrl`; a person column also has `<Field>StringId`; Id is
 * there only when selected (or when nothing is).
 */
export function serializeItem(
  site: EmSite,
  list: EmList,
  item: EmItem,
  select: string[],
  expand: string[],
  resolve: Resolve,
  fieldOf: (path: string) => EmField | undefined = (path) => fieldOfPath(list, path)
): Record<string, unknown> {
  const link = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
  const out: Record<string, unknown> = {
    'odata.type': entityTypeName(list),
    'odata.id': itemGuid(list.id, item.id),
    'odata.etag': itemEtag(item),
    'odata.editLink': link
  };
  const put = (field: EmField, expanded: boolean, sub?: string): void => {
    const name = field.internalName;
    const value = rawValue(item, field, list);
    if (!isLookupLike(field)) {
      out[name] = field.type === 'DateTime' ? (seconds(value) ?? null) : (value ?? null);
      return;
    }
    const ids = Array.isArray(value) ? (value as number[]) : typeof value === 'number' ? [value] : [];
    if (!expanded) {
      out[`${name}Id`] = value ?? (isMulti(field) ? [] : null);
      if ((field.type === 'User' || field.type === 'UserMulti') && !field.builtIn)
        out[`${name}StringId`] = isMulti(field) ? ids.map(String) : ids.length > 0 ? String(ids[0]) : null;
      return;
    }
    out[`${name}@odata.navigationLinkUrl`] = `${link}/${name}`;
    const objects = ids.map((id) => {
      const target = resolve(site, field, id) ?? { Id: id };
      const current = (isMulti(field) ? undefined : (out[name] as Record<string, unknown> | undefined)) ?? targetAnnotations(site, field, id);
      return sub ? { ...current, [sub]: target[sub] ?? null } : { ...current, Id: target.Id, Title: target.Title };
    });
    out[name] = isMulti(field) ? mergeMulti(out[name], objects) : (objects[0] ?? null);
  };
  if (select.length === 0) {
    out.FileSystemObjectType = item.folder ? 1 : 0;
    out.Id = item.id;
    out.ServerRedirectedEmbedUri = null;
    out.ServerRedirectedEmbedUrl = '';
    out.ContentTypeId = folderValue(list, item, 'ContentTypeId');
    out.ComplianceAssetId = null;
    // Without $select SharePoint sends FileSystemObjectType, not the path columns (FileRef & co.).
    for (const field of list.fields) if (field.type !== 'Computed' && !PATH_COLUMNS.has(field.internalName)) put(field, false);
    out.OData__UIVersionString = `${item.version}.0`;
    out.Attachments = false;
    out.GUID = itemGuid(list.id, item.id);
    return out;
  }
  for (const path of select) {
    if (path === '*') {
      for (const field of list.fields) if (field.type !== 'Computed') put(field, false);
      continue;
    }
    if (path === 'Id' || path === 'ID') {
      out[path] = item.id;
      continue;
    }
    if (path === 'OData__UIVersionString') {
      out[path] = `${item.version}.0`;
      continue;
    }
    if (path === 'HasUniqueRoleAssignments') {
      out[path] = item.unique !== undefined;
      continue;
    }
    const field = fieldOf(path);
    if (!field) throw ERR.badRequest(`The field or property '${path}' does not exist.`);
    const [root, sub] = path.split('/');
    const expanded = expand.some((e) => e.toLowerCase() === root.toLowerCase());
    if (sub !== undefined && !expanded)
      throw ERR.badRequest(
        `The query to field '${root}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${root}.`
      );
    put(field, expanded && root.toLowerCase() === field.internalName.toLowerCase(), sub);
  }
  return out;
}

function mergeMulti(existing: unknown, objects: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const prior = Array.isArray(existing) ? (existing as Array<Record<string, unknown>>) : [];
  return objects.map((o, i) => ({ ...(prior[i] ?? {}), ...o }));
}

export interface ItemPage {
  value: Array<Record<string, unknown>>;
  nextLink?: string;
}

/** How itemIndex.ts reads a column: only paths read from the item itself (its own columns, a
 * lookup's Id), exactly as `accessors` reads them, and only indexed columns. */
function indexAccess(list: EmList): IndexAccess {
  return {
    fieldOf: (path) => {
      const field = fieldOfPath(list, path);
      if (!field || !isIndexed(field)) return undefined;
      const sub = path.split('/')[1];
      return !isLookupLike(field) || sub === undefined || sub === 'Id' ? field : undefined;
    },
    value: (item, field) => rawValue(item, field, list)
  };
}

/** How queries find their items. `scan: true` reads every item of the list, as the emulator did
 * before it had indexes: tests compare the two answers (tests/unit/emulator/itemIndex.test.ts). */
export const queryPlan = { scan: false };

/** The items a query reads: those its leading clause's index gives (a superset of the clause's
 * matches, in the list's order), else all of them. */
function candidateItems(list: EmList, filter: FilterNode | undefined): EmItem[] {
  const fromIndex = filter && !queryPlan.scan ? indexedCandidates(list, leadingClause(filter), indexAccess(list)) : undefined;
  return fromIndex ? [...fromIndex] : [...list.items.values()];
}

export function queryItems(req: EmRequest, list: EmList, resolve: Resolve): ItemPage {
  const q = parseQuery(list, req.query);
  const access = accessors(req.site, list, resolve);
  const lead = checkLimits(list, q);
  // Security trimming: a user sees only the items (and folders) whose scope lets them read.
  const visible = viewableBy(req.site, req.user, list, CAN.ViewListItems);
  // Items outside the candidates fail the leading clause, so the filter (which evaluates it
  // first) and the threshold count pass them over without reading anything else of them.
  let items = candidateItems(list, q.filter);

  if (q.filter) {
    const filter = q.filter;
    const valueOf =
      (item: EmItem) =>
      (path: string): unknown =>
        access(path)(item);
    let leadMatches = 0;
    items = items.filter((item) => {
      // One pass: the threshold count of the leading clause and the filter itself.
      if (lead && evaluate(lead, valueOf(item)) && ++leadMatches > LIST_VIEW_THRESHOLD) throw ERR.throttled(THRESHOLD_MESSAGE);
      return evaluate(filter, valueOf(item));
    });
  }
  items = items.filter(visible);
  items.sort(compareItems(list, q.orderBy));
  if (q.afterId !== undefined) {
    const index = items.findIndex((item) => item.id === q.afterId);
    items = index >= 0 ? items.slice(index + 1) : items.filter((item) => item.id > (q.afterId ?? 0));
  }
  const page = items.slice(0, q.top);
  // Each selected path resolved once per query, not once per item (a page can hold 5,000).
  const fields = new Map<string, EmField | undefined>();
  const fieldOf = (path: string): EmField | undefined => {
    if (!fields.has(path)) fields.set(path, fieldOfPath(list, path));
    return fields.get(path);
  };
  const value = page.map((item) => serializeItem(req.site, list, item, q.select, q.expand, resolve, fieldOf));
  if (items.length <= q.top || page.length === 0) return { value };
  const next = new URLSearchParams(req.query);
  next.set('$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1].id}`);
  if (!next.has('$top')) next.set('$top', String(q.top));
  return { value, nextLink: `${req.siteUrl}/_api/${req.apiPath}?${next.toString()}` };
}
