// Runs a view's reads in one $batch. Each read's promise is settled as soon as it is created, so
// a failing part is never an unhandled rejection; after the batch, the first failure (if any) is
// thrown as the DataError it is. A throttled or dropped part makes the whole (read-only) batch
// run again, with the same back-off as single requests.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { DataError, isDataError } from '../errors/DataError';
import { toDataError } from '../errors/toDataError';
import { computeBackoff } from '../pnp/backoff';
import type { Page } from './paging';

type Settled<T> = { ok: true; value: T } | { ok: false; error: DataError };

function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (e: unknown) => ({ ok: false as const, error: toDataError(e) })
  );
}

export type Reads<R> = { [K in keyof R]: Promise<R[K]> };

export interface BatchOptions {
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

const transient = (e: DataError): boolean => e.kind === 'throttled' || e.kind === 'network';

async function runOnce<R extends object>(sp: SPFI, build: (batched: SPFI) => Reads<R>): Promise<R> {
  const [batched, execute] = sp.batched();
  const reads = build(batched);
  const keys = Object.keys(reads) as Array<keyof R>;
  const settled = keys.map((k) => settle(reads[k]));
  try {
    await execute();
  } catch (e) {
    throw toDataError(e);
  }
  const results = await Promise.all(settled);
  const out = {} as R;
  for (let i = 0; i < keys.length; i++) {
    const r = results[i];
    if (!r.ok) throw r.error;
    out[keys[i]] = r.value;
  }
  return out;
}

export async function inOneBatch<R extends object>(sp: SPFI, build: (batched: SPFI) => Reads<R>, options: BatchOptions = {}): Promise<R> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await runOnce(sp, build);
    } catch (e) {
      const error = isDataError(e) ? e : toDataError(e);
      if (!transient(error) || attempt + 1 >= attempts) throw error;
      await sleep(computeBackoff(attempt, error.retryAfterMs, { baseDelayMs: 400, maxDelayMs: 30000 }));
    }
  }
}

/**
 * A site provisioned before a list existed (CheckIns, Dialogues) answers 404 for it until the site
 * owner runs the provisioning again (README, "Building and deploying"): such a read in a batch
 * then gives no rows rather than failing the whole view.
 */
export function noListAsEmpty(page: Promise<Page>): Promise<Page> {
  return page.catch((e: unknown) => {
    if (isDataError(e) && e.kind === 'notFound') return { rows: [], nextLink: undefined };
    throw e;
  });
}
