// Lookups over the seed for the per-document tests: by key, failing loudly when a record is
// missing, and a normalised view of a source for reading its tables and lists.
import { seedMunicipalities } from '../../../seed';
import type { SeedAgreement, SeedGoal, SeedMunicipality, SeedStrategy } from '../../../seed/types';
import { normaliseText, readSeedSource, type SeedSourceId } from '../../../seed/sources';

export function municipality(key: SeedMunicipality['key']): SeedMunicipality {
  const found = seedMunicipalities.find((m) => m.key === key);
  if (!found) {
    throw new Error(`No municipality ${key}`);
  }
  return found;
}

export function agreementOf(m: SeedMunicipality, key: string): SeedAgreement {
  const found = m.agreements.find((a) => a.key === key);
  if (!found) {
    throw new Error(`No agreement ${key}`);
  }
  return found;
}

export function goalsOf(m: SeedMunicipality, agreementKey: string): SeedGoal[] {
  return m.goals.filter((g) => g.agreementKey === agreementKey);
}

export function strategyOf(m: SeedMunicipality, year: number): SeedStrategy {
  const found = m.strategies.find((s) => s.year === year);
  if (!found) {
    throw new Error(`No strategy for ${year}`);
  }
  return found;
}

export function departmentTitle(m: SeedMunicipality, key: string): string {
  const found = m.departments.find((d) => d.key === key);
  if (!found) {
    throw new Error(`No department ${key}`);
  }
  return found.title;
}

/** The source's lines, each normalised, without empty ones. */
export function sourceLines(id: SeedSourceId): string[] {
  return readSeedSource(id)
    .split('\n')
    .map((line) => line.replace(/\t/g, ' | '))
    .map((line) => normaliseText(line))
    .filter((line) => line.length > 0);
}

/** The raw lines of a source (tabs kept: the table cells). */
export function rawLines(id: SeedSourceId): string[] {
  return readSeedSource(id).split('\n');
}

/** Lines after the first line equal to `heading`, up to (not including) the first line for
 * which `stop` holds. */
export function linesAfter(lines: string[], heading: string, stop: (line: string) => boolean): string[] {
  const start = lines.indexOf(heading);
  if (start < 0) {
    throw new Error(`Heading not found: ${heading}`);
  }
  const rest = lines.slice(start + 1);
  const end = rest.findIndex(stop);
  return end < 0 ? rest : rest.slice(0, end);
}
