// 1,000 mixed operations from two clients through the real PnPjs pipeline and our behaviors,
// against a fake SharePoint that throttles 10 % of requests (429/503) and drops 5 % of
// connections (half of them after the server acted): zero lost and zero duplicated writes.
// The same scenario runs against the emulator in tests/integration/data/chaos.test.ts.
import { describe, expect, it } from '@jest/globals';
import { spfi, SPBrowser } from '@pnp/sp';
import { createDataLayer } from '../../../src/data/pnp';
import { GoalRepository, type Versioned } from '../../../src/data/repositories';
import { DEFAULT_STAGE_CONFIGURATIONS, type Goal } from '../../../src/domain';
import { GOALS } from '../../../src/data/repositories/mappers/goalMapper';
import { FakeSharePoint } from './support/fakeSharePoint';

const config = DEFAULT_STAGE_CONFIGURATIONS[0];
const SITE = 'https://kommune.example/sites/chaos';

/** A seeded generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

async function runClient(goals: GoalRepository, departmentId: number, ops: number, expected: Map<string, string>): Promise<number> {
  const mine: Array<Versioned<Goal>> = [];
  let done = 0;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < ops) {
      const n = next++;
      if (mine.length < 5 || n % 3 === 0) {
        const g = await goals.create({
          agreementId: 1,
          departmentId,
          year: 2025,
          number: n,
          title: `Mål ${n}`,
          activities: 'v0',
          sharedWithDepartmentIds: [],
          trackIds: [],
          policies: [],
          requirementIds: [],
          stage: 'draft',
          evidence: []
        });
        expected.set(g.clientId ?? '', 'v0');
        mine.push(g);
      } else if (n % 3 === 1) {
        const [target] = mine.splice(n % mine.length, 1);
        const saved = await goals.update(target, { activities: `v${n}` });
        expected.set(saved.clientId ?? '', `v${n}`);
        mine.push(saved);
      } else {
        await goals.forDepartmentYear(departmentId, 2025);
      }
      done++;
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  return done;
}

describe('two clients, throttling and dropped connections (fake server)', () => {
  it('end with zero lost and zero duplicated writes', async () => {
    const fake = new FakeSharePoint(SITE);
    fake.lists.set(GOALS.list.title, []);
    fake.listUrls.set(GOALS.list.url, GOALS.list.title);
    const layer = (): ReturnType<typeof createDataLayer> =>
      createDataLayer(spfi(SITE).using(SPBrowser()), { fetch: fake.fetch, baseDelayMs: 1, maxDelayMs: 5, sleep: async () => undefined });
    const a = layer();
    const b = layer();
    // Warm the digest cache before faults start; the digest is not what this test is about.
    await new GoalRepository(a.sp, config).forDepartmentYear(1, 2025);
    fake.faults = { throttleRate: 0.1, dropRate: 0.05, random: seeded(42) };
    const expected = new Map<string, string>();
    const done = await Promise.all([
      runClient(new GoalRepository(a.sp, config), 1, 500, expected),
      runClient(new GoalRepository(b.sp, config), 2, 500, expected)
    ]);
    fake.faults = undefined;

    expect(done[0] + done[1]).toBe(1000);
    const faulted = fake.requests.length;
    expect(faulted).toBeGreaterThan(1000);
    const rows = fake.lists.get(GOALS.list.title) ?? [];
    const clientIds = rows.map((r) => r.ClientId);
    expect(new Set(clientIds).size).toBe(rows.length); // no duplicates
    expect(rows).toHaveLength(expected.size); // none lost
    for (const row of rows) {
      expect(row.Activities).toBe(expected.get(String(row.ClientId)));
    }
    expect(a.limiter.peak).toBeLessThanOrEqual(6);
    expect(b.limiter.peak).toBeLessThanOrEqual(6);
  }, 60000);
});
