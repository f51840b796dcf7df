// "Start <year+1> som kopi af <year>": next year's DUS begins as this year's, with every date a
// year later. The ClientIds are derived from the source items and the target year (by the
// CopyClientIds the caller passes), so a second
// press or a retry after a lost response finds what the first made instead of making it again.
import type { ISODate, Requirement, Strategy, Track } from './types';
import type { RequirementDraft, StrategyDraft, TrackDraft } from './strategyValidation';

export interface StrategySource {
  strategy: Strategy;
  tracks: readonly Track[];
  requirements: readonly Requirement[];
}

/** The year a copy starts: the year after the source's last year (a two-year frame moves by two). */
export function copyTargetYear(strategy: Pick<Strategy, 'year' | 'yearTo'>): number {
  return (strategy.yearTo ?? strategy.year) + 1;
}

/** yyyy-mm-dd moved by whole years; 29 February becomes 28 February in a year without it. */
export function shiftDateByYears(date: ISODate, years: number): ISODate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const year = Number(match[1]) + years;
  const month = Number(match[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${match[2]}-${String(day).padStart(2, '0')}`;
}

/** How the copy names its creates: the same source and year must give the same id (the data
 * layer derives GUIDs, src/data/repositories/clientId.ts). */
export interface CopyClientIds {
  strategy(sourceId: number, year: number): string;
  track(sourceId: number, year: number): string;
  requirement(sourceId: number, year: number): string;
}

/** The source year written in the title ("DUS 2023") becomes the new one; other text is kept. */
function retitle(title: string, from: number, to: number, delta: number): string {
  return title.replace(/\b(20\d{2}|2100)\b/g, (y) => {
    const n = Number(y);
    return n >= from && n <= to ? String(n + delta) : y;
  });
}

/** Next year's DUS as a draft of new items (no ids), ClientIds set for idempotent creates. */
export function copyStrategy(source: StrategySource, copyClientIds: CopyClientIds): StrategyDraft {
  const s = source.strategy;
  const year = copyTargetYear(s);
  const delta = year - s.year;
  const tracks: TrackDraft[] = source.tracks.map((t) => ({
    kind: t.kind,
    number: t.number,
    title: t.title,
    description: t.description,
    clientId: copyClientIds.track(t.id, year)
  }));
  const requirements: RequirementDraft[] = source.requirements.map((r) => ({
    number: r.number,
    title: r.title,
    description: r.description,
    appliesTo: r.appliesTo,
    clientId: copyClientIds.requirement(r.id, year)
  }));
  return {
    strategy: {
      year,
      yearTo: s.yearTo === undefined ? undefined : s.yearTo + delta,
      title: retitle(s.title, s.year, s.yearTo ?? s.year, delta),
      vision: s.vision,
      intro: s.intro,
      deadlines: s.deadlines.map((d) => (d.date === undefined ? { title: d.title } : { title: d.title, date: shiftDateByYears(d.date, delta) })),
      minimumGoalContent: [...s.minimumGoalContent],
      goalTemplate: s.goalTemplate,
      agreementSections: s.agreementSections === undefined ? undefined : [...s.agreementSections],
      clientId: copyClientIds.strategy(s.id, year)
    },
    tracks: tracks.map(dropUndefinedKeys),
    requirements: requirements.map(dropUndefinedKeys)
  };
}

function dropUndefinedKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
