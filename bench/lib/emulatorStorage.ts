// Filling a stopped emulator's storage directly, for benchmarks that need more items than HTTP
// can write in reasonable time (100,000 check-ins over $batch is 1,000 batches, each fsync'ed).
// The emulator keeps its state as JSON lines (emulator/store.ts, docs/decisions/0001): an item is
// a line `{ t: 'item', site, listId, item }`, a list's metadata (with its next item id) a line
// `{ t: 'list', site, list }`, the last line for an id winning on replay. Lines appended while the
// emulator is stopped are read on its next start, exactly as if its own requests had logged them.
// The items are cloned from one the emulator itself wrote (an existing check-in of the seed), so
// their shape (fields by internal name, lookups as ids, folder, author, versions) is its own.
import { randomUUID } from 'node:crypto';
import { appendFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

interface LogItem {
  id: number;
  fields: Record<string, unknown>;
  version: number;
  created: string;
  modified: string;
  history: unknown[];
  dir?: string;
  folder?: boolean;
}

type Line =
  | { t: 'list'; site: string; list: { id: string; url: string; nextItemId: number } }
  | { t: 'item'; site: string; listId: string; item: LogItem }
  | { t: string; site?: string };

export interface CheckInFill {
  site: string;
  perGoal: number;
  /** Which goals get check-ins (by the goal's stored fields). */
  goals(goal: { id: number; departmentId: number; year: number }): boolean;
  /** Danish status choice values, used in turn. */
  statuses: readonly string[];
}

/** Appends `perGoal` check-ins to every chosen goal of `site` in the stopped emulator's data
 * directory; returns how many were written. The log is read line by line: with 20,000 goals and
 * their versions it is larger than a string may be. */
export async function appendCheckIns(dataDir: string, fill: CheckInFill): Promise<number> {
  const file = join(dataDir, 'state.log');
  const lists = new Map<string, Extract<Line, { t: 'list' }>['list']>();
  const items = new Map<string, Map<number, LogItem>>();
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (text.trim() === '') continue;
    const line = JSON.parse(text) as Line;
    if (line.site !== fill.site) continue;
    if (line.t === 'list') {
      const l = (line as Extract<Line, { t: 'list' }>).list;
      lists.set(l.id, l);
    } else if (line.t === 'item') {
      // A list's line comes before its items: only the two lists needed are kept (the goals by
      // the fields that place a check-in), not the whole site.
      const { listId, item } = line as Extract<Line, { t: 'item' }>;
      const url = lists.get(listId)?.url.toLowerCase() ?? '';
      if (!url.endsWith('/lists/checkins') && !url.endsWith('/lists/goals')) continue;
      const kept = url.endsWith('/lists/goals') ? { ...item, fields: { Department: item.fields.Department, Year: item.fields.Year }, history: [] } : item;
      const byId = items.get(listId) ?? new Map<number, LogItem>();
      byId.set(item.id, kept);
      items.set(listId, byId);
    }
  }
  const listAt = (suffix: string) => [...lists.values()].find((l) => l.url.toLowerCase().endsWith(suffix.toLowerCase()));
  const checkIns = listAt('/Lists/CheckIns');
  const goals = listAt('/Lists/Goals');
  if (!checkIns || !goals) throw new Error('the site has no CheckIns or Goals list');
  const template = [...(items.get(checkIns.id)?.values() ?? [])].find((i) => !i.folder);
  if (!template) throw new Error('no check-in to clone: seed the site first');
  const chosen = [...(items.get(goals.id)?.values() ?? [])]
    .filter((i) => !i.folder)
    .map((i) => ({ id: i.id, departmentId: Number(i.fields.Department), year: Number(i.fields.Year) }))
    .filter((g) => fill.goals(g));
  const out: string[] = [];
  let next = checkIns.nextItemId;
  for (const goal of chosen) {
    for (let k = 0; k < fill.perGoal; k++) {
      const status = fill.statuses[(goal.id + k) % fill.statuses.length];
      const at = new Date(Date.UTC(goal.year, (k * 2) % 12, 15, 9)).toISOString();
      const fields = { Title: status, ClientId: randomUUID(), Goal: goal.id, Department: goal.departmentId, Year: goal.year, DepartmentYear: `${goal.departmentId}:${goal.year}`, Status: status, Note: 'Status på målet.' };
      const item: LogItem = { ...template, id: next, fields, version: 1, created: at, modified: at, history: [], dir: `${checkIns.url}/afdeling-${goal.departmentId}` };
      out.push(JSON.stringify({ t: 'item', site: fill.site, listId: checkIns.id, item }));
      next += 1;
    }
  }
  out.push(JSON.stringify({ t: 'list', site: fill.site, list: { ...checkIns, nextItemId: next } }));
  appendFileSync(file, `${out.join('\n')}\n`);
  return next - checkIns.nextItemId;
}
