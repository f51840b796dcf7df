// Multi-year agreements (Albertslund's virksomhedsplan 2016-2017; a DUS with "Til og med år"):
// an agreement or strategy covers every year from Year to YearTo. Its goals are stored under the
// first year (Year) and belong to every year the agreement covers.

/** The longest period an agreement may cover. The reads of a year look this many years back for
 * goals of an agreement that started earlier, so the bound keeps those reads small. */
export const MAX_AGREEMENT_YEARS = 5;

export interface YearSpan {
  year: number;
  yearTo?: number;
}

/** Whether the item (agreement or strategy) covers the year. */
export function coversYear(span: YearSpan, year: number): boolean {
  return span.year === year || (span.year < year && (span.yearTo ?? span.year) >= year);
}

/** The years the item covers, first to last. */
export function coveredYears(span: YearSpan): number[] {
  const years: number[] = [];
  for (let y = span.year; y <= Math.max(span.year, span.yearTo ?? span.year); y += 1) years.push(y);
  return years;
}

/** Of several items covering a year, the one of that very year first (a leftover of an older
 * period never hides the year's own), else the one that started latest. */
export function pickCovering<T extends YearSpan>(items: readonly T[], year: number): T | undefined {
  return [...items].filter((i) => coversYear(i, year)).sort((a, b) => b.year - a.year)[0];
}

/** Whether a goal belongs to the year: stored under it, or under the first year of its
 * agreement when that agreement covers the year. */
export function goalInYear(goal: { year: number; agreementId: number }, year: number, agreements: ReadonlyArray<YearSpan & { id: number }>): boolean {
  if (goal.year === year) return true;
  const agreement = agreements.find((a) => a.id === goal.agreementId);
  return agreement !== undefined && agreement.year === goal.year && coversYear(agreement, year);
}

/** "2016-2017" for a multi-year period, "2023" for one year. */
export function periodText(span: YearSpan): string {
  return span.yearTo !== undefined && span.yearTo > span.year ? `${span.year}-${span.yearTo}` : String(span.year);
}
