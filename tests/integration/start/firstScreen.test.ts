// Issue 16: each seeded user's first screen, from the facts SharePoint gives (Departments list,
// group membership, Mine opgaver, the user profile's Department), and the multi-year agreement
// (Albertslund's virksomhedsplan 2016-2017) in every year it covers, through the real @pnp/sp client.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import { ALBERTSLUND_STAGES, SKANDERBORG_STAGES, type StageConfiguration } from '../../../src/domain';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { StrategyRepository } from '../../../src/data/repositories/strategyRepository';
import { createAppServices } from '../../../src/services/createAppServices';
import { createOverviewServices } from '../../../src/services/overview/overviewServices';
import { profileDepartment } from '../../../src/services/firstScreen/firstScreenServices';
import type { AppServices } from '../../../src/services/AppServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SK = '/sites/skanderborg';
const AL = '/sites/albertslund';
const today = new Date('2026-03-01T12:00:00Z');
let emulator: TestEmulator;
const ids = new Map<string, number>();

const sp = (site: string, login: string): SPFI => spForUser(emulator.siteUrl(site), login);
const services = (site: string, login: string, config: StageConfiguration): AppServices =>
  createAppServices(sp(site, login), { stageConfiguration: config, graph: graphForUser(emulator.url, login) });
const sk = (login: string): AppServices => services(SK, `${login}.skanderborg@kommune.local`, SKANDERBORG_STAGES);
const al = (login: string): AppServices => services(AL, `${login}.albertslund@kommune.local`, ALBERTSLUND_STAGES);

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  for (const [site, key] of [
    [SK, 'sk'],
    [AL, 'al']
  ] as const) {
    for (const d of await new DepartmentRepository(sp(site, OWNER)).all()) ids.set(`${key}:${d.title}`, d.id);
  }
}, 180000);

afterAll(async () => {
  await emulator?.close();
});

describe('the user profile (SP.UserProfiles.PeopleManager/GetMyProperties)', () => {
  it('gives the seeded Department, as HR names it', async () => {
    expect(await profileDepartment(sp(SK, 'medarbejder.skanderborg@kommune.local'))).toBe('Indkøb og Udbud, ØDI');
    expect(await profileDepartment(sp(AL, 'medarbejder.albertslund@kommune.local'))).toBe('Lønadministrationen');
    expect(await profileDepartment(sp(SK, 'godkender.skanderborg@kommune.local'))).toBeUndefined();
  });

  it("the secretariat can read and write a department's other names", async () => {
    const repo = new DepartmentRepository(sp(SK, 'sekretariat.skanderborg@kommune.local'));
    const unit = (await repo.store.query(DepartmentRepository.allWithAliases())).find((d) => d.title === 'Indkøb & Udbud');
    expect(unit?.aliases).toEqual(['Indkøb og Udbud, ØDI']);
  });
});

describe('first screen per seeded role', () => {
  it('leader and editor: their department, in the newest year it has an agreement', async () => {
    const own = ids.get('sk:Staben Økonomi, Digitalisering og Indkøb');
    expect(await sk('leder').firstScreen.decide({ today })).toEqual({ view: 'afdeling', departmentId: own, year: 2023, reason: 'own' });
    expect(await sk('redaktoer').firstScreen.decide({ today })).toMatchObject({ view: 'afdeling', reason: 'own' });
  });

  it("Albertslund's leader lands on 2017, which the 2016-17 plan covers", async () => {
    expect(await al('leder').firstScreen.decide({ today })).toEqual({
      view: 'afdeling',
      departmentId: ids.get('al:Økonomi og Stab'),
      year: 2017,
      reason: 'own'
    });
  });

  it('the secretariat: Overblik', async () => {
    expect(await sk('sekretariat').firstScreen.decide({ today })).toEqual({ view: 'overblik' });
  });

  it('an employee: the department their profile names, through the alias', async () => {
    expect(await sk('medarbejder').firstScreen.decide({ today })).toMatchObject({
      view: 'afdeling',
      departmentId: ids.get('sk:Indkøb & Udbud'),
      reason: 'profile'
    });
    expect(await al('medarbejder').firstScreen.decide({ today })).toMatchObject({
      view: 'afdeling',
      departmentId: ids.get('al:Lønadministrationen'),
      reason: 'profile',
      year: 2026
    });
  });

  it('an approver with nothing waiting and no profile department: last viewed, configured, else the chooser', async () => {
    const approver = sk('godkender');
    const waiting = await approver.approvals.taskCount();
    if (waiting > 0) {
      expect(await approver.firstScreen.decide({ today })).toEqual({ view: 'opgaver' });
      return;
    }
    expect(await approver.firstScreen.decide({ today, lastViewedDepartmentId: ids.get('sk:HR staben') })).toMatchObject({
      departmentId: ids.get('sk:HR staben'),
      reason: 'lastViewed'
    });
    expect(await approver.firstScreen.decide({ today, configuredDepartmentId: ids.get('sk:Kontrolgruppen') })).toMatchObject({
      departmentId: ids.get('sk:Kontrolgruppen'),
      reason: 'configured'
    });
    const chooser = await approver.firstScreen.decide({ today });
    expect(chooser.view).toBe('chooser');
  });
});

describe('a multi-year agreement covers every year of its period', () => {
  it('the department view of 2017 shows the 2016-2017 plan with its goals, and 2016 the same', async () => {
    const department = ids.get('al:Økonomi og Stab')!;
    const [y2016, y2017] = await Promise.all([al('leder').loadDepartmentView(department, 2016), al('leder').loadDepartmentView(department, 2017)]);
    expect(y2017.agreement?.title).toBe('Virksomhedsplan for Økonomi og Stab 2016-2017');
    expect(y2017.agreement?.id).toBe(y2016.agreement?.id);
    expect(y2017.goals.map((g) => g.id).sort()).toEqual(y2016.goals.map((g) => g.id).sort());
    expect(y2017.goals.length).toBeGreaterThan(5);
    // The 2016-17 focus areas are the tracks of both years.
    expect(y2017.tracks.map((t) => t.title)).toContain('SMARTere administration');
    // 2015's follow-up is not part of 2017.
    expect(y2017.goals.every((g) => g.year === 2016)).toBe(true);
  });

  it("creating 2017's agreement finds the plan instead of making a duplicate", async () => {
    const department = ids.get('al:Økonomi og Stab')!;
    const created = await al('leder').createAgreement(department, 2017);
    expect(created.title).toBe('Virksomhedsplan for Økonomi og Stab 2016-2017');
  });

  it('Overblik of 2017 counts the plan and its goals', async () => {
    const overview = await createOverviewServices(sp(AL, 'sekretariat.albertslund@kommune.local'), ALBERTSLUND_STAGES).load(2017, today);
    const row = overview.rows.find((r) => r.department.title === 'Økonomi og Stab');
    expect(row?.agreement?.title).toBe('Virksomhedsplan for Økonomi og Stab 2016-2017');
    expect(overview.goalTotal).toBeGreaterThan(5);
  });

  it('the years offered include 2017', async () => {
    expect(await al('leder').listYears()).toContain(2017);
  });
});

describe("the year's DUS names the sections of its agreements", () => {
  it("a new agreement starts with them as its own (empty) sections, in the DUS's order", async () => {
    const secretariat = new StrategyRepository(sp(SK, 'sekretariat.skanderborg@kommune.local'));
    const [dus] = await secretariat.strategies.query(StrategyRepository.forYear(2023));
    await secretariat.strategies.update(dus, { agreementSections: ['Bæredygtig arbejdskultur', 'Organisering'] });
    expect((await secretariat.forYear(2023))?.strategy.agreementSections).toEqual(['Bæredygtig arbejdskultur', 'Organisering']);
    const owner = services(SK, OWNER, SKANDERBORG_STAGES);
    const created = await owner.createAgreement(ids.get('sk:HR staben')!, 2023);
    expect(created.title).toBe('Udviklingsaftale 2023 for HR staben');
    expect(created.yearTo).toBeUndefined();
    expect(created.sections).toEqual([
      { heading: 'Bæredygtig arbejdskultur', body: '' },
      { heading: 'Organisering', body: '' }
    ]);
  });

  it("made in the first year of a multi-year DUS, the agreement covers the DUS's years", async () => {
    const created = await services(AL, OWNER, ALBERTSLUND_STAGES).createAgreement(ids.get('al:Lønadministrationen')!, 2016);
    expect(created).toMatchObject({ year: 2016, yearTo: 2017, title: 'Udviklingsaftale 2016-2017 for Lønadministrationen' });
    expect((await al('leder').loadDepartmentView(ids.get('al:Lønadministrationen')!, 2017)).agreement?.id).toBe(created.id);
  });
});
