import { describe, expect, it } from '@jest/globals';
import { DataError } from '../../../src/data/errors';
import { ConcurrencyLimiter } from '../../../src/data/pnp/limiter';
import { classifyRequest } from '../../../src/data/pnp/retryPolicy';
import { createSender, FetchLike } from '../../../src/data/pnp/throttling';

const ITEMS = "https://x/sites/a/_api/web/lists/getByTitle('Goals')/items";
const CLIENT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('classifyRequest', () => {
  it('retries reads, ETag-pinned merges, deletes and read-only batches', () => {
    expect(classifyRequest(ITEMS, { method: 'GET' }).kind).toBe('safe');
    expect(classifyRequest(`${ITEMS}(1)`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '"3"' } }).kind).toBe('safe');
    expect(classifyRequest(`${ITEMS}(1)`, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '*' } }).kind).toBe('safe');
    expect(classifyRequest('https://x/sites/a/_api/$batch', { method: 'POST', body: '--batch_1\nGET x HTTP/1.1\n' }).kind).toBe('safe');
  });

  it('never retries a blind merge, a batch with writes or a create without ClientId', () => {
    expect(classifyRequest(`${ITEMS}(1)`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } }).kind).toBe('never');
    expect(classifyRequest('https://x/sites/a/_api/$batch', { method: 'POST', body: '--changeset_1\n' }).kind).toBe('never');
    expect(classifyRequest(ITEMS, { method: 'POST', body: '{"Title":"x"}' }).kind).toBe('never');
  });

  it('retries a create that carries a ClientId, by lookup', () => {
    expect(classifyRequest(ITEMS, { method: 'POST', body: JSON.stringify({ Title: 'x', ClientId: CLIENT_ID }) })).toEqual({
      kind: 'create',
      clientId: CLIENT_ID,
      itemsUrl: ITEMS
    });
  });

  it("retries a create in a department folder by its ClientId form value, looking it up in the list's items", () => {
    const list = "https://x/sites/a/_api/web/getList('/sites/a/Lists/Goals')";
    const body = (clientId: string): string =>
      JSON.stringify({
        formValues: [
          { FieldName: 'Title', FieldValue: 'x' },
          { FieldName: 'ClientId', FieldValue: clientId }
        ],
        listItemCreateInfo: {}
      });
    expect(classifyRequest(`${list}/AddValidateUpdateItemUsingPath()`, { method: 'POST', body: body(CLIENT_ID) })).toEqual({
      kind: 'create',
      clientId: CLIENT_ID,
      itemsUrl: `${list}/items`,
      answer: 'formValues'
    });
    expect(classifyRequest(`${list}/AddValidateUpdateItemUsingPath()`, { method: 'POST', body: body('not-a-guid') }).kind).toBe('never');
  });

  it('answers a looked-up folder create the way AddValidateUpdateItemUsingPath does: the Id among the values', async () => {
    const list = "https://x/sites/a/_api/web/getList('/sites/a/Lists/Goals')";
    const { fetch, calls } = scripted([
      new TypeError('fetch failed'),
      new Response(JSON.stringify({ value: [{ Id: 42, ClientId: CLIENT_ID }] }), { status: 200 })
    ]);
    const send = createSender({ fetch, sleep: async () => undefined, random: () => 0 });
    const response = await send(`${list}/AddValidateUpdateItemUsingPath()`, {
      method: 'POST',
      body: JSON.stringify({ formValues: [{ FieldName: 'ClientId', FieldValue: CLIENT_ID }] })
    });
    expect(calls[1].url).toContain(`${list}/items?$filter=`);
    expect(await response.json()).toEqual({ value: [expect.objectContaining({ FieldName: 'Id', FieldValue: '42', HasException: false })] });
  });
});

function scripted(responses: Array<Response | Error>): { fetch: FetchLike; calls: Array<{ url: string; init: RequestInit }> } {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      const next = responses.shift();
      if (next === undefined) throw new Error('no scripted response left');
      if (next instanceof Error) throw next;
      return next;
    }
  };
}

const noSleep = { sleep: async (): Promise<void> => undefined, random: (): number => 0 };

describe('createSender', () => {
  it('honours Retry-After and returns the eventual success', async () => {
    const waits: number[] = [];
    const { fetch, calls } = scripted([
      new Response('', { status: 429, headers: { 'Retry-After': '2' } }),
      new Response('', { status: 503, headers: { 'Retry-After': new Date(Date.now() + 5000).toUTCString() } }),
      new Response('{"value":[]}', { status: 200 })
    ]);
    const send = createSender({
      fetch,
      random: () => 0,
      sleep: async (ms) => {
        waits.push(ms);
      }
    });
    const response = await send(ITEMS, { method: 'GET' });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(3);
    expect(waits[0]).toBe(2000);
    // An HTTP date has one-second resolution: the wait is what remains until that second.
    expect(waits[1]).toBeGreaterThanOrEqual(3900);
    expect(waits[1]).toBeLessThanOrEqual(5000);
  });

  it('gives up with a throttled DataError after the retry budget', async () => {
    const { fetch, calls } = scripted(Array.from({ length: 3 }, () => new Response('', { status: 429, headers: { 'Retry-After': '1' } })));
    const send = createSender({ fetch, maxRetries: 2, ...noSleep });
    await expect(send(ITEMS, { method: 'GET' })).rejects.toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 1000 });
    expect(calls).toHaveLength(3);
  });

  it('gives up at once when the server asks for longer than we wait', async () => {
    const { fetch, calls } = scripted([new Response('', { status: 429, headers: { 'Retry-After': '3600' } })]);
    const send = createSender({ fetch, ...noSleep });
    await expect(send(ITEMS, { method: 'GET' })).rejects.toBeInstanceOf(DataError);
    expect(calls).toHaveLength(1);
  });

  it('does not retry a non-idempotent write', async () => {
    const { fetch, calls } = scripted([new TypeError('fetch failed')]);
    const send = createSender({ fetch, ...noSleep });
    await expect(send(ITEMS, { method: 'POST', body: '{"Title":"x"}' })).rejects.toMatchObject({ kind: 'network' });
    expect(calls).toHaveLength(1);
  });

  it('looks a create up by ClientId after a dropped connection instead of creating it twice', async () => {
    const { fetch, calls } = scripted([
      new TypeError('fetch failed'),
      new Response(JSON.stringify({ value: [{ Id: 41, ClientId: CLIENT_ID }] }), { status: 200 })
    ]);
    const send = createSender({ fetch, ...noSleep });
    const response = await send(ITEMS, { method: 'POST', body: JSON.stringify({ Title: 'x', ClientId: CLIENT_ID }), headers: { 'X-RequestDigest': 'd' } });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ Id: 41, ClientId: CLIENT_ID });
    expect(calls).toHaveLength(2);
    expect(calls[1].init.method).toBe('GET');
    expect(decodeURIComponent(calls[1].url)).toContain(`ClientId eq '${CLIENT_ID}'`);
  });

  it('creates again when the lookup finds nothing', async () => {
    const { fetch, calls } = scripted([
      new TypeError('fetch failed'),
      new Response(JSON.stringify({ value: [] }), { status: 200 }),
      new Response(JSON.stringify({ Id: 42 }), { status: 201 })
    ]);
    const send = createSender({ fetch, ...noSleep });
    const response = await send(ITEMS, { method: 'POST', body: JSON.stringify({ Title: 'x', ClientId: CLIENT_ID }) });
    expect(await response.json()).toEqual({ Id: 42 });
    expect(calls.map((c) => c.init.method)).toEqual(['POST', 'GET', 'POST']);
  });

  it('passes other errors through for the parser to map', async () => {
    const { fetch } = scripted([new Response('{}', { status: 412 })]);
    const send = createSender({ fetch, ...noSleep });
    expect((await send(ITEMS, { method: 'GET' })).status).toBe(412);
  });

  it('holds at most the limit in flight', async () => {
    const limiter = new ConcurrencyLimiter(6);
    let active = 0;
    let peak = 0;
    const fetch: FetchLike = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      return new Response('{}', { status: 200 });
    };
    const send = createSender({ fetch, limiter, ...noSleep });
    await Promise.all(Array.from({ length: 40 }, () => send(ITEMS, { method: 'GET' })));
    expect(peak).toBe(6);
    expect(limiter.peak).toBe(6);
    expect(limiter.inFlight).toBe(0);
  });
});
