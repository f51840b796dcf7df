// Seed facts of issue 16 read from the source documents: the 2022 DUS keeps track 2's sub-headings
// as headings, 2023's goal 7 keeps "Tidsperspektiv: Flerårigt", and no seeded text carries raw
// markup (the sources' Markdown asterisks) that a reader would see as text.
import { textBlocks } from '../../../src/domain/documentText';
import { seedMunicipalities } from '../../../seed';
import { materialise } from '../../../seed/materialise';
import { goalsOf, municipality, rawLines, strategyOf } from './seedLookup';

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('seed fidelity of issue 16', () => {
  it("keeps the 2022 DUS track 2 sub-headings as headings, in the document's order", () => {
    const lines = rawLines('skanderborgDus2022').map((l) => l.trim());
    const from = lines.indexOf('SPOR 2');
    const to = lines.indexOf('SPOR 3');
    const sub = ['Ansvar for helhed og sammenhæng', 'Ledelsesgrundlag', 'Ledelsesspænd', 'Sygefravær', 'Tværgående samarbejde'];
    // The document has them as lines of their own under SPOR 2.
    expect(
      sub.every((h) => {
        const at = lines.indexOf(h, from);
        return at > from && at < to;
      })
    ).toBe(true);
    const track2 = strategyOf(municipality('skanderborg'), 2022).tracks.find((t) => t.kind === 'track' && t.number === 2);
    const headings = textBlocks(track2?.description)
      .filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(sub);
    // Each heading is followed by its text, not by another heading.
    const blocks = textBlocks(track2?.description);
    blocks.forEach((b, i) => {
      if (b.kind === 'heading') expect(blocks[i + 1]?.kind).toBe('paragraph');
    });
  });

  it('stores 2023 goal 7\'s "Tidsperspektiv: Flerårigt"', () => {
    const lines = rawLines('skanderborg2023')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(lines[lines.indexOf('Tidsperspektiv:') + 1]).toBe('Flerårigt');
    const sk = municipality('skanderborg');
    const goal7 = goalsOf(sk, 'sk-aftale-2023-okonomi-digitalisering-indkob').find((g) => g.number === 7);
    expect(goal7?.horizon).toBe('multiYear');
    const stored = materialise(sk).goals.find((g) => g.year === 2023 && g.number === 7);
    expect(stored?.horizon).toBe('multiYear');
  });

  it("shows no raw markup: the sources' asterisks never reach a seeded text", () => {
    for (const m of seedMunicipalities) {
      const data = materialise(m);
      const texts = strings([data.strategies, data.tracks, data.requirements, data.agreements, data.goals]);
      expect(texts.filter((t) => /\*/.test(t))).toEqual([]);
    }
    // The sources do have them (e.g. 2019's "*Mennesker møder mennesker*"), so the check can fail.
    expect(rawLines('skanderborg2019').some((l) => l.includes('*Mennesker møder mennesker*'))).toBe(true);
  });
});
