// The send behavior that replaces PnPjs's BrowserFetchWithRetry. PnPjs's default reads
// Retry-After only as seconds, retries every method (a retried create can duplicate an item) and
// has no cap on requests in flight. This one classifies each request (retryPolicy.ts), waits as
// long as the server asks (backoff.ts), holds at most `maxConcurrent` requests in flight
// (limiter.ts), and gives up with a typed DataError.
import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { DataError } from '../errors/DataError';
import { responseToDataError } from '../errors/toDataError';
import { computeBackoff, serverRequestedDelay } from './backoff';
import { ConcurrencyLimiter } from './limiter';
import { CLIENT_ID_FIELD, classifyRequest, RetryPolicy } from './retryPolicy';
import { stringLiteral } from '../odata/literals';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ThrottlingOptions {
  /** Requests in flight at once for this SPFI (default 6). */
  maxConcurrent?: number;
  /** Retries after the first attempt before giving up (default 6). */
  maxRetries?: number;
  /** First back-off step when the server names no wait (default 400 ms). */
  baseDelayMs?: number;
  /** Longest single wait; a server asking for longer makes us give up at once (default 30 s). */
  maxDelayMs?: number;
  /** Shared limiter, so tests and benchmarks can read its peak. */
  limiter?: ConcurrencyLimiter;
  fetch?: FetchLike;
  /** Told as each request leaves for the server (the host's first mount waits for its first reads). */
  onSend?: (url: string, init: RequestInit) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const RETRY_STATUSES = new Set([429, 503]);

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

/** Headers for the ClientId lookup: the caller's identity and Accept, nothing about the write. */
function lookupHeaders(init: RequestInit): Headers {
  const headers = new Headers(init.headers);
  for (const name of ['Content-Type', 'X-HTTP-Method', 'If-Match', 'X-RequestDigest', 'Content-Length']) {
    headers.delete(name);
  }
  return headers;
}

/**
 * Looks for the item a create may already have made. Returns a Response shaped like the create's
 * own answer when found, undefined when not, and throws when the lookup itself fails (then we must
 * not create blindly).
 */
async function findCreated(fetchFn: FetchLike, policy: Extract<RetryPolicy, { kind: 'create' }>, init: RequestInit): Promise<Response | undefined> {
  const filter = encodeURIComponent(`${CLIENT_ID_FIELD} eq ${stringLiteral(policy.clientId)}`);
  const response = await fetchFn(`${policy.itemsUrl}?$filter=${filter}&$top=1`, { method: 'GET', headers: lookupHeaders(init), credentials: init.credentials });
  if (!response.ok) throw await responseToDataError(response);
  const json = (await response.json()) as { value?: unknown[]; d?: { results?: unknown[] } };
  const rows = json.value ?? json.d?.results ?? [];
  if (rows.length === 0) return undefined;
  if (policy.answer === 'formValues') {
    // Shaped like AddValidateUpdateItemUsingPath's own answer: the new item's Id among the values.
    const id = (rows[0] as { Id?: unknown; ID?: unknown }).Id ?? (rows[0] as { ID?: unknown }).ID;
    return new Response(JSON.stringify({ value: [{ FieldName: 'Id', FieldValue: String(id), HasException: false, ErrorCode: 0, ErrorMessage: null }] }), {
      status: 200,
      statusText: 'OK',
      headers: { 'Content-Type': 'application/json' }
    });
  }
  const body = json.d !== undefined ? { d: rows[0] } : rows[0];
  return new Response(JSON.stringify(body), { status: 201, statusText: 'Created', headers: { 'Content-Type': 'application/json' } });
}

export function createSender(options: ThrottlingOptions = {}): (url: string, init: RequestInit) => Promise<Response> {
  const limiter = options.limiter ?? new ConcurrencyLimiter(options.maxConcurrent ?? 6);
  const send: FetchLike = options.fetch ?? ((u, i) => fetch(u, i));
  const onSend = options.onSend;
  const fetchFn: FetchLike = onSend
    ? (u, i) => {
        onSend(u, i);
        return send(u, i);
      }
    : send;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const maxRetries = options.maxRetries ?? 6;
  const backoff = { baseDelayMs: options.baseDelayMs ?? 400, maxDelayMs: options.maxDelayMs ?? 30000 };

  return async (url: string, init: RequestInit): Promise<Response> => {
    const policy = classifyRequest(url, init);
    let mustLookUp = false;
    for (let attempt = 0; ; attempt++) {
      let failure: DataError;
      let serverDelay: number | undefined;
      try {
        if (mustLookUp && policy.kind === 'create') {
          const existing = await limiter.run(() => findCreated(fetchFn, policy, init));
          if (existing !== undefined) return existing;
          mustLookUp = false;
        }
        const response = await limiter.run(() => fetchFn(url, init));
        if (!RETRY_STATUSES.has(response.status)) return response;
        serverDelay = serverRequestedDelay(response.headers, Date.now());
        failure = await responseToDataError(response, serverDelay);
        // The server refused before doing anything, but a lookup is cheap insurance against proxies.
        mustLookUp = policy.kind === 'create';
      } catch (e) {
        if (isAbort(e)) throw e;
        failure = e instanceof DataError ? e : new DataError('network', { cause: e, detail: e instanceof Error ? e.message : String(e) });
        if (failure.kind !== 'network' && failure.kind !== 'throttled') throw failure;
        serverDelay = failure.retryAfterMs;
        // A dropped connection leaves it open whether a create landed: look before creating again.
        mustLookUp = policy.kind === 'create';
      }
      if (policy.kind === 'never' || attempt >= maxRetries) throw failure;
      if (serverDelay !== undefined && serverDelay > backoff.maxDelayMs) throw failure;
      await sleep(computeBackoff(attempt, serverDelay, backoff, random));
    }
  };
}

/** PnPjs behavior: replaces the send moment (and with it PnPjs's default retry). */
export function Throttling(options: ThrottlingOptions = {}): TimelinePipe<Queryable> {
  const send = createSender(options);
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => send(url.toString(), init));
    return instance;
  };
}
