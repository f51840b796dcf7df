// Repositories and view queries against the emulator, through real @pnp/sp.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApprovalLogRepository, GoalRepository } from '../../../src/data/repositories';
import { createViewQueries } from '../../../src/services/queries';
import type { StageConfiguration } from '../../../src/domain';
import { CONFIG, countingFetch, Fixture, Frame, seedFrame, startFixture } from './support/fixture';

const YEAR = 2023;
let fx: Fixture;
let frame: Frame;

beforeAll(async () => {
  fx = await startFixture();
  frame = await seedFrame(fx.layer().sp, YEAR, 3);
});

afterAll(async () => {
  await fx.close();
});

function newGoal(
  departmentIndex: number,
  title: string,
  extra: Partial<Parameters<GoalRepository['create']>[0]> = {}
): Parameters<GoalRepository['create']>[0] {
  const departmentId = frame.departmentIds[departmentIndex];
  const agreementId = frame.agreementIds.get(departmentId);
  if (agreementId === undefined) throw new Error('no agreement');
  return {
    agreementId,
    departmentId,
    year: YEAR,
    title,
    sharedWithDepartmentIds: [],
    trackIds: [frame.trackIds[0]],
    policies: [],
    requirementIds: [],
    stage: 'draft',
    evidence: [],
    ...extra
  };
}

describe('goal repository', () => {
  it('creates, reads, updates and deletes a goal with an apostrophe in its title', async () => {
    const goals = new GoalRepository(fx.layer().sp, CONFIG);
    const created = await goals.create(newGoal(0, "Børn og unge's trivsel", { purpose: 'Formål' }));
    expect(created.title).toBe("Børn og unge's trivsel");
    expect(created.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.etag).not.toBe('*');

    const found = await goals.store.findByClientId(created.clientId ?? '');
    expect(found?.id).toBe(created.id);

    const updated = await goals.update(created, { purpose: "Forældre's ønsker", activities: 'Møder' });
    expect(updated.purpose).toBe("Forældre's ønsker");
    expect(updated.etag).not.toBe(created.etag);

    await goals.remove(updated);
    await expect(goals.getById(created.id)).rejects.toMatchObject({ kind: 'notFound', message: expect.stringMatching(/findes ikke/) });
  });

  it('a create sent twice with the same ClientId makes one item', async () => {
    const goals = new GoalRepository(fx.layer().sp, CONFIG);
    const clientId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const first = await goals.create(newGoal(1, 'Første', { clientId }));
    const before = await goals.forDepartmentYear(frame.departmentIds[1], YEAR);
    // The caller repeats the create (it did not see the first answer): it gets the same item.
    const again = await goals.create(newGoal(1, 'Første', { clientId }));
    expect(again.id).toBe(first.id);
    const after = await goals.forDepartmentYear(frame.departmentIds[1], YEAR);
    expect(after.filter((g) => g.clientId === clientId)).toHaveLength(1);
    expect(after).toHaveLength(before.length);
  });

  it('filters on a stage label with an apostrophe (escaped OData literal)', async () => {
    const custom: StageConfiguration = {
      ...CONFIG,
      stages: CONFIG.stages.map((s) => (s.code === 'leaderGroup' ? { ...s, label: "Chef's godkendelse" } : s))
    };
    const goals = new GoalRepository(fx.layer().sp, custom);
    const g = await goals.create(newGoal(2, 'Til chefen', { stage: 'leaderGroup' }));
    const waiting = await goals.inStage('leaderGroup');
    expect(waiting.map((x) => x.id)).toContain(g.id);
    expect(waiting.every((x) => x.stage === 'leaderGroup')).toBe(true);
  });

  it('appends approval log entries with the current user as actor', async () => {
    const log = new ApprovalLogRepository(fx.layer().sp);
    const entry = await log.append({
      targetList: 'Goals',
      targetId: 1,
      fromStage: 'draft',
      toStage: 'leaderGroup',
      decision: 'submitted',
      comment: "Klar til ledergruppen's møde"
    });
    expect(entry.actor.id).toEqual(expect.any(Number));
    const entries = await log.forTarget('Goals', 1);
    expect(entries.map((e) => e.id)).toContain(entry.id);
  });
});

describe('view queries', () => {
  it('load the department view in at most 2 requests, shared goals included', async () => {
    const counter = countingFetch();
    const { sp } = fx.layer(undefined, { fetch: counter.fetch });
    const goals = new GoalRepository(sp, CONFIG);
    const own = await goals.create(newGoal(0, 'Eget mål', { number: 1 }));
    const shared = await goals.create(newGoal(1, 'Fællesmål', { number: 2, sharedWithDepartmentIds: [frame.departmentIds[0]] }));
    const queries = createViewQueries(sp, CONFIG);

    counter.reset();
    const view = await queries.loadDepartmentView(frame.departmentIds[0], YEAR);
    expect(counter.requests).toBeLessThanOrEqual(2);
    expect(view.agreement?.id).toBe(frame.agreementIds.get(frame.departmentIds[0]));
    expect(view.goals.map((g) => g.id)).toEqual(expect.arrayContaining([own.id, shared.id]));
    expect(view.strategy?.tracks.map((t) => t.id)).toEqual(frame.trackIds);
    expect(view.strategy?.requirements).toHaveLength(2);

    counter.reset();
    await queries.loadDepartmentView(frame.departmentIds[0], YEAR);
    expect(counter.requests).toBe(1);
  });

  it('load the organisation overview and the approval queue in one batch each', async () => {
    const counter = countingFetch();
    const { sp } = fx.layer(undefined, { fetch: counter.fetch });
    const goals = new GoalRepository(sp, CONFIG);
    const waiting = await goals.create(newGoal(2, 'Venter på direktionen', { stage: 'boardApproval' }));
    const queries = createViewQueries(sp, CONFIG);
    await queries.loadOrganisationOverview(YEAR);

    counter.reset();
    const overview = await queries.loadOrganisationOverview(YEAR);
    expect(counter.requests).toBe(1);
    expect(overview.departments).toHaveLength(3);
    expect(overview.agreements).toHaveLength(3);
    expect(overview.goals.length).toBeGreaterThan(0);
    expect(overview.goals[0]).not.toHaveProperty('purpose');

    counter.reset();
    const queue = await queries.loadApprovalQueue(['approvers']);
    expect(counter.requests).toBe(1);
    // The leader group decides its own stage; approvers hear the LMU and decide in the board's stage.
    expect(queue.stages).toEqual(['lmuHearing', 'boardApproval']);
    expect(queue.goals.map((g) => g.id)).toContain(waiting.id);
    expect((await queries.loadApprovalQueue(['readers'])).goals).toEqual([]);
  });
});
