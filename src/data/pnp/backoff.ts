// How long to wait before retrying a throttled or failed request. Pure, so it is unit tested:
// the server's word (Retry-After in seconds or as an HTTP date, RateLimit-Reset in seconds) wins
// when present, and our own exponential back-off with jitter applies otherwise. Jitter keeps two
// clients that were throttled together from coming back in the same millisecond.

export interface BackoffOptions {
  /** First back-off step in ms when the server names no wait. */
  baseDelayMs: number;
  /** Longest wait we accept for one step; a server asking for more makes us give up. */
  maxDelayMs: number;
}

export interface HeaderSource {
  get(name: string): string | null;
}

/** Parses Retry-After: delta-seconds or an HTTP date. Returns ms, or undefined when absent/invalid. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Math.round(parseFloat(trimmed) * 1000);
  }
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Parses RateLimit-Reset (seconds until the quota resets). */
export function parseRateLimitReset(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Math.round(parseFloat(trimmed) * 1000);
}

/** The wait the server asked for, in ms: the larger of Retry-After and RateLimit-Reset. */
export function serverRequestedDelay(headers: HeaderSource | undefined, now: number): number | undefined {
  if (headers === undefined) return undefined;
  const retryAfter = parseRetryAfter(headers.get('Retry-After'), now);
  const reset = parseRateLimitReset(headers.get('RateLimit-Reset'));
  if (retryAfter === undefined) return reset;
  if (reset === undefined) return retryAfter;
  return Math.max(retryAfter, reset);
}

/**
 * The delay before attempt `attempt + 1` (attempt counts from 0 for the first retry).
 * `random` is injected so tests are deterministic.
 */
export function computeBackoff(attempt: number, serverDelayMs: number | undefined, options: BackoffOptions, random: () => number = Math.random): number {
  if (serverDelayMs !== undefined) {
    // Honour the server's wait, then add up to 20 % so clients do not return in lockstep.
    return Math.round(serverDelayMs + serverDelayMs * 0.2 * random());
  }
  // "Equal jitter": half the exponential step fixed, half random, capped.
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(step / 2 + (step / 2) * random());
}
