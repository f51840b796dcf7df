import { OWNER, startTestEmulator, type TestEmulator } from '../helpers/emulator';

// Faults on demand, for tests and benchmarks: latency, 429/503 with Retry-After (seconds or an
// HTTP date), dropped connections; by rate or for the next N requests; set in code or over HTTP.
let emulator: TestEmulator;
const get = (): Promise<Response> =>
  fetch(`${emulator.siteUrl('/sites/test')}/_api/web`, { headers: { 'X-Emulator-User': OWNER, Accept: 'application/json' } });

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: ['/sites/test'] });
});

afterAll(() => emulator.close());
afterEach(() => emulator.control.clearFaults());

it('answers the next N requests with 429 and Retry-After in seconds, then recovers', async () => {
  emulator.control.setFaults({ nextErrors: 2, errorStatus: 429, retryAfterSeconds: 3 });
  for (let i = 0; i < 2; i++) {
    const response = await get();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.json()).toMatchObject({ 'odata.error': { code: expect.stringContaining('SPQueryThrottledException') } });
  }
  expect((await get()).status).toBe(200);
});

it('sends Retry-After as an HTTP date and answers 503 when told to', async () => {
  emulator.control.setFaults({ nextErrors: 1, errorStatus: 503, retryAfterSeconds: 10, retryAfterAsDate: true });
  const response = await get();
  expect(response.status).toBe(503);
  const until = Date.parse(response.headers.get('retry-after') ?? '');
  expect(until - Date.now()).toBeGreaterThan(8000);
  expect(until - Date.now()).toBeLessThan(12000);
});

it('drops connections without an answer', async () => {
  emulator.control.setFaults({ nextDrops: 1 });
  await expect(get()).rejects.toThrow();
  expect((await get()).status).toBe(200);
});

it('adds latency, fixed or in a random range', async () => {
  emulator.control.setFaults({ latencyMs: 150 });
  let started = Date.now();
  await get();
  expect(Date.now() - started).toBeGreaterThanOrEqual(145);
  emulator.control.setFaults({ latencyRangeMs: [50, 80] });
  started = Date.now();
  await get();
  expect(Date.now() - started).toBeGreaterThanOrEqual(45);
});

it('fails requests at a rate, and takes its faults over the test-only control endpoint', async () => {
  const set = await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ errorRate: 1, errorStatus: 503 }) });
  expect(await set.json()).toMatchObject({ errorRate: 1 });
  expect((await get()).status).toBe(503);
  await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: '{}' });
  expect((await get()).status).toBe(200);
  const bad = await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ errorRate: 2 }) });
  expect(bad.status).toBe(400);
});
