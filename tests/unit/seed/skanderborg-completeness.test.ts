// Completeness of the Skanderborg goals against sources 000 and 001: each goal field carries the
// whole section of the document it comes from, not only part of it. The fidelity test proves
// each line exists in the source; this one proves no line was left out.
import { AGREEMENT_2020_KEY } from '../../../seed/skanderborg/agreement-2020';
import { AGREEMENT_2023_KEY } from '../../../seed/skanderborg/agreement-2023';
import { normaliseText, verbatimPieces } from '../../../seed/sources';
import type { SeedGoal } from '../../../seed/types';
import { goalsOf, municipality, rawLines, sourceLines } from './seedLookup';

const m = municipality('skanderborg');

function flat(text: string | undefined): string {
  return verbatimPieces(text ?? '').join(' ');
}

type TextField = 'purpose' | 'goalStatement' | 'citizenImpact' | 'activities' | 'involved' | 'followUpMethod';

describe('seed completeness: the 2020 goal tables (000)', () => {
  const goals = goalsOf(m, AGREEMENT_2020_KEY);
  const rows: Array<[TextField, RegExp]> = [
    ['purpose', /^(Hvilken forandring vil vi opnå\?|Hvad vil vi opnå med forandringen\?)\t/],
    ['activities', /^Hvordan gør vi det\?\t/],
    ['involved', /^Hvem er involveret\?\t/],
    ['followUpMethod', /^Hvordan følger vi op på virkning(en)?\?\t/]
  ];
  const raw = rawLines('skanderborg2020');

  it.each(rows)('%s: each goal carries its whole table cell', (field, label) => {
    const cells = raw.filter((l) => label.test(l)).map((l) => normaliseText(l.split('\t')[1]));
    expect(cells).toHaveLength(4);
    expect(goals.map((g) => flat(g[field]))).toEqual(cells);
  });
});

describe('seed completeness: the 2023 goal sections (001)', () => {
  const goals = goalsOf(m, AGREEMENT_2023_KEY).filter((g) => g.number !== undefined);
  const lines = sourceLines('skanderborg2023');
  const goalsTitles = goals.map((g) => g.title);
  const labels: Record<string, TextField | 'skip'> = {
    'Baggrund og formål': 'purpose',
    Udviklingsmål: 'goalStatement',
    'Udviklingsmål:': 'goalStatement',
    'Forventede virkninger for borgeren:': 'citizenImpact',
    'Tidsperspektiv:': 'skip',
    'Aktiviteter:': 'activities',
    'Opfølgning på udviklingsmålet og virkning:': 'followUpMethod'
  };
  // The goals start after the introduction's last line.
  const introEnd = lines.indexOf('Hver afdeling har desuden udarbejdet egne/fælles udviklingsmål.');
  const ends = new Set(['Fællesmål med Byrådssekretariatet og HR', 'Mål vedr. Klimainsatsen']);

  /** The document's sections of goal n, by field. */
  function sections(goal: SeedGoal): Partial<Record<TextField | 'skip', string>> {
    const heading = lines.findIndex((l, i) => i > introEnd && new RegExp(`^${goal.number}\\. (Udviklingsmål: )?`).test(l) && l.endsWith(goal.title));
    const result: Partial<Record<TextField | 'skip', string>> = {};
    let field: TextField | 'skip' | undefined;
    for (const line of lines.slice(heading + 1)) {
      if (ends.has(line) || (/^[1-7]\. (Udviklingsmål: )?/.test(line) && goalsTitles.some((t) => line.endsWith(t)))) {
        break;
      }
      if (labels[line] !== undefined) {
        field = labels[line];
      } else if (field) {
        result[field] = [result[field], line].filter((x) => x !== undefined).join(' ');
      }
    }
    return result;
  }
  it.each(goals.map((g) => [g.number, g] as const))('goal %i carries every section whole', (_n, goal) => {
    expect(introEnd).toBeGreaterThan(0);
    const found = sections(goal);
    for (const field of ['purpose', 'goalStatement', 'citizenImpact', 'activities', 'followUpMethod'] as const) {
      expect(flat(goal[field])).toBe(found[field]);
    }
  });
});
