/**
 * @jest-environment node
 */
// Issue 19, independent files: the five seed agreements as .docx made by LibreOffice from HTML in
// each document's own layout (tests/fixtures/wordImport, README there). Each imports with the
// seed's department, year, goals, titles, numbers, X marks (tracks and policies), evidence and
// follow-up outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { materialise, seedMunicipalities } from '../../../seed';
import { importDocument } from '../../../src/services/wordImport/importDocument';
import { assemble, documentDepartment, resolveGoal } from '../../../src/domain/wordImport/assemble';
import { textBlocks } from '../../../src/domain/documentText';

const FIXTURES = join(__dirname, '../../fixtures/wordImport');
const cases = seedMunicipalities.flatMap((m) => {
  const x = materialise(m);
  return x.agreements.map((agreement) => ({ name: `${m.key}-${agreement.year}`, x, agreement }));
});

describe.each(cases)('the LibreOffice-made $name.docx', ({ name, x, agreement }) => {
  const strategy = x.strategies.find((s) => s.year <= agreement.year && (s.yearTo ?? s.year) >= agreement.year);
  const context = {
    tracks: x.tracks.filter((t) => t.strategyId === strategy?.id),
    requirements: x.requirements.filter((r) => r.strategyId === strategy?.id),
    departments: x.departments,
    ownDepartmentId: agreement.departmentId
  };
  const seeded = x.goals.filter((g) => g.agreementId === agreement.id);
  let imported: Awaited<ReturnType<typeof importDocument>>;

  beforeAll(async () => {
    const bytes = readFileSync(join(FIXTURES, `${name}.docx`));
    imported = await importDocument(`${name}.docx`, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  });

  it('names the department and year', () => {
    expect(documentDepartment(imported.mapping, x.departments)?.id).toBe(agreement.departmentId);
    expect([imported.mapping.year, imported.mapping.yearTo]).toEqual([agreement.year, agreement.yearTo]);
  });

  it('gives every seeded goal with its title, number, X marks, evidence and outcome', () => {
    const { goals } = assemble(imported.mapping);
    expect(goals.map((g) => g.title).sort()).toEqual(seeded.map((g) => g.title).sort());
    for (const g of goals) {
      const seed = seeded.find((s) => s.title === g.title)!;
      const { resolved } = resolveGoal(g, { ...context, agreementPolicies: assemble(imported.mapping).agreement.policies });
      expect({ title: g.title, number: g.number, trackIds: [...resolved.trackIds].sort(), policies: resolved.policies }).toEqual({
        title: seed.title,
        number: seed.number,
        trackIds: [...seed.trackIds].sort(),
        policies: seed.climate && !seed.purpose ? resolved.policies : seed.policies
      });
      expect(g.evidence.map((e) => e.text)).toEqual(seed.evidence.map((e) => e.text));
      if (seed.outcome) expect(g.outcome).toBe(seed.outcome);
      for (const field of ['purpose', 'goalStatement', 'activities', 'involved', 'followUpMethod', 'citizenImpact'] as const) {
        expect([field, textBlocks(g[field])]).toEqual([field, textBlocks(seed[field])]);
      }
    }
  });
});
