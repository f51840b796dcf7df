// The track matrix: goals x (tracks, themes, focus areas, then policies), with an X where the goal
// starts from that column. It is the seeds' "Udgangspunkt for målet" table, for a whole agreement.
import type { Goal, Track, TrackKind } from './types';
import { byGoalNumber } from './coverage';

export type MatrixGoal = Pick<Goal, 'id' | 'title' | 'number' | 'trackIds' | 'policies'>;

export interface MatrixColumn {
  /** 'track:<id>' or 'policy:<normalised name>'; stable for React keys and export. */
  key: string;
  kind: TrackKind | 'policy';
  title: string;
  trackId?: number;
  number?: number;
}

export interface MatrixRow<G extends MatrixGoal = MatrixGoal> {
  goal: G;
  /** One per column, in column order. */
  marks: boolean[];
}

export interface TrackMatrix<G extends MatrixGoal = MatrixGoal> {
  columns: MatrixColumn[];
  rows: MatrixRow<G>[];
  /** Goals marked per column, in column order (the coverage heat map reads this). */
  totals: number[];
}

const KIND_ORDER: Readonly<Record<TrackKind, number>> = { track: 0, focusArea: 1, theme: 2 };

/** Policies are free text in the documents ("Digitaliserings- og IT strategien" in a goal,
 * "Digitaliserings- og IT-strategien" on the agreement): they match case-, hyphen- and
 * space-insensitively, and the column keeps the first spelling met. */
export function policyKey(name: string): string {
  return name.toLocaleLowerCase('da-DK').replace(/[\s\-–]+/g, '');
}

/**
 * @param tracks the columns before the policies: the strategy's tracks, themes or focus areas.
 * @param policies extra policy columns to show even when no goal marks them (e.g. the
 *   agreement's own policies); policies marked by goals are added after them.
 */
export function trackMatrix<G extends MatrixGoal>(goals: G[], tracks: Track[], policies: string[] = []): TrackMatrix<G> {
  const trackColumns: MatrixColumn[] = [...tracks]
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.number ?? 0) - (b.number ?? 0) || a.id - b.id)
    .map((t) => ({ key: `track:${t.id}`, kind: t.kind, title: t.title, trackId: t.id, number: t.number }));

  const orderedGoals = [...goals].sort(byGoalNumber);
  const policyColumns: MatrixColumn[] = [];
  const seen = new Set<string>();
  for (const name of [...policies, ...orderedGoals.flatMap((g) => g.policies)]) {
    const key = policyKey(name);
    if (key.length > 0 && !seen.has(key)) {
      seen.add(key);
      policyColumns.push({ key: `policy:${key}`, kind: 'policy', title: name.trim() });
    }
  }

  const columns = [...trackColumns, ...policyColumns];
  const rows = orderedGoals.map((goal): MatrixRow<G> => {
    const goalPolicies = new Set(goal.policies.map(policyKey));
    const marks = columns.map((c) => (c.trackId !== undefined ? goal.trackIds.includes(c.trackId) : goalPolicies.has(c.key.slice('policy:'.length))));
    return { goal, marks };
  });
  const totals = columns.map((_, i) => rows.filter((r) => r.marks[i]).length);
  return { columns, rows, totals };
}

/** Tracks no goal marks: a department's blind spots against the year's DUS. */
export function unmarkedTracks(matrix: TrackMatrix): MatrixColumn[] {
  return matrix.columns.filter((c, i) => c.kind !== 'policy' && matrix.totals[i] === 0);
}
