// Caps the requests one SPFI has in flight. Browsers allow about six connections per host;
// beyond that requests only queue inside the browser where we cannot see or order them, and a
// burst makes SharePoint throttle sooner.

export class ConcurrencyLimiter {
  private active = 0;
  private peakActive = 0;
  private readonly waiting: Array<() => void> = [];

  public constructor(public readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`Concurrency limit must be a positive integer, got ${limit}`);
    }
  }

  /** The most requests that were ever in flight at once (for tests and benchmarks). */
  public get peak(): number {
    return this.peakActive;
  }

  public get inFlight(): number {
    return this.active;
  }

  public async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      this.peakActive = Math.max(this.peakActive, this.active);
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.waiting.push(() => {
        this.active++;
        this.peakActive = Math.max(this.peakActive, this.active);
        resolve();
      });
    });
  }

  private release(): void {
    this.active--;
    const next = this.waiting.shift();
    if (next !== undefined) next();
  }
}
