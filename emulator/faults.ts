// Faults on demand: added latency (fixed or a random range), 429/503 with Retry-After in seconds or
// as an HTTP date, and dropped connections, by rate or for the next N requests.

export interface FaultConfig {
  /** Fixed latency added to every request, in ms. */
  latencyMs?: number;
  /** Random latency between min and max ms (replaces latencyMs when set). */
  latencyRangeMs?: [number, number];
  /** Probability (0..1) that a request is answered with `errorStatus`. */
  errorRate?: number;
  /** The next N requests are answered with `errorStatus`. */
  nextErrors?: number;
  /** 429 (throttled) or 503 (server busy); 429 when unset. */
  errorStatus?: 429 | 503;
  /** Seconds a throttled client is told to wait; 1 when unset. */
  retryAfterSeconds?: number;
  /** Send Retry-After as an HTTP date instead of seconds. */
  retryAfterAsDate?: boolean;
  /** Probability (0..1) that a request's connection is dropped without an answer. */
  dropRate?: number;
  /** The next N requests have their connection dropped. */
  nextDrops?: number;
}

export type FaultDecision = { kind: 'pass' } | { kind: 'drop' } | { kind: 'error'; status: 429 | 503; retryAfter: string };

export class Faults {
  private config: FaultConfig = {};

  public constructor(
    initial: FaultConfig = {},
    private readonly random: () => number = Math.random
  ) {
    this.set(initial);
  }

  public set(config: FaultConfig): void {
    for (const rate of [config.errorRate, config.dropRate]) {
      if (rate !== undefined && (rate < 0 || rate > 1)) throw new Error('Fault rates are probabilities between 0 and 1');
    }
    this.config = { ...config };
  }

  public get current(): FaultConfig {
    return { ...this.config };
  }

  public latency(): number {
    const range = this.config.latencyRangeMs;
    if (range) return range[0] + this.random() * (range[1] - range[0]);
    return this.config.latencyMs ?? 0;
  }

  public decide(): FaultDecision {
    const c = this.config;
    if ((c.nextDrops ?? 0) > 0) {
      c.nextDrops = (c.nextDrops ?? 0) - 1;
      return { kind: 'drop' };
    }
    if ((c.nextErrors ?? 0) > 0) {
      c.nextErrors = (c.nextErrors ?? 0) - 1;
      return this.error();
    }
    if (c.dropRate && this.random() < c.dropRate) return { kind: 'drop' };
    if (c.errorRate && this.random() < c.errorRate) return this.error();
    return { kind: 'pass' };
  }

  private error(): FaultDecision {
    const seconds = this.config.retryAfterSeconds ?? 1;
    const retryAfter = this.config.retryAfterAsDate ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds);
    return { kind: 'error', status: this.config.errorStatus ?? 429, retryAfter };
  }
}
