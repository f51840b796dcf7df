// Re-importing a corrected file against the emulator (issue 19, decision 0011): the 2023 agreement
// is imported, then edited in the app, then imported again from a corrected file. What only the
// app changed is kept, what only the file changed is applied, and a field both changed is
// reported with both values, written only when the user chooses. An unnumbered goal inserted in
// the middle of the file is a new goal; the goals after it keep their items and ClientIds.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import type { ImportMapping, ImportPart } from '../../../src/domain/wordImport/recognise';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { createWordImportServices } from '../../../src/services/wordImport/wordImportServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { seededDocuments } from '../../helpers/wordImportRoundTrip';
import { OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';

let emulator: TestEmulator;
let docx: ArrayBuffer;
let departments: Array<{ id: number; title: string }>;

const importer = () => createWordImportServices(spForUser(emulator.siteUrl(SITE), SECRETARIAT), SKANDERBORG_STAGES);
const goalRepo = () => new GoalRepository(spForUser(emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES);
const agreementRepo = () => new AgreementRepository(spForUser(emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES);
const departmentId = (title: string): number => departments.find((d) => d.title === title)!.id;

/** The mapping's text in one goal field (or agreement field), replaced as a corrected file would have it. */
function setText(mapping: ImportMapping, match: (p: ImportPart) => boolean, text: string): void {
  const parts = mapping.parts.filter(match);
  expect(parts.length).toBeGreaterThan(0);
  parts[0].text = text;
  for (const p of parts.slice(1)) p.text = '';
}
const goalField =
  (goal: number, field: string) =>
  (p: ImportPart): boolean =>
    p.destination.kind === 'goal' && p.destination.goal === goal && p.destination.field === field;
/** The file with a free section of its own ("Bæredygtig arbejdskultur"), as some years' documents have. */
function withSection(mapping: ImportMapping, heading: string, body: string): ImportMapping {
  const next = Math.max(...mapping.parts.map((p) => p.index)) + 1;
  return {
    ...mapping,
    sections: [...mapping.sections, { heading }],
    parts: [...mapping.parts, { index: next, source: body, text: body, destination: { kind: 'section', section: mapping.sections.length } }]
  };
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  departments = await new DepartmentRepository(spForUser(emulator.siteUrl(SITE), OWNER)).all();
  docx = (await seededDocuments()).find((d) => d.key === 'skanderborg-2023')!.docx;
}, 180000);

afterAll(async () => {
  await emulator?.close();
});

describe('importing a corrected file after edits in the app', () => {
  it('keeps the app edit, applies the file change and reports the field both changed', async () => {
    const target = departmentId('Byrådssekretariatet');
    const services = importer();
    const first = await services.readFile('aftale-2023.docx', docx);
    const created = await services.save({
      mapping: withSection(first.mapping, 'Bæredygtig arbejdskultur', 'Afsnittet som i filen.'),
      departmentId: target,
      year: 2023
    });
    expect(created.goals.every((g) => g.outcome === 'created')).toBe(true);

    // Someone edits goal 3 and the agreement in the app.
    const goals = goalRepo();
    const sick = (await goals.forDepartmentYear(target, 2023)).find((g) => g.number === 3)!;
    await goals.update(sick, { purpose: 'Rettet i appen: baggrunden.', citizenImpact: 'Rettet i appen: HR og ledelsen.' });
    const agreements = agreementRepo();
    const agreement = await agreements.getById(created.agreementId);
    const section = agreement.sections![0];
    await agreements.update(agreement, {
      intro: 'Indledning rettet i appen.',
      sections: agreement.sections!.map((s, i) => (i === 0 ? { ...s, body: 'Afsnit rettet i appen.' } : s))
    });

    // The corrected file: goal 3's statement and citizen impact changed, a core task added, the same section changed.
    const corrected = await services.readFile('aftale-2023-rettet.docx', docx);
    const m = withSection(corrected.mapping, 'Bæredygtig arbejdskultur', 'Afsnittet som i filen.');
    const sickPosition = m.goals.findIndex((g) => g.number === 3);
    setText(m, goalField(sickPosition, 'goalStatement'), 'Rettet i filen: sygefraværet skal under 2,5 pct.');
    setText(m, goalField(sickPosition, 'citizenImpact'), 'Rettet i filen: alle medarbejdere.');
    // The first file had no core task; the corrected one has.
    m.parts.push({
      index: 10000,
      source: 'Kerneopgave rettet i filen.',
      text: 'Kerneopgave rettet i filen.',
      destination: { kind: 'agreement', field: 'coreTask' }
    });
    const sectionIndex = m.sections.findIndex((s) => s.heading === section.heading);
    setText(m, (p) => p.destination.kind === 'section' && p.destination.section === sectionIndex, 'Afsnit rettet i filen.');

    const merged = await services.save({ mapping: m, departmentId: target, year: 2023 });
    const after = (await goals.forDepartmentYear(target, 2023)).find((g) => g.number === 3)!;
    expect(after.purpose).toBe('Rettet i appen: baggrunden.');
    expect(after.goalStatement).toBe('Rettet i filen: sygefraværet skal under 2,5 pct.');
    expect(after.citizenImpact).toBe('Rettet i appen: HR og ledelsen.');
    const stored = await agreements.getById(created.agreementId);
    expect(stored.intro).toBe('Indledning rettet i appen.');
    expect(stored.coreTask).toBe('Kerneopgave rettet i filen.');
    expect(stored.sections![0].body).toBe('Afsnit rettet i appen.');
    expect(merged.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          item: 'goal',
          field: 'citizenImpact',
          mine: 'Rettet i filen: alle medarbejdere.',
          theirs: 'Rettet i appen: HR og ledelsen.'
        }),
        expect.objectContaining({
          item: 'agreement',
          field: 'sections',
          sectionHeading: section.heading,
          mine: 'Afsnit rettet i filen.',
          theirs: 'Afsnit rettet i appen.'
        })
      ])
    );
    expect(merged.conflicts).toHaveLength(2);
    // Partly updated (the statement); its waiting field is among the conflicts.
    expect(merged.goals.find((g) => g.title === 'Sygefravær i staben')!.outcome).toBe('updated');
    expect(merged.goals.filter((g) => g.outcome === 'unchanged')).toHaveLength(8);

    // The user keeps the file's "citizen impact" and the app's section; nothing else moves.
    const choices = Object.fromEntries(merged.conflicts.map((c) => [c.key, c.item === 'goal' ? ('mine' as const) : ('theirs' as const)]));
    const resolved = await services.save({ mapping: m, departmentId: target, year: 2023, choices });
    expect(resolved.conflicts).toEqual([]);
    const final = (await goals.forDepartmentYear(target, 2023)).find((g) => g.number === 3)!;
    expect(final.citizenImpact).toBe('Rettet i filen: alle medarbejdere.');
    expect(final.purpose).toBe('Rettet i appen: baggrunden.');
    expect((await agreements.getById(created.agreementId)).sections![0].body).toBe('Afsnit rettet i appen.');

    // The answers are remembered: the same file again changes nothing and asks nothing.
    const again = await services.save({ mapping: m, departmentId: target, year: 2023 });
    expect(again.conflicts).toEqual([]);
    expect(again.agreement).toBe('unchanged');
    expect(again.goals.every((g) => g.outcome === 'unchanged')).toBe(true);
  });
});

/** The mapping with its goals unnumbered, as a document without goal numbers is read. */
function unnumbered(mapping: ImportMapping): ImportMapping {
  return { ...mapping, goals: mapping.goals.map(({ number: _n, ...g }) => g) };
}

/** A new goal with a title and a purpose inserted before position `at`. */
function inserted(mapping: ImportMapping, at: number, title: string, purpose: string): ImportMapping {
  const shift = (p: ImportPart): ImportPart => {
    const d = p.destination;
    if ((d.kind === 'goal' || d.kind === 'climate') && d.goal >= at) return { ...p, destination: { ...d, goal: d.goal + 1 } };
    if (d.kind === 'structure' && d.goal !== undefined && d.goal >= at) return { ...p, destination: { ...d, goal: d.goal + 1 } };
    return p;
  };
  const next = Math.max(...mapping.parts.map((p) => p.index)) + 1;
  return {
    ...mapping,
    goals: [...mapping.goals.slice(0, at), { skip: false }, ...mapping.goals.slice(at)],
    parts: [
      ...mapping.parts.map(shift),
      { index: next, source: title, text: title, destination: { kind: 'goal', goal: at, field: 'title' } },
      { index: next + 1, source: purpose, text: purpose, destination: { kind: 'goal', goal: at, field: 'purpose' } }
    ]
  };
}

describe('an unnumbered goal inserted in the middle of a corrected file', () => {
  it('is created as a new goal, and the goals after it keep their items, ClientIds and texts', async () => {
    const target = departmentId('Klimaafdelingen');
    const services = importer();
    const file = await services.readFile('aftale-2023.docx', docx);
    const first = unnumbered(file.mapping);
    await services.save({ mapping: first, departmentId: target, year: 2023 });
    const before = await goalRepo().forDepartmentYear(target, 2023);
    expect(before).toHaveLength(9);

    const corrected = inserted(
      unnumbered((await services.readFile('aftale-2023.docx', docx)).mapping),
      2,
      'Et nyt mål om trivsel',
      'Et nyt afsnit om trivsel.'
    );
    const result = await services.save({ mapping: corrected, departmentId: target, year: 2023 });
    expect(result.goals.filter((g) => g.outcome === 'created').map((g) => g.title)).toEqual(['Et nyt mål om trivsel']);
    expect(result.goals.filter((g) => g.outcome === 'updated')).toEqual([]);
    expect(result.conflicts).toEqual([]);

    const after = await goalRepo().forDepartmentYear(target, 2023);
    expect(after).toHaveLength(10);
    for (const goal of before) {
      const same = after.find((g) => g.id === goal.id)!;
      expect(same.clientId).toBe(goal.clientId);
      expect(same.title).toBe(goal.title);
      expect(same.purpose).toBe(goal.purpose);
    }
    const added = after.find((g) => g.title === 'Et nyt mål om trivsel')!;
    expect(before.map((g) => g.clientId)).not.toContain(added.clientId);

    // Pressing Gem again finds the new goal by its content: still ten goals.
    const again = await services.save({ mapping: corrected, departmentId: target, year: 2023 });
    expect(again.goals.every((g) => g.outcome === 'unchanged')).toBe(true);
    expect(await goalRepo().forDepartmentYear(target, 2023)).toHaveLength(10);
  });
});
