/**
 * @jest-environment node
 */
// Issue 19, round trip: every seeded agreement exported with the product's .docx writer and
// imported again gives back the same agreement, section by section and goal by goal.
import { roundTrip, seededDocuments, type FieldResult } from '../../helpers/wordImportRoundTrip';

jest.setTimeout(120000);

describe('Word import round trip over the seeded agreements', () => {
  let results: FieldResult[] = [];
  beforeAll(async () => {
    const docs = await seededDocuments();
    for (const doc of docs) results.push(...(await roundTrip(doc)));
  });

  it('covers all five seeded agreements and every goal', () => {
    expect(new Set(results.map((r) => r.agreement)).size).toBe(5);
    expect(results.filter((r) => r.field === 'goal count').every((r) => r.same)).toBe(true);
  });

  it('gives back every text field identically (target 100 %)', () => {
    const text = results.filter((r) => r.text);
    const differing = text.filter((r) => !r.same).map((r) => `${r.agreement} ${r.goal ?? ''} ${r.field}`);
    expect(differing).toEqual([]);
  });

  it('gives back the other fields (tracks, policies, partners, requirements, evidence, outcome, climate)', () => {
    const other = results.filter((r) => !r.text);
    const differing = other.filter((r) => !r.same).map((r) => `${r.agreement} ${r.goal ?? ''} ${r.field}`);
    // What the writer does not print cannot come back (reported in the notes, not hidden): a
    // target's baseline ("Højst 2,8 pct.: note" only), and the policies of a climate-only goal
    // (the annex has no "Udgangspunkt for målet" table).
    const unprinted = [
      'skanderborg-2023 3 Sygefravær i staben target',
      'skanderborg-2023 Indkøb med omtanke – videreførelsen af strategisporet ”Fokus på bæredygtige indkøb” policies',
      'skanderborg-2023 Bæredygtige Pc-anskaffelser policies'
    ];
    expect(differing.filter((d) => !unprinted.includes(d))).toEqual([]);
    const share = other.filter((r) => r.same).length / other.length;
    // eslint-disable-next-line no-console
    console.log(
      `round trip: ${results.filter((r) => r.text && r.same).length}/${results.filter((r) => r.text).length} text fields, ${other.filter((r) => r.same).length}/${other.length} other fields identical (${(share * 100).toFixed(1)} %)`
    );
  });
});
