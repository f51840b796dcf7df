// Every Danish text in the seed occurs in its source document (after whitespace, markup and case
// normalisation, and the listed two-column repairs), so a typo or an invented sentence fails.
// Texts are found by walking the records, not by a list of fields, so a new field is checked too.
import { seedMunicipalities } from '../../../seed';
import type { SeedMunicipality } from '../../../seed/types';
import {
  SEED_SOURCE_IDS,
  SOURCE_REPAIRS,
  comparableSource,
  missingPieces,
  normaliseText,
  readSeedSource,
  verbatimPieces,
  type SeedSourceId
} from '../../../seed/sources';

/** Properties that hold codes, keys or dates rather than document text. */
const NOT_TEXT = new Set([
  'key',
  'agreementKey',
  'departmentKey',
  'parentKey',
  'continuesFromKey',
  'sharedWithDepartmentKeys',
  'source',
  'stage',
  'kind',
  'appliesTo',
  'horizon',
  'outcome',
  'direction',
  'unit',
  'date',
  'endDate',
  'email',
  'minimumGoalContent',
  'goalTemplate'
]);

interface Text {
  path: string;
  value: string;
}

function textsOf(value: unknown, path: string, out: Text[]): Text[] {
  if (typeof value === 'string') {
    out.push({ path, value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => textsOf(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) {
      if (!NOT_TEXT.has(name)) {
        textsOf(child, `${path}.${name}`, out);
      }
    }
  }
  return out;
}

const comparable = new Map<SeedSourceId, string>(SEED_SOURCE_IDS.map((id) => [id, comparableSource(id)]));

function sourceOf(m: SeedMunicipality, agreementKey: string): SeedSourceId {
  const agreement = m.agreements.find((a) => a.key === agreementKey);
  if (!agreement) {
    throw new Error(`No agreement ${agreementKey}`);
  }
  return agreement.source;
}

function textsWithSource(m: SeedMunicipality): Array<Text & { source: SeedSourceId }> {
  const result: Array<Text & { source: SeedSourceId }> = [];
  for (const s of m.strategies) {
    textsOf(s, s.key, []).forEach((t) => result.push({ ...t, source: s.source }));
  }
  for (const a of m.agreements) {
    textsOf(a, a.key, []).forEach((t) => result.push({ ...t, source: a.source }));
  }
  for (const g of m.goals) {
    textsOf(g, g.key, []).forEach((t) => result.push({ ...t, source: sourceOf(m, g.agreementKey) }));
  }
  return result;
}

describe('seed fidelity to the source documents', () => {
  it.each(seedMunicipalities.map((m) => [m.key, m] as const))('%s: every strategy, agreement and goal text occurs in its source', (_key, m) => {
    const texts = textsWithSource(m);
    expect(texts.length).toBeGreaterThan(100);
    const failures = texts.flatMap((t) => missingPieces(t.value, comparable.get(t.source) ?? '').map((piece) => `${t.path} (${t.source}): ${piece}`));
    expect(failures).toEqual([]);
  });

  it.each(seedMunicipalities.map((m) => [m.key, m] as const))("%s: every department title occurs in one of the municipality's sources", (_key, m) => {
    const sources = new Set<SeedSourceId>([...m.strategies.map((s) => s.source), ...m.agreements.map((a) => a.source)]);
    const all = [...sources].map((id) => comparable.get(id) ?? '').join(' ');
    const missing = m.departments.filter((d) => missingPieces(d.title, all).length > 0).map((d) => d.title);
    expect(missing).toEqual([]);
  });

  it('catches an invented sentence and a one-letter typo', () => {
    const source = comparable.get('skanderborg2020') ?? '';
    expect(missingPieces('Stabens kerneopgave er at understøtte hele organisationen og dens kerneopgaver.', source)).toEqual([]);
    expect(missingPieces('Stabens kerneopgave er at understøtte hele organisationen og dens kerneopgaver!', source)).toHaveLength(1);
    expect(missingPieces('Staben holder fri hele december.', source)).toHaveLength(1);
  });

  it('seed texts are whitespace-normalised: no double spaces, tabs or blank lines', () => {
    const texts = seedMunicipalities.flatMap((m) => textsWithSource(m));
    const untidy = texts.filter((t) => /\t| {2,}(?! *-)|\n\n|^\s|\s$/.test(t.value.replace(/\n {2}- /g, '\n- '))).map((t) => t.path);
    expect(untidy).toEqual([]);
  });

  it('each repair still matches its source and only reorders words or drops a one-letter residue', () => {
    for (const id of SEED_SOURCE_IDS) {
      const normalised = normaliseText(readSeedSource(id));
      for (const repair of SOURCE_REPAIRS[id]) {
        expect(normalised).toContain(repair.from);
        const from = repair.from.split(' ').sort();
        const to = repair.to.split(' ').sort();
        const dropped = [...from];
        for (const word of to) {
          const at = dropped.indexOf(word);
          expect(at).toBeGreaterThanOrEqual(0);
          dropped.splice(at, 1);
        }
        expect(dropped.every((word) => word.length === 1)).toBe(true);
        expect(dropped.length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('splits list items and strips their markers before comparing', () => {
    expect(verbatimPieces('Intro:\n- første punkt\n  - underpunkt\n2. andet')).toEqual(['Intro:', 'første punkt', 'underpunkt', '2. andet']);
  });
});
