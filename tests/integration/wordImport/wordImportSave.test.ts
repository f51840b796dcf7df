// The Word import's save path over @pnp/sp against the emulator (issue 19): the 2023 agreement,
// written with the product's .docx writer, is imported for another department of the same year by
// the secretariat; importing it again makes no duplicates; a corrected file updates only what
// changed; a reader is refused by SharePoint and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { createWordImportServices } from '../../../src/services/wordImport/wordImportServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { seededDocuments } from '../../helpers/wordImportRoundTrip';
import { OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const READER = 'medarbejder.skanderborg@kommune.local';

let emulator: TestEmulator;
let target: number;
let docx: ArrayBuffer;

const importer = (login: string) => createWordImportServices(spForUser(emulator.siteUrl(SITE), login), SKANDERBORG_STAGES);
const goalsOf = async (departmentId: number) =>
  new GoalRepository(spForUser(emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES).forDepartmentYear(departmentId, 2023);

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  const departments = await new DepartmentRepository(spForUser(emulator.siteUrl(SITE), OWNER)).all();
  target = departments.find((d) => d.title === 'Byrådssekretariatet')!.id;
  docx = (await seededDocuments()).find((d) => d.key === 'skanderborg-2023')!.docx;
}, 180000);

afterAll(async () => {
  await emulator?.close();
});

describe('saving an imported agreement', () => {
  it('creates the agreement and every goal through the normal create path', async () => {
    const services = importer(SECRETARIAT);
    const file = await services.readFile('aftale-2023.docx', docx);
    const result = await services.save({ mapping: file.mapping, departmentId: target, year: 2023 });
    expect(result.agreement).toBe('created');
    expect(result.goals.map((g) => g.outcome)).toEqual(Array(9).fill('created'));
    const agreement = await new AgreementRepository(spForUser(emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES).getById(result.agreementId);
    expect(agreement).toMatchObject({ departmentId: target, year: 2023, stage: SKANDERBORG_STAGES.initialStage });
    expect(agreement.intro).toContain('DUS (Direktionens udviklingsstrategi) for 2023');
    const goals = await goalsOf(target);
    expect(goals).toHaveLength(9);
    const sick = goals.find((g) => g.number === 3)!;
    expect(sick.title).toBe('Sygefravær i staben');
    expect(sick.requirementIds).toHaveLength(1);
    expect(goals.filter((g) => g.climate !== undefined)).toHaveLength(2);
  });

  it('importing the same file again (or pressing Gem twice) makes no duplicates', async () => {
    const services = importer(SECRETARIAT);
    const file = await services.readFile('aftale-2023.docx', docx);
    const [first, second] = await Promise.all([
      services.save({ mapping: file.mapping, departmentId: target, year: 2023 }),
      services.save({ mapping: file.mapping, departmentId: target, year: 2023 })
    ]);
    expect(first.agreementId).toBe(second.agreementId);
    expect(await goalsOf(target)).toHaveLength(9);
    const again = await services.save({ mapping: file.mapping, departmentId: target, year: 2023 });
    expect(again.agreement).toBe('unchanged');
    expect(again.goals.every((g) => g.outcome === 'unchanged')).toBe(true);
  });

  it('a corrected file updates only the goal that changed', async () => {
    const services = importer(SECRETARIAT);
    const file = await services.readFile('aftale-2023.docx', docx);
    // The review moves the last paragraph of goal 3's activities to its follow-up.
    const parts = file.mapping.parts.filter((p) => p.destination.kind === 'goal' && p.destination.field === 'activities' && p.destination.goal === 2);
    parts[parts.length - 1].destination = { kind: 'goal', goal: 2, field: 'followUpMethod' };
    const result = await services.save({ mapping: file.mapping, departmentId: target, year: 2023 });
    expect(result.goals.filter((g) => g.outcome === 'updated').map((g) => g.title)).toEqual(['Sygefravær i staben']);
    expect(await goalsOf(target)).toHaveLength(9);
  });

  it('a reader is refused by SharePoint and nothing is written', async () => {
    const services = importer(READER);
    const file = await services.readFile('aftale-2023.docx', docx);
    const departments = await new DepartmentRepository(spForUser(emulator.siteUrl(SITE), OWNER)).all();
    const empty = departments.find((d) => d.title === 'Klimaafdelingen')!.id;
    await expect(services.save({ mapping: file.mapping, departmentId: empty, year: 2023 })).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await goalsOf(empty)).toHaveLength(0);
    expect(await new AgreementRepository(spForUser(emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES).forDepartmentYear(empty, 2023)).toBeUndefined();
  });
});
