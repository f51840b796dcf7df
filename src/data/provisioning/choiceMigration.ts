// Rewrites the choice values stored before schema version 2 (Danish labels) as their stable
// literals (ADR 0010). Stateless and resumable: it reads each list page by page on ID (`ID gt last`,
// ordered by ID, `$top`: ID is indexed, so this passes the 5,000-item list view threshold) and
// writes only the items that still hold a label, each with its ETag (If-Match); a 412 means
// someone saved the item in between, so it is read again and the rewrite is decided anew. An
// interrupted run is finished by the next; a second run finds nothing to write.
//
// The requests it sends (PnPjs v4, relative to <site>/_api/):
//   list.items.select('Id', <columns>).filter('ID gt <last>').orderBy('ID').top(500)()
//                                          GET   web/lists('id')/items?$select=…&$filter=ID gt n&$orderby=ID&$top=500
//   list.items.getById(id).update({ <column>: <literal> }, etag)
//                                          MERGE web/lists('id')/items(id)   If-Match: <etag>
//   list.items.getById(id).select('Id', <columns>)()   after a 412
//                                          GET   web/lists('id')/items(id)?$select=…
// ApprovalLog entries are not rewritten: they are the authority record (ADR 0010).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ListKey } from '../schema';
import { CHOICE_COLUMNS, type ChoiceColumn } from '../schema/choiceColumns';
import { toDataError } from '../errors/toDataError';
import { etagOf } from '../repositories/etag';
import type { RawItem } from '../repositories/paging';
import { attempt, type StepRecorder } from './report';

export const MIGRATION_PAGE_SIZE = 500;
/** Saves by others between our read and write before we leave the item to the next run. */
const MAX_ATTEMPTS = 3;

const asList = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : Array.isArray((v as { results?: unknown } | null)?.results) ? (v as { results: unknown[] }).results : [];

/** The columns of `raw` that still hold a label, with their literal values; empty when none. */
export function rewriteOf(columns: readonly ChoiceColumn[], raw: RawItem): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const c of columns) {
    const value = raw[c.field];
    if (c.multi) {
      const stored = asList(value).filter((v): v is string => typeof v === 'string');
      if (stored.some((v) => c.literalOf[v] !== undefined)) out[c.field] = stored.map((v) => c.literalOf[v] ?? v);
    } else if (typeof value === 'string' && c.literalOf[value] !== undefined) {
      out[c.field] = c.literalOf[value];
    }
  }
  return out;
}

export async function migrateChoiceValues(
  sp: SPFI,
  listIds: Readonly<Partial<Record<ListKey, string>>>,
  recorder: StepRecorder,
  pageSize: number = MIGRATION_PAGE_SIZE
): Promise<void> {
  // Only the lists this run provisions (a schema of an earlier release may lack some).
  const lists = [...new Set(CHOICE_COLUMNS.filter((c) => c.migrate && listIds[c.list] !== undefined).map((c) => c.list))];
  for (const key of lists) {
    const columns = CHOICE_COLUMNS.filter((c) => c.migrate && c.list === key);
    const select = ['Id', ...columns.map((c) => c.field)];
    const listId = listIds[key] as string;
    const items = sp.web.lists.getById(listId).items;
    let last = 0;
    let rewritten = 0;
    for (;;) {
      const page = await attempt(`læs valgværdier i ${key}`, () =>
        items
          .select(...select)
          .filter(`ID gt ${last}`)
          .orderBy('ID', true)
          .top(pageSize)<RawItem[]>()
      );
      for (const raw of page) {
        if (await rewriteItem(sp, listId, key, columns, select, raw)) rewritten++;
      }
      if (page.length < pageSize) break;
      last = Number(page[page.length - 1].Id);
    }
    const target = `${key}/${columns.map((c) => c.field).join(', ')}`;
    recorder.record(
      rewritten > 0 ? { kind: 'values', target, action: 'updated', detail: `${rewritten} elementer` } : { kind: 'values', target, action: 'unchanged' }
    );
  }
}

async function rewriteItem(sp: SPFI, listId: string, key: ListKey, columns: readonly ChoiceColumn[], select: string[], first: RawItem): Promise<boolean> {
  const item = sp.web.lists.getById(listId).items.getById(Number(first.Id));
  let raw = first;
  for (let n = 1; ; n++) {
    const changes = rewriteOf(columns, raw);
    if (Object.keys(changes).length === 0) return false;
    try {
      await item.update(changes, etagOf(raw));
      return true;
    } catch (error) {
      // Saved by someone else since we read it: read it again and decide again.
      if (toDataError(error).kind !== 'conflict' || n >= MAX_ATTEMPTS)
        throw new Error(`Valgværdierne i ${key} ${String(first.Id)} kunne ikke skrives: ${toDataError(error).message}`);
      raw = await attempt(`læs ${key} ${String(first.Id)} igen`, () => item.select(...select)<RawItem>());
    }
  }
}
