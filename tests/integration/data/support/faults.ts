// Thin adapter from the tests' words to the emulator's fault control.
import type { Emulator } from './fixture';

export async function injectFaults(
  emulator: Emulator,
  f: { throttleRate: number; dropRate: number; errorStatus?: 429 | 503; retryAfterSeconds?: number }
): Promise<void> {
  emulator.control.setFaults({
    ...emulator.control.faults(),
    errorRate: f.throttleRate,
    dropRate: f.dropRate,
    errorStatus: f.errorStatus ?? 429,
    retryAfterSeconds: f.retryAfterSeconds ?? 0
  });
}

export async function clearFaults(emulator: Emulator): Promise<void> {
  emulator.control.clearFaults();
}

/** The next `count` requests answer `status` with Retry-After in seconds, or as an HTTP date. */
export async function failNext(emulator: Emulator, f: { count: number; status: 429 | 503; retryAfterSeconds: number; asDate: boolean }): Promise<void> {
  emulator.control.setFaults({
    ...emulator.control.faults(),
    nextErrors: f.count,
    errorStatus: f.status,
    retryAfterSeconds: f.retryAfterSeconds,
    retryAfterAsDate: f.asDate
  });
}

export async function setLatency(emulator: Emulator, ms: number): Promise<void> {
  emulator.control.setFaults({ ...emulator.control.faults(), latencyMs: ms });
}
