// 1,000 mixed operations from two clients while the server throttles 10 % of requests (429/503
// with Retry-After) and drops 5 % of connections: every write lands exactly once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GoalRepository, type Versioned } from '../../../src/data/repositories';
import type { Goal } from '../../../src/domain';
import { CONFIG, Fixture, Frame, seedFrame, startFixture } from './support/fixture';
import { injectFaults, clearFaults } from './support/faults';

const YEAR = 2025;
const OPERATIONS = 1000;
let fx: Fixture;
let frame: Frame;

beforeAll(async () => {
  fx = await startFixture();
  frame = await seedFrame(fx.layer().sp, YEAR, 2);
});

afterAll(async () => {
  await fx.close();
});

interface Expected {
  clientId: string;
  title: string;
  activities: string;
}

/** One client's share of the run: creates, updates of its own goals, and reads, interleaved. */
async function runClient(
  goals: GoalRepository,
  departmentIndex: number,
  ops: number,
  expected: Map<string, Expected>
): Promise<{ creates: number; updates: number; reads: number }> {
  const departmentId = frame.departmentIds[departmentIndex];
  const agreementId = frame.agreementIds.get(departmentId) ?? 0;
  const mine: Array<Versioned<Goal>> = [];
  const counts = { creates: 0, updates: 0, reads: 0 };
  // Six lanes per client, like a browser's connection pool, each running operations in turn.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < ops) {
      const n = next++;
      const kind = mine.length < 5 || n % 3 === 0 ? 'create' : n % 3 === 1 ? 'update' : 'read';
      if (kind === 'create') {
        const title = `Mål ${departmentIndex}-${n}`;
        const created = await goals.create({
          agreementId,
          departmentId,
          year: YEAR,
          number: n,
          title,
          activities: 'v0',
          sharedWithDepartmentIds: [],
          trackIds: [],
          policies: [],
          requirementIds: [],
          stage: 'draft',
          evidence: []
        });
        expected.set(created.clientId ?? '', { clientId: created.clientId ?? '', title, activities: 'v0' });
        mine.push(created);
        counts.creates++;
      } else if (kind === 'update') {
        const index = n % mine.length;
        const target = mine[index];
        // Take it out while it is being saved so no other lane edits it with a stale ETag.
        mine.splice(index, 1);
        const activities = `v${n}`;
        const saved = await goals.update(target, { activities });
        const e = expected.get(saved.clientId ?? '');
        if (e !== undefined) e.activities = activities;
        mine.push(saved);
        counts.updates++;
      } else {
        await goals.forDepartmentYear(departmentId, YEAR);
        counts.reads++;
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  return counts;
}

describe('two clients under throttling and dropped connections', () => {
  it('end with zero lost and zero duplicated writes', async () => {
    const a = fx.layer();
    const b = fx.layer();
    const expected = new Map<string, Expected>();
    await injectFaults(fx.emulator, { throttleRate: 0.1, dropRate: 0.05, errorStatus: 429 });
    // The emulator answers one status at a time: alternate 429 and 503 through the run.
    let status: 429 | 503 = 429;
    const flip = setInterval(() => {
      status = status === 429 ? 503 : 429;
      void injectFaults(fx.emulator, { throttleRate: 0.1, dropRate: 0.05, errorStatus: status });
    }, 250);
    const before = fx.emulator.control.requestCount();
    let totals: Array<{ creates: number; updates: number; reads: number }>;
    try {
      totals = await Promise.all([
        runClient(new GoalRepository(a.sp, CONFIG), 0, OPERATIONS / 2, expected),
        runClient(new GoalRepository(b.sp, CONFIG), 1, OPERATIONS / 2, expected)
      ]);
    } finally {
      clearInterval(flip);
      await clearFaults(fx.emulator);
    }
    // Faults made the clients send more than one request per operation.
    expect(fx.emulator.control.requestCount() - before).toBeGreaterThan(OPERATIONS);
    const done = totals.reduce((s, t) => s + t.creates + t.updates + t.reads, 0);
    expect(done).toBe(OPERATIONS);
    expect(a.limiter.peak).toBeLessThanOrEqual(6);
    expect(b.limiter.peak).toBeLessThanOrEqual(6);

    // Check with a client that sees no faults.
    const checker = new GoalRepository(fx.layer().sp, CONFIG);
    const stored = [...(await checker.forDepartmentYear(frame.departmentIds[0], YEAR)), ...(await checker.forDepartmentYear(frame.departmentIds[1], YEAR))];
    const creates = totals.reduce((s, t) => s + t.creates, 0);
    expect(stored).toHaveLength(creates); // no duplicates, none lost
    expect(new Set(stored.map((g) => g.clientId)).size).toBe(creates);
    for (const goal of stored) {
      const e = expected.get(goal.clientId ?? '');
      expect(e).toBeDefined();
      expect({ title: goal.title, activities: goal.activities }).toEqual({ title: e?.title, activities: e?.activities });
    }
  }, 180000);
});
