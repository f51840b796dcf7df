// The retry behavior against the emulator's fault injection, through real @pnp/sp: Retry-After
// as seconds and as an HTTP date is waited out, the in-flight cap holds, a non-idempotent write
// is not retried, and giving up is a typed, Danish error.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GoalRepository } from '../../../src/data/repositories';
import { CONFIG, Fixture, Frame, seedFrame, startFixture } from './support/fixture';
import { clearFaults, failNext, setLatency } from './support/faults';

const YEAR = 2026;
let fx: Fixture;
let frame: Frame;

beforeAll(async () => {
  fx = await startFixture();
  frame = await seedFrame(fx.layer().sp, YEAR, 1);
});

afterAll(async () => {
  await fx.close();
});

describe('throttling behavior', () => {
  it('waits out Retry-After given in seconds', async () => {
    const goals = new GoalRepository(fx.layer().sp, CONFIG);
    await failNext(fx.emulator, { count: 1, status: 429, retryAfterSeconds: 1, asDate: false });
    const started = Date.now();
    await goals.forDepartmentYear(frame.departmentIds[0], YEAR);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('waits out Retry-After given as an HTTP date', async () => {
    const goals = new GoalRepository(fx.layer().sp, CONFIG);
    // HTTP dates have whole seconds: two seconds ahead is at least one second of waiting.
    await failNext(fx.emulator, { count: 1, status: 503, retryAfterSeconds: 2, asDate: true });
    const started = Date.now();
    await goals.forDepartmentYear(frame.departmentIds[0], YEAR);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up with a throttled DataError in Danish when throttling does not end', async () => {
    const goals = new GoalRepository(fx.layer(undefined, { maxRetries: 2 }).sp, CONFIG);
    await failNext(fx.emulator, { count: 3, status: 429, retryAfterSeconds: 0, asDate: false });
    await expect(goals.forDepartmentYear(frame.departmentIds[0], YEAR)).rejects.toMatchObject({
      kind: 'throttled',
      status: 429,
      message: expect.stringMatching(/travlt/)
    });
    await clearFaults(fx.emulator);
  });

  it('keeps at most 6 requests in flight', async () => {
    const { sp, limiter } = fx.layer();
    const goals = new GoalRepository(sp, CONFIG);
    await setLatency(fx.emulator, 100);
    try {
      await Promise.all(Array.from({ length: 30 }, () => goals.forDepartmentYear(frame.departmentIds[0], YEAR)));
    } finally {
      await setLatency(fx.emulator, 0);
    }
    expect(limiter.peak).toBe(6);
  });
});
