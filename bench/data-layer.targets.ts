// Where the data-layer benchmark runs: the emulator over HTTP (the default), or `--fake`, an
// in-process fake SharePoint (tests/unit/data/support) that enforces the list view threshold,
// pages and projects $select like SharePoint, for a quick run without sockets.
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import type { FetchLike } from '../src/data/pnp';
import { createSp } from '../src/data/pnp';
import { provision } from '../src/data/provisioning';
import { fakeSiteFromSchema, fillFakeSite } from '../tests/unit/data/support/fakeSite';
import { rawSpForUser, startTestEmulator } from '../tests/integration/helpers/emulator';
import { bulkAgreements, bulkGoals, OWNER, seedFrame } from '../tests/integration/data/support/fixture';
import type { FakeSharePoint } from '../tests/unit/data/support/fakeSharePoint';

export const BENCH_SIZES = [1000, 5000, 20000];
const SIZES_SITES = BENCH_SIZES.map((n) => `/sites/bench-${n}`);
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

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

/** The emulator (B's), one site per size, provisioned from the schema and seeded in batches. */
export function emulatorTarget(): Target {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
  let latency = 0;
  const running = async (): Promise<NonNullable<typeof emulator>> => {
    if (emulator === undefined) {
      emulator = await startTestEmulator({ sites: SIZES_SITES });
    }
    return emulator;
  };
  return {
    name: 'the emulator (emulator/, over HTTP on localhost)',
    async prepare(goalCount: number): Promise<PreparedSite> {
      const em = await running();
      const siteUrl = em.siteUrl(`/sites/bench-${goalCount}`);
      const raw = rawSpForUser(siteUrl, OWNER);
      await provision(raw, { skipSecurity: true });
      const frame = await seedFrame(createSp(raw), 2025, 40);
      const earlier = await bulkAgreements(
        raw,
        frame.departmentIds,
        YEARS.filter((y) => y !== 2025)
      );
      await bulkGoals(raw, {
        count: goalCount,
        years: YEARS,
        departmentIds: frame.departmentIds,
        trackIds: frame.trackIds.slice(0, 2),
        agreementId: (d, y) => (y === 2025 ? (frame.agreementIds.get(d) ?? 0) : earlier(d, y)),
        stageOf: (i) => (i % 50 === 0 ? 'boardApproval' : 'approved')
      });
      const nodeFetch: FetchLike = (url, init) => fetch(url, init);
      return {
        departmentId: frame.departmentIds[5],
        year: 2025,
        ourRoot: () => rawSpForUser(siteUrl, OWNER),
        ourFetch: nodeFetch,
        naive: (counter) => rawSpForUser(siteUrl, OWNER).using(sendThrough(counter.wrap(nodeFetch)))
      };
    },
    async setLatency(ms: number): Promise<void> {
      latency = ms;
      const em = await running();
      em.control.setFaults({ ...em.control.faults(), latencyMs: latency });
    },
    async close(): Promise<void> {
      if (emulator !== undefined) await emulator.close();
      emulator = undefined;
    }
  };
}
