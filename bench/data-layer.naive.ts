// The naive data layer the benchmark compares against: what PnPjs makes easy. Every list is read
// whole (v3's items.getAll(): all columns, 2,000 rows a page, following every page) and filtered
// in the browser. Correct on a small list; its cost grows with the whole list, not with the view.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { listDef, SCHEMA, type ListKey } from '../src/data/schema';

type Row = Record<string, unknown>;

async function getAll(sp: SPFI, key: ListKey): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of sp.web.lists.getByTitle(listDef(SCHEMA, key).title).items.top(2000)) {
    rows.push(...(page as Row[]));
  }
  return rows;
}

export async function naiveDepartmentView(sp: SPFI, departmentId: number, year: number): Promise<{ goals: number; agreement: boolean }> {
  const [agreements, goals, strategies, tracks, requirements] = await Promise.all(
    (['Agreements', 'Goals', 'Strategies', 'Tracks', 'Requirements'] as const).map((k) => getAll(sp, k))
  );
  const strategy = strategies.find((s) => s.Year === year);
  const mine = goals.filter(
    (g) => g.Year === year && (g.DepartmentId === departmentId || (Array.isArray(g.SharedWithId) && g.SharedWithId.includes(departmentId)))
  );
  void tracks.filter((t) => t.StrategyId === strategy?.Id);
  void requirements.filter((r) => r.StrategyId === strategy?.Id);
  return { goals: mine.length, agreement: agreements.some((a) => a.DepartmentId === departmentId && a.Year === year) };
}

export async function naiveOrganisationOverview(sp: SPFI, year: number): Promise<{ goals: number }> {
  const [, agreements, goals] = await Promise.all(
    (['Departments', 'Agreements', 'Goals', 'Strategies', 'Tracks', 'Requirements'] as const).map((k) => getAll(sp, k))
  );
  void agreements.filter((a) => a.Year === year);
  return { goals: goals.filter((g) => g.Year === year).length };
}

export async function naiveApprovalQueue(sp: SPFI, stageLabels: readonly string[]): Promise<{ goals: number }> {
  const [agreements, goals] = await Promise.all((['Agreements', 'Goals'] as const).map((k) => getAll(sp, k)));
  void agreements.filter((a) => stageLabels.includes(String(a.Stage)));
  return { goals: goals.filter((g) => stageLabels.includes(String(g.Stage))).length };
}
