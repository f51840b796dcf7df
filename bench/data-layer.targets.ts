// Where the data-layer benchmark runs. `fake`: an in-process fake SharePoint (tests/unit/data/
// support) that enforces the list view threshold, pages and projects $select like SharePoint,
// with the latency added per request. The emulator target is added once tests/integration/
// helpers/emulator.ts exists (see the report in bench/results.md).
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import type { FetchLike } from '../src/data/pnp';
import { fakeSiteFromSchema, fillFakeSite } from '../tests/unit/data/support/fakeSite';
import type { FakeSharePoint } from '../tests/unit/data/support/fakeSharePoint';

export interface Counter {
  requests: number;
  bytes: number;
  reset(): void;
  wrap(inner: FetchLike): FetchLike;
}

export function createCounter(): Counter {
  const c: Counter = {
    requests: 0,
    bytes: 0,
    reset(): void {
      c.requests = 0;
      c.bytes = 0;
    },
    wrap: (inner) => async (url, init) => {
      c.requests++;
      const response = await inner(url, init);
      const body = await response.arrayBuffer();
      c.bytes += body.byteLength;
      const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
      return new Response(nullBody ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
    }
  };
  return c;
}

export interface PreparedSite {
  departmentId: number;
  year: number;
  /** Root for our data layer (createSp adds our behaviors; the fetch goes to the target). */
  ourRoot(): SPFI;
  ourFetch: FetchLike;
  /** The naive client: plain PnPjs with its defaults, its sends counted. */
  naive(counter: Counter): SPFI;
}

export interface Target {
  name: string;
  prepare(goalCount: number): Promise<PreparedSite>;
  setLatency(ms: number): Promise<void>;
  close(): Promise<void>;
}

function sendThrough(fetchFn: FetchLike): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => fetchFn(url.toString(), init));
    return instance;
  };
}

export function fakeTarget(): Target {
  let current: FakeSharePoint | undefined;
  let latency = 0;
  return {
    name: 'in-process fake SharePoint',
    async prepare(goalCount: number): Promise<PreparedSite> {
      const siteUrl = `https://kommune.example/sites/bench-${goalCount}`;
      const fake = fakeSiteFromSchema(siteUrl);
      fake.latencyMs = latency;
      const frame = fillFakeSite(fake, goalCount);
      current = fake;
      return {
        departmentId: frame.departmentIds[5],
        year: 2025,
        ourRoot: () => spfi(siteUrl).using(SPBrowser()),
        ourFetch: fake.fetch,
        naive: (counter) => spfi(siteUrl).using(SPBrowser(), sendThrough(counter.wrap(fake.fetch)))
      };
    },
    async setLatency(ms: number): Promise<void> {
      latency = ms;
      if (current !== undefined) current.latencyMs = ms;
    },
    async close(): Promise<void> {
      current = undefined;
    }
  };
}
