import { DEFAULT_STAGE_CONFIGURATIONS } from '../../../src/domain';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { StrategyRepository } from '../../../src/data/repositories/strategyRepository';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { seedMunicipalities } from '../../../seed';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

// Issue 3's done-when: the seed documents provisioned into the emulator through the schema's
// provisioning and the product's own write path, and read back as the documents have them.
let emulator: TestEmulator;
const skanderborg = seedMunicipalities.find((m) => m.key === 'skanderborg');
const config = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === 'skanderborg');

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
}, 120000);

afterAll(() => emulator.close());

it("returns Skanderborg's four 2020 goals of Staben Økonomi, Innovation og IT with the document's track marks", async () => {
  if (!skanderborg || !config) throw new Error('seed or configuration missing');
  const sp = spForUser(emulator.siteUrl('/sites/skanderborg'), 'medarbejder.skanderborg@kommune.local');
  const department = (await new DepartmentRepository(sp).all()).find((d) => d.title === 'Staben Økonomi, Innovation og IT');
  if (!department) throw new Error('department not seeded');
  const goals = await new GoalRepository(sp, config).forDepartmentYear(department.id, 2020);
  const strategy = await new StrategyRepository(sp).forYear(2020);
  const trackRef = (id: number): string => {
    const track = strategy?.tracks.find((t) => t.id === id);
    return `${track?.kind}:${track?.number}`;
  };
  const seeded = skanderborg.goals.filter((g) => skanderborg.agreements.find((a) => a.key === g.agreementKey)?.year === 2020);
  expect(goals).toHaveLength(4);
  for (const seed of seeded) {
    const goal = goals.find((g) => g.title === seed.title);
    expect({ title: seed.title, marks: goal?.trackIds.map(trackRef).sort(), policies: goal?.policies }).toEqual({
      title: seed.title,
      marks: seed.trackRefs.map((r) => `${r.kind}:${r.number}`).sort(),
      policies: seed.policies
    });
  }
});

it('has the 2023 strategy with two tracks and six requirements, and the 2023 agreement with its seven goals and two climate goals', async () => {
  if (!config) throw new Error('configuration missing');
  const sp = spForUser(emulator.siteUrl('/sites/skanderborg'), OWNER);
  const strategy = await new StrategyRepository(sp).forYear(2023);
  expect(strategy?.tracks.filter((t) => t.kind === 'track')).toHaveLength(2);
  expect(strategy?.requirements).toHaveLength(6);
  const agreements = await new AgreementRepository(sp, config).forYear(2023);
  expect(agreements).toHaveLength(1);
  const goals = await new GoalRepository(sp, config).forAgreement(agreements[0].id);
  expect(
    goals
      .filter((g) => g.number !== undefined)
      .map((g) => g.number)
      .sort()
  ).toEqual([1, 2, 3, 4, 5, 6, 7]);
  const climate = goals.filter((g) => g.climate !== undefined);
  expect(climate).toHaveLength(2);
  expect(climate.every((g) => (g.climate?.sdgs.length ?? 0) > 0)).toBe(true);
  expect(goals.find((g) => g.number === 3)?.target).toMatchObject({ value: 2.8, direction: 'atMost' });
});

it("loads Albertslund's plan with its four focus areas and the 2015 follow-up outcomes", async () => {
  const albertslundConfig = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === 'albertslund');
  if (!albertslundConfig) throw new Error('configuration missing');
  const sp = spForUser(emulator.siteUrl('/sites/albertslund'), OWNER);
  const plan = await new StrategyRepository(sp).forYear(2016);
  expect(plan?.tracks.filter((t) => t.kind === 'focusArea')).toHaveLength(4);
  const albertslund = seedMunicipalities.find((m) => m.key === 'albertslund');
  const seeded = albertslund?.goals.filter((g) => albertslund.agreements.find((a) => a.key === g.agreementKey)?.year === 2015) ?? [];
  const followUp = await new GoalRepository(sp, albertslundConfig).forYear(2015);
  expect(followUp).toHaveLength(seeded.length);
  // Outcomes only where the document states one; the rest stay empty, not invented.
  expect(followUp.map((g) => [g.title, g.outcome ?? null]).sort()).toEqual(seeded.map((g) => [g.title, g.outcome ?? null]).sort());
});

it('records the documents\' decisions in the approval log, so seeded approvals are verified, not "Ikke verificeret"', async () => {
  const { createApprovalServices } = await import('../../../src/services/approvals/approvalServices');
  for (const m of seedMunicipalities) {
    const reader = m.users.find((u) => u.role === 'reader')?.login ?? OWNER;
    const sp = spForUser(emulator.siteUrl(m.sitePath), reader);
    const c = DEFAULT_STAGE_CONFIGURATIONS.find((x) => x.key === m.stageConfigurationKey);
    if (!c) throw new Error('configuration missing');
    const agreements = await new AgreementRepository(sp, c).forYear(m.agreements[0].year);
    const goals = await new GoalRepository(sp, c).forYear(m.agreements[0].year);
    const targets = [...agreements.map((a) => ({ list: 'Agreements' as const, id: a.id })), ...goals.map((g) => ({ list: 'Goals' as const, id: g.id }))];
    expect(targets.length).toBeGreaterThan(0);
    const { createGraphMailSender } = await import('../../../src/services/mail/mailSender');
    const status = await createApprovalServices(sp, {
      defaultConfig: c,
      graph: graphForUser(emulator.url, reader),
      mail: createGraphMailSender(graphForUser(emulator.url, reader))
    }).verification(targets);
    expect(Object.entries(status).filter(([, v]) => v !== 'verified')).toEqual([]);
  }
});
