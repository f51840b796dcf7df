import { describe, expect, it } from '@jest/globals';
import { computeBackoff, parseRateLimitReset, parseRetryAfter, serverRequestedDelay } from '../../../src/data/pnp/backoff';

const options = { baseDelayMs: 400, maxDelayMs: 30000 };
const now = Date.parse('2026-11-23T12:00:00Z');

describe('Retry-After parsing', () => {
  it('reads delta seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 11:59:00 GMT', now)).toBe(0);
  });

  it('ignores absent or garbage values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRateLimitReset('x')).toBeUndefined();
  });

  it('takes RateLimit-Reset where it is larger', () => {
    const headers = new Headers({ 'Retry-After': '2', 'RateLimit-Reset': '5' });
    expect(serverRequestedDelay(headers, now)).toBe(5000);
    const smaller = new Headers({ 'Retry-After': '2', 'RateLimit-Reset': '1' });
    expect(serverRequestedDelay(smaller, now)).toBe(2000);
    expect(serverRequestedDelay(new Headers({ 'RateLimit-Reset': '4' }), now)).toBe(4000);
    expect(serverRequestedDelay(new Headers(), now)).toBeUndefined();
  });
});

describe('computeBackoff', () => {
  it('never waits less than the server asked, and adds at most 20 % jitter', () => {
    expect(computeBackoff(0, 2000, options, () => 0)).toBe(2000);
    expect(computeBackoff(0, 2000, options, () => 0.999)).toBeLessThanOrEqual(2400);
  });

  it('grows exponentially with jitter between half and the full step', () => {
    expect(computeBackoff(0, undefined, options, () => 0)).toBe(200);
    expect(computeBackoff(0, undefined, options, () => 1)).toBe(400);
    expect(computeBackoff(3, undefined, options, () => 0)).toBe(1600);
    expect(computeBackoff(3, undefined, options, () => 1)).toBe(3200);
  });

  it('caps the step', () => {
    expect(computeBackoff(20, undefined, options, () => 1)).toBe(30000);
  });

  it('spreads two clients apart', () => {
    const a = computeBackoff(2, undefined, options, () => 0.1);
    const b = computeBackoff(2, undefined, options, () => 0.9);
    expect(a).not.toBe(b);
  });
});
