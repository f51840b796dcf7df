// Our behaviors inside the real PnPjs pipeline (digest, $batch, parse, error moments), against a
// fake SharePoint fetch: typed errors, ETags on every write, and a view in one batch.
import { describe, expect, it } from '@jest/globals';
import { spfi } from '@pnp/sp';
import { SPBrowser } from '@pnp/sp';
import { createDataLayer } from '../../../src/data/pnp';
import { GoalRepository } from '../../../src/data/repositories';
import { sampleGoalRow } from './support/samples';
import { createViewQueries } from '../../../src/services/queries';
import { DEFAULT_STAGE_CONFIGURATIONS } from '../../../src/domain';
import { FakeSharePoint } from './support/fakeSharePoint';
import { AGREEMENTS } from '../../../src/data/repositories/mappers/agreementMapper';
import { GOALS } from '../../../src/data/repositories/mappers/goalMapper';
import { REQUIREMENTS, STRATEGIES, TRACKS } from '../../../src/data/repositories/mappers/strategyMappers';

// PnPjs caches request digests per web for the whole process: a site per test keeps counts exact.
let siteNumber = 0;
let SITE = '';
const config = DEFAULT_STAGE_CONFIGURATIONS[0];

function setup(): { fake: FakeSharePoint; goals: GoalRepository; layer: ReturnType<typeof createDataLayer> } {
  SITE = `https://kommune.example/sites/udv${++siteNumber}`;
  const fake = new FakeSharePoint(SITE);
  for (const list of [AGREEMENTS, GOALS, STRATEGIES, TRACKS, REQUIREMENTS]) fake.lists.set(list.list.title, []);
  fake.add(GOALS.list.title, sampleGoalRow(1, 'Sygefravær'));
  const layer = createDataLayer(spfi(SITE).using(SPBrowser()), { fetch: fake.fetch, baseDelayMs: 1 });
  return { fake, goals: new GoalRepository(layer.sp, config), layer };
}

describe('the data layer inside PnPjs', () => {
  it('rejects with a typed, Danish notFound error', async () => {
    const { goals } = setup();
    await expect(goals.getById(99)).rejects.toMatchObject({ name: 'DataError', kind: 'notFound', status: 404, message: expect.stringMatching(/findes ikke/) });
  });

  it('sends the item ETag on update, never *', async () => {
    const { fake, goals } = setup();
    const goal = await goals.getById(1);
    await goals.update(goal, { purpose: 'Nyt formål' });
    const merge = fake.requests.find((r) => r.headers.get('X-HTTP-Method') === 'MERGE');
    expect(merge?.headers.get('If-Match')).toBe('"1"');
    expect(JSON.parse(merge?.body ?? '{}')).toEqual({ Purpose: 'Nyt formål' });
  });

  it('reads the department view in one $batch plus the digest', async () => {
    const { fake, layer } = setup();
    const view = await createViewQueries(layer.sp, config).loadDepartmentView(7, 2023);
    expect(fake.requests.map((r) => r.url.replace(SITE, ''))).toEqual(['/_api/contextinfo', '/_api/$batch']);
    expect(view.goals.map((g) => g.title)).toEqual(['Sygefravær']);
    // A department without an agreement, in a year without a strategy: absent, not invented.
    expect(view.agreement).toBeUndefined();
    expect(view.strategy).toBeUndefined();
    const body = decodeURIComponent(fake.requests[1].body.replace(/\+/g, ' '));
    // Department (indexed) first; the agreement of the year or a multi-year one covering it.
    expect(body).toContain('$filter=(DepartmentId eq 7) and ((Year eq 2023) or ((Year lt 2023) and (YearTo ge 2023)))');
    expect(body).toContain('$top=5000');
    expect(body).not.toContain('changeset');

    // The digest is cached: the next load is the batch alone.
    fake.requests.length = 0;
    await createViewQueries(layer.sp, config).loadDepartmentView(7, 2023);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('two clients editing one goal (fake server)', () => {
  it('the second save gets a conflict with both values; its other change is saved', async () => {
    const { fake, goals: anna } = setup();
    const bo = new GoalRepository(createDataLayer(spfi(SITE).using(SPBrowser()), { fetch: fake.fetch }).sp, config);
    const annasCopy = await anna.getById(1);
    const bosCopy = await bo.getById(1);
    await anna.update(annasCopy, { purpose: 'Annas' });
    await expect(bo.update(bosCopy, { purpose: 'Bos', activities: 'Bos aktiviteter' })).rejects.toMatchObject({
      kind: 'conflict',
      conflicts: [{ field: 'Purpose', base: undefined, mine: 'Bos', theirs: 'Annas' }]
    });
    const now = await anna.getById(1);
    expect(now.purpose).toBe('Annas');
    expect(now.activities).toBe('Bos aktiviteter');
    // Every write carried a real ETag.
    const merges = fake.requests.filter((r) => r.headers.get('X-HTTP-Method') === 'MERGE');
    expect(merges.length).toBeGreaterThanOrEqual(3);
    expect(merges.every((r) => /^"\d+"$/.test(r.headers.get('If-Match') ?? ''))).toBe(true);
  });
});

describe('throttling inside the pipeline (fake server)', () => {
  it('waits out Retry-After in seconds and as an HTTP date, then succeeds', async () => {
    const { fake } = setup();
    const answers = [
      new Response('{}', { status: 429, headers: { 'Retry-After': '1' } }),
      new Response('{}', { status: 503, headers: { 'Retry-After': new Date(Date.now() + 2000).toUTCString() } })
    ];
    const waits: number[] = [];
    const layer = createDataLayer(spfi(SITE).using(SPBrowser()), {
      fetch: async (url, init) => answers.shift() ?? fake.fetch(url, init),
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0
    });
    const goal = await new GoalRepository(layer.sp, config).getById(1);
    expect(goal.title).toBe('Sygefravær');
    expect(waits[0]).toBe(1000);
    expect(waits[1]).toBeGreaterThanOrEqual(900);
    expect(waits[1]).toBeLessThanOrEqual(2000);
  });

  it('keeps at most 6 requests in flight', async () => {
    const { fake } = setup();
    fake.latencyMs = 10;
    let active = 0;
    let peak = 0;
    const layer = createDataLayer(spfi(SITE).using(SPBrowser()), {
      fetch: async (url, init) => {
        active++;
        peak = Math.max(peak, active);
        try {
          return await fake.fetch(url, init);
        } finally {
          active--;
        }
      }
    });
    const goals = new GoalRepository(layer.sp, config);
    await Promise.all(Array.from({ length: 30 }, () => goals.getById(1)));
    expect(peak).toBe(6);
    expect(layer.limiter.peak).toBe(6);
  });
});
