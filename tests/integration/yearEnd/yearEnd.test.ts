// Year end against the emulator through the real @pnp/sp client, on the seeded Skanderborg site:
// the 2023 agreement of Staben Økonomi, Digitalisering og Indkøb followed up goal by goal, goals
// carried over (idempotently, also when pressed twice at once) with their lineage across three
// years, and reminders sent once a day per leader.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import { SKANDERBORG_STAGES, type Agreement } from '../../../src/domain';
import { AgreementRepository } from '../../../src/data/repositories/agreementRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { StrategyRepository } from '../../../src/data/repositories/strategyRepository';
import { isDataError } from '../../../src/data/errors';
import { createAppServices } from '../../../src/services/createAppServices';
import type { YearEndServices } from '../../../src/services/yearEnd/yearEndServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const LEADER = 'leder.skanderborg@kommune.local';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const config = SKANDERBORG_STAGES;

let emulator: TestEmulator;
let agreement2023: Agreement;

const sp = (login: string): SPFI => spForUser(emulator.siteUrl(SITE), login);
const yearEnd = (login: string): YearEndServices =>
  createAppServices(sp(login), { stageConfiguration: config, graph: graphForUser(emulator.url, login) }).yearEnd;

async function moveToFollowUp(agreementId: number): Promise<void> {
  const repo = new AgreementRepository(sp(OWNER), config);
  const current = await repo.getById(agreementId);
  await repo.update(current, { stage: 'followUp' });
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  const agreements = await new AgreementRepository(sp(OWNER), config).forYear(2023);
  agreement2023 = agreements[0];
  await moveToFollowUp(agreement2023.id);
}, 180000);

afterAll(() => emulator.close());

describe('follow-up of Skanderborg 2023', () => {
  it('is open to the leader in the follow-up stage and read-only for an employee', async () => {
    const leader = await yearEnd(LEADER).loadFollowUp(agreement2023.id);
    expect(leader.lock).toBeUndefined();
    expect(leader.nextYear).toBe(2024);
    expect(leader.goals).toHaveLength(9);
    expect(leader.summary).toMatchObject({ total: 9, notFollowedUp: 9 });
    const employee = await yearEnd('medarbejder.skanderborg@kommune.local').loadFollowUp(agreement2023.id);
    expect(employee.lock).toBe('noPermission');
  });

  it('starts the sick-leave goal from its latest check-in: "På rette vej" suggests "Nået", the last measured value 2,7 the actual', async () => {
    const data = await yearEnd(LEADER).loadFollowUp(agreement2023.id);
    const sick = data.goals.find((g) => g.goal.number === 3);
    expect(sick?.start).toMatchObject({ outcome: 'achieved', actual: 2.7, status: 'onTrack', measuredAt: '2023-03-31' });
    // A goal without a check-in starts blank.
    expect(data.goals.filter((g) => g.start !== undefined)).toHaveLength(1);
  });

  it("saves the sick-leave goal's actual value and outcome with the ETag, and refuses a stale save of the same field", async () => {
    const services = yearEnd(LEADER);
    const data = await services.loadFollowUp(agreement2023.id);
    const sick = data.goals.find((g) => g.goal.number === 3);
    if (!sick) throw new Error('sick-leave goal missing');
    const saved = await services.saveOutcome(data.agreement, sick, {
      outcome: 'notAchieved',
      outcomeNote: 'Sygefraværet blev 3,1 pct.',
      evidence: [],
      targetActual: 3.1
    });
    expect(saved.goal.target).toMatchObject({ value: 2.8, direction: 'atMost', actual: 3.1 });
    expect(saved.goal.outcome).toBe('notAchieved');
    let error: unknown;
    try {
      await services.saveOutcome(data.agreement, sick, { outcome: 'achieved', outcomeNote: undefined, evidence: [], targetActual: 2.5 });
    } catch (e) {
      error = e;
    }
    expect(isDataError(error) && error.kind).toBe('conflict');
    const reloaded = await services.loadFollowUp(agreement2023.id);
    expect(reloaded.goals.find((g) => g.goal.number === 3)?.goal.target?.actual).toBe(3.1);
    expect(reloaded.summary.counts.notAchieved).toBe(1);
  });

  it('refuses an outcome outside the follow-up stage', async () => {
    const services = yearEnd(LEADER);
    const data = await services.loadFollowUp(agreement2023.id);
    await expect(
      services.saveOutcome({ stage: 'approved' }, data.goals[0], { outcome: 'achieved', outcomeNote: undefined, evidence: [], targetActual: undefined })
    ).rejects.toMatchObject({ kind: 'validation' });
  });
});

describe('carry-over', () => {
  let carried: number[] = [];

  it('creates the 2024 agreement and one draft per "Videreføres" goal, pressed twice or at once', async () => {
    const services = yearEnd(LEADER);
    const data = await services.loadFollowUp(agreement2023.id);
    const two = data.goals.filter((g) => g.goal.number === 2 || g.goal.number === 5);
    for (const g of two)
      await services.saveOutcome(data.agreement, g, {
        outcome: 'continued',
        outcomeNote: 'Arbejdet fortsætter i 2024.',
        evidence: g.goal.evidence,
        targetActual: undefined
      });
    const ids = two.map((g) => g.goal.id);
    const [a, b] = await Promise.all([services.carryOver(agreement2023.id, ids), yearEnd(LEADER).carryOver(agreement2023.id, ids)]);
    const again = await services.carryOver(agreement2023.id, ids);
    expect(again.created).toBe(0);
    expect(new Set([a.agreement.id, b.agreement.id, again.agreement.id]).size).toBe(1);
    const agreements2024 = await new AgreementRepository(sp(OWNER), config).forYear(2024);
    expect(agreements2024).toHaveLength(1);
    expect(agreements2024[0]).toMatchObject({ title: 'Udviklingsaftale 2024 for Staben Økonomi, Digitalisering og Indkøb', stage: 'draft' });
    const goals2024 = await new GoalRepository(sp(OWNER), config).forAgreement(agreements2024[0].id);
    expect(goals2024.map((g) => g.continuesFromId).sort()).toEqual([...ids].sort());
    expect(goals2024.every((g) => g.stage === 'draft' && g.trackIds.length === 0 && g.outcome === undefined)).toBe(true);
    carried = again.goals.map((g) => g.id);
    const reloaded = await services.loadFollowUp(agreement2023.id);
    expect(reloaded.goals.filter((g) => g.successor).map((g) => g.goal.number)).toEqual([2, 5]);
  });

  it('refuses to carry over a goal that is not "Videreføres"', async () => {
    const data = await yearEnd(LEADER).loadFollowUp(agreement2023.id);
    const first = data.goals.find((g) => g.goal.number === 1);
    await expect(yearEnd(LEADER).carryOver(agreement2023.id, [first?.goal.id ?? 0])).rejects.toMatchObject({ kind: 'validation' });
  });

  it("shows a goal's lineage across three years in few requests", async () => {
    const services = yearEnd(LEADER);
    const agreement2024 = (await new AgreementRepository(sp(OWNER), config).forYear(2024))[0];
    await moveToFollowUp(agreement2024.id);
    const data = await services.loadFollowUp(agreement2024.id);
    const goal = data.goals.find((g) => g.goal.id === carried[0]);
    if (!goal) throw new Error('carried goal missing');
    await services.saveOutcome(data.agreement, goal, { outcome: 'continued', outcomeNote: 'Fortsætter igen.', evidence: [], targetActual: undefined });
    const into2025 = await services.carryOver(agreement2024.id, [goal.goal.id]);
    const before = emulator.control.requestCount();
    const lineage = await services.loadLineage(into2025.goals[0].id);
    expect(emulator.control.requestCount() - before).toBeLessThanOrEqual(2);
    expect(lineage.map((l) => l.year)).toEqual([2024, 2023]);
    expect(lineage[1].title).toBe('Fokusområder i ledelsesudviklingen');
    expect(await services.loadLineage(lineage[1].goalId)).toEqual([]);
  });

  it("counts the organisation's outcomes for the year", async () => {
    const summary = await yearEnd(SECRETARIAT).loadOutcomeSummaries(2023);
    expect(summary.organisation.counts.continued).toBe(2);
    expect(summary.organisation.counts.notAchieved).toBe(1);
    expect(summary.departments).toHaveLength(1);
    expect(summary.departments[0].department?.title).toBe('Staben Økonomi, Digitalisering og Indkøb');
  });
});

describe('reminders', () => {
  beforeAll(async () => {
    const strategies = new StrategyRepository(sp(OWNER)).strategies;
    const [dus2023] = await strategies.query(StrategyRepository.forYear(2023));
    await strategies.update(dus2023, {
      deadlines: [
        { title: 'Afleveres til direktionen', date: '2023-12-03' },
        { title: 'Opfølgning på aftalen', date: '2024-02-01' }
      ]
    });
  });

  const link = 'https://kommune.sharepoint.com/sites/skanderborg/SitePages/Udviklingsaftaler.aspx#/overblik/2023';
  const mailsTo = (to: string): number => emulator.control.sentEmails().filter((m) => m.to.includes(to)).length;

  it('e-mails the leader whose follow-up is due, once a day, also when pressed twice at once', async () => {
    const now = new Date(2024, 0, 25, 10, 0, 0);
    const [first, second] = await Promise.all([
      yearEnd(SECRETARIAT).sendReminders(2023, { link, now }),
      yearEnd(SECRETARIAT).sendReminders(2023, { link, now })
    ]);
    expect(first.sent + second.sent).toBe(1);
    expect(first.alreadyRemindedToday + second.alreadyRemindedToday).toBe(1);
    expect(mailsTo(LEADER)).toBe(1);
    const mail = emulator.control.sentEmails().find((m) => m.to.includes(LEADER));
    expect(mail?.subject).toBe('Påmindelse: udviklingsaftale 2023');
    expect(mail).toMatchObject({ from: SECRETARIAT, to: [LEADER], contentType: 'HTML' });
    expect(first.mailFailures).toEqual([]);
    expect(mail?.body).toContain('Opfølgning på aftalen senest 1. februar 2024');
    // Departments without an agreement are behind on delivering it but have no leader to mail.
    expect(first.withoutLeader).toBeGreaterThan(0);

    const later = await yearEnd(SECRETARIAT).sendReminders(2023, { link, now: new Date(2024, 0, 25, 15, 0, 0) });
    expect(later).toMatchObject({ sent: 0, alreadyRemindedToday: 1 });
    expect(mailsTo(LEADER)).toBe(1);

    const nextDay = await yearEnd(SECRETARIAT).sendReminders(2023, { link, now: new Date(2024, 0, 26, 9, 0, 0) });
    expect(nextDay.sent).toBe(1);
    expect(mailsTo(LEADER)).toBe(2);
  });

  it('completes the run when Graph refuses (Mail.Send not granted): names the leader, records nothing, and the next press sends', async () => {
    emulator.control.setTenant({ mailSendGranted: false });
    const day = new Date(2024, 0, 29, 9, 0, 0);
    const before = mailsTo(LEADER);
    let refused;
    try {
      refused = await yearEnd(SECRETARIAT).sendReminders(2023, { link, now: day });
    } finally {
      emulator.control.setTenant({ mailSendGranted: true });
    }
    expect(refused.sent).toBe(0);
    expect(refused.mailFailures).toEqual([{ recipient: LEADER, reason: 'notGranted', detail: 'Access is denied. Check credentials and try again.' }]);
    expect(mailsTo(LEADER)).toBe(before);
    // Not sent, so not recorded as reminded: pressing again the same day sends it.
    const again = await yearEnd(SECRETARIAT).sendReminders(2023, { link, now: day });
    expect(again).toMatchObject({ sent: 1, alreadyRemindedToday: 0, mailFailures: [] });
    expect(mailsTo(LEADER)).toBe(before + 1);
  });

  it('lets only the secretariat record reminders', async () => {
    const before = emulator.control.sentEmails().length;
    await expect(yearEnd(LEADER).sendReminders(2023, { link, now: new Date(2024, 0, 27, 9, 0, 0) })).rejects.toMatchObject({ kind: 'forbidden' });
    expect(emulator.control.sentEmails().length).toBe(before);
  });
});

describe('status rounds (issue 18)', () => {
  const link = 'https://kommune.sharepoint.com/sites/skanderborg/SitePages/Udviklingsaftaler.aspx#/overblik/2023';
  const mailsTo = (to: string): Array<{ subject: string; body: string }> => emulator.control.sentEmails().filter((m) => m.to.includes(to)) as never;

  beforeAll(async () => {
    const strategies = new StrategyRepository(sp(OWNER)).strategies;
    const [dus2023] = await strategies.query(StrategyRepository.forYear(2023));
    await strategies.update(dus2023, { deadlines: [...dus2023.deadlines, { title: 'Status august/september', date: '2023-09-01' }] });
  });

  it('before the status date e-mails the leader whose goals have had no check-in, naming them, once a day together with the other reminders', async () => {
    const before = mailsTo(LEADER).length;
    const result = await yearEnd(SECRETARIAT).sendStatusRoundReminders(2023, { link, now: new Date(2023, 7, 25, 10, 0, 0) });
    expect(result.sent).toBe(1);
    const mail = mailsTo(LEADER)[before];
    expect(mail.subject).toBe('Påmindelse: status på udviklingsmålene 2023');
    expect(mail.body).toContain('Status august/september er 1. september 2023.');
    // The seed's check-ins on the sick-leave goal count; the other goals are named.
    expect(mail.body).not.toContain('Sygefravær i staben');
    expect((mail.body.match(/<li>/g) ?? []).length).toBe(8);
    const again = await yearEnd(SECRETARIAT).sendStatusRoundReminders(2023, { link, now: new Date(2023, 7, 25, 14, 0, 0) });
    expect(again).toMatchObject({ sent: 0, alreadyRemindedToday: 1 });
    expect(mailsTo(LEADER).length).toBe(before + 1);
  });

  it('skips a leader whose goals have all checked in since the round began, and sends nothing long before the date', async () => {
    const early = await yearEnd(SECRETARIAT).sendStatusRoundReminders(2023, { link, now: new Date(2023, 5, 1, 10, 0, 0) });
    expect(early.sent).toBe(0);
    const goals = await new GoalRepository(sp(OWNER), config).forAgreement(agreement2023.id);
    const { CheckInRepository } = await import('../../../src/data/repositories/followUpRepositories');
    const checkIns = new CheckInRepository(sp(OWNER));
    for (const g of goals) await checkIns.create({ goalId: g.id, departmentId: g.departmentId, year: 2023, status: 'onTrack' });
    const before = mailsTo(LEADER).length;
    const result = await yearEnd(SECRETARIAT).sendStatusRoundReminders(2023, { link, now: new Date(2023, 7, 28, 10, 0, 0) });
    expect(result.sent).toBe(0);
    expect(mailsTo(LEADER).length).toBe(before);
  });
});
