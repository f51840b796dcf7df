// Unique columns through the data layer (issue #14.8): SharePoint refuses a duplicate with HTTP 500
// SPDuplicateValuesFoundException. A create refused so is our own create landing twice (same
// ClientId: the existing item is the answer) or another item's value (a clear Danish error, not a
// "network" error). And the URL column (issue #14.3) goes out and comes back as SP.FieldUrlValue.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApprovalLogRepository, StrategyRepository } from '../../../src/data/repositories';
import { derivedClientId } from '../../../src/data/repositories/clientId';
import { listByUrl } from '../../../src/data/repositories/listByUrl';
import { APPROVAL_LOG } from '../../../src/data/schema/listApprovalLog';
import type { NewStrategy } from '../../../src/domain';
import { Fixture, startFixture } from './support/fixture';

let fx: Fixture;

beforeAll(async () => {
  fx = await startFixture();
});

afterAll(async () => {
  await fx.close();
});

const strategy = (year: number, clientId: string): NewStrategy => ({ year, title: `DUS ${year}`, deadlines: [], minimumGoalContent: [], clientId });

describe('unique values', () => {
  it('two creates of the same item at once (same ClientId) give one item, and neither fails', async () => {
    const repo = new StrategyRepository(fx.layer().sp);
    const clientId = derivedClientId('duplicates-test', 2041);
    // Both look the ClientId up before either has written; the second write hits the unique Year.
    const [a, b] = await Promise.all([repo.strategies.create(strategy(2041, clientId)), repo.strategies.create(strategy(2041, clientId))]);
    expect(a.id).toBe(b.id);
    expect((await repo.all()).filter((s) => s.year === 2041)).toHaveLength(1);
  });

  it('a value another item holds is a "duplicate" with a Danish message, never a network error', async () => {
    const repo = new StrategyRepository(fx.layer().sp);
    await repo.strategies.create(strategy(2042, derivedClientId('duplicates-test', 2042, 'a')));
    const error = await repo.strategies.create(strategy(2042, derivedClientId('duplicates-test', 2042, 'b'))).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toMatchObject({ kind: 'duplicate', status: 500, message: expect.stringMatching(/findes allerede/) });
  });

  it('a caller that must know whether it made the item gets the refusal even for its own ClientId', async () => {
    const repo = new StrategyRepository(fx.layer().sp);
    const clientId = derivedClientId('duplicates-test', 2043);
    const results = await Promise.allSettled([
      repo.strategies.create(strategy(2043, clientId), { duplicate: 'throw' }),
      repo.strategies.create(strategy(2043, clientId), { duplicate: 'throw' })
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});

describe('URL columns', () => {
  it('writes MinutesUrl as {Url, Description} and reads the URL back', async () => {
    const log = new ApprovalLogRepository(fx.layer().sp);
    const entry = await log.append({
      targetList: 'Agreements',
      targetId: 1,
      fromStage: 'hearing',
      toStage: 'approval',
      decision: 'consulted',
      meetingDate: '2026-05-04',
      minutesUrl: 'https://intra.kommune.dk/lmu/referat-maj'
    });
    expect(entry.minutesUrl).toBe('https://intra.kommune.dk/lmu/referat-maj');
    const raw = await listByUrl(fx.raw, APPROVAL_LOG).items.getById(entry.id).select('MinutesUrl')<{ MinutesUrl: unknown }>();
    expect(raw.MinutesUrl).toEqual({ Url: 'https://intra.kommune.dk/lmu/referat-maj', Description: 'https://intra.kommune.dk/lmu/referat-maj' });
  });
});
