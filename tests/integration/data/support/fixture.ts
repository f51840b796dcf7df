// One emulator per test file, provisioned from the schema, with helpers that create the frame
// (department, strategy, agreement) and goals in bulk. Seeding uses the plain PnPjs root (fast
// batches, no fault injection); the code under test gets our data layer over its own root.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { startTestEmulator, rawSpForUser } from '../../helpers/emulator';
import { provision, StepRecorder, syncDepartmentFolders } from '../../../../src/data/provisioning';
import { createDataLayer, type DataLayerHandle, type DataLayerOptions } from '../../../../src/data/pnp';
import { DEFAULT_STAGE_CONFIGURATIONS, type StageConfiguration } from '../../../../src/domain';
import { AgreementRepository, DepartmentRepository, StrategyRepository } from '../../../../src/data/repositories';
import { goalMapping, GOALS } from '../../../../src/data/repositories/mappers/goalMapper';
import { AGREEMENTS } from '../../../../src/data/repositories/mappers/agreementMapper';
import { newClientId } from '../../../../src/data/repositories/clientId';

export const OWNER = 'admin@kommune.local';
export const CONFIG: StageConfiguration = DEFAULT_STAGE_CONFIGURATIONS[0];

export type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;

export interface Fixture {
  emulator: Emulator;
  siteUrl: string;
  /** The plain PnPjs root (PnPjs defaults, no faults expected): for seeding and checking. */
  raw: SPFI;
  /** A data layer for a user, over its own root. */
  layer(login?: string, options?: DataLayerOptions): DataLayerHandle;
  close(): Promise<void>;
}

export async function startFixture(sitePath = '/sites/udviklingsaftaler'): Promise<Fixture> {
  const emulator = await startTestEmulator({ sites: [sitePath] });
  const siteUrl = emulator.siteUrl(sitePath);
  const raw = rawSpForUser(siteUrl, OWNER);
  await provision(raw, { skipSecurity: true });
  return {
    emulator,
    siteUrl,
    raw,
    layer: (login = OWNER, options = {}) => createDataLayer(rawSpForUser(siteUrl, login), { baseDelayMs: 20, ...options }),
    close: () => emulator.close()
  };
}

export interface Frame {
  departmentIds: number[];
  strategyId: number;
  trackIds: number[];
  requirementIds: number[];
  /** agreement id per department id, for `year` */
  agreementIds: Map<number, number>;
}

/** Departments, the year's strategy with three tracks and two requirements, and an agreement per department. */
export async function seedFrame(sp: SPFI, year: number, departmentCount: number): Promise<Frame> {
  const departments = new DepartmentRepository(sp);
  const strategies = new StrategyRepository(sp);
  const agreements = new AgreementRepository(sp, CONFIG);
  const departmentIds: number[] = [];
  for (let i = 0; i < departmentCount; i++) {
    const d = await departments.create({ title: i === 0 ? "Børn og unge's afdeling" : `Afdeling ${i}`, kind: 'department', editors: [], active: true });
    departmentIds.push(d.id);
  }
  // Agreements and goals are created in their department's folder.
  await syncDepartmentFolders(sp, new StepRecorder(), { only: departmentIds });
  const strategy = await strategies.strategies.create({ year, title: `DUS ${year}`, deadlines: [], minimumGoalContent: ['purpose'] });
  const trackIds: number[] = [];
  for (let n = 1; n <= 3; n++) {
    trackIds.push((await strategies.tracks.create({ strategyId: strategy.id, kind: 'track', number: n, title: `Spor ${n}` })).id);
  }
  const requirementIds: number[] = [];
  for (let n = 1; n <= 2; n++) {
    requirementIds.push((await strategies.requirements.create({ strategyId: strategy.id, number: n, title: `Krav ${n}`, appliesTo: 'agreement' })).id);
  }
  const agreementIds = new Map<number, number>();
  for (const departmentId of departmentIds) {
    const a = await agreements.create({ departmentId, year, title: `Aftale ${year}`, policies: [], milestones: [], stage: 'draft' });
    agreementIds.set(departmentId, a.id);
  }
  return { departmentIds, strategyId: strategy.id, trackIds, requirementIds, agreementIds };
}

export interface BulkGoalsOptions {
  count: number;
  /** Years the goals spread over (ten years of history by default). */
  years: number[];
  departmentIds: number[];
  /** Agreement ids per "department:year"; created on the fly where missing (as plain items). */
  agreementId: (departmentId: number, year: number) => number;
  stageOf?: (i: number) => string;
  trackIds?: number[];
}

/** Writes goals in batches of 100 through the plain root: 20,000 goals in 200 requests. */
export async function bulkGoals(raw: SPFI, options: BulkGoalsOptions): Promise<void> {
  const mapping = goalMapping(CONFIG);
  const chunk = 100;
  for (let start = 0; start < options.count; start += chunk) {
    const [batched, execute] = raw.batched();
    const batchedList = batched.web.lists.getByTitle(GOALS.list.title);
    const adds: Array<Promise<unknown>> = [];
    for (let i = start; i < Math.min(options.count, start + chunk); i++) {
      const departmentId = options.departmentIds[i % options.departmentIds.length];
      const year = options.years[Math.floor(i / options.departmentIds.length) % options.years.length];
      const fields = mapping.toFields({
        agreementId: options.agreementId(departmentId, year),
        departmentId,
        year,
        number: i,
        title: `Mål ${i}`,
        purpose: 'Formål med målet',
        sharedWithDepartmentIds: [],
        trackIds: options.trackIds ?? [],
        policies: [],
        requirementIds: [],
        stage: options.stageOf?.(i) ?? 'draft',
        evidence: [],
        clientId: newClientId()
      });
      adds.push(batchedList.items.add(fields));
    }
    await execute();
    await Promise.all(adds);
  }
}

/** Agreements for the years and departments given, written in batches; returns a lookup. */
export async function bulkAgreements(raw: SPFI, departmentIds: number[], years: number[]): Promise<(d: number, y: number) => number> {
  const ids = new Map<string, number>();
  const pairs = years.flatMap((year) => departmentIds.map((departmentId) => ({ departmentId, year })));
  const mapping = new AgreementRepository(raw, CONFIG).store.mapping;
  for (let start = 0; start < pairs.length; start += 100) {
    const [batched, execute] = raw.batched();
    const list = batched.web.lists.getByTitle(AGREEMENTS.list.title);
    const adds = pairs.slice(start, start + 100).map(async (p) => {
      const created = (await list.items.add(
        mapping.toFields({ ...p, title: `Aftale ${p.year}`, policies: [], milestones: [], stage: 'draft', clientId: newClientId() })
      )) as { Id: number };
      ids.set(`${p.departmentId}:${p.year}`, created.Id);
    });
    await execute();
    await Promise.all(adds);
  }
  return (d, y) => {
    const id = ids.get(`${d}:${y}`);
    if (id === undefined) throw new Error(`No agreement for department ${d} in ${y}`);
    return id;
  };
}

/** A fetch that counts requests and response bytes, for request budgets in tests and the bench. */
export function countingFetch(): { fetch: (url: string, init: RequestInit) => Promise<Response>; requests: number; bytes: number; reset(): void } {
  const counter = {
    requests: 0,
    bytes: 0,
    reset(): void {
      counter.requests = 0;
      counter.bytes = 0;
    },
    fetch: async (url: string, init: RequestInit): Promise<Response> => {
      counter.requests++;
      const response = await fetch(url, init);
      const body = await response.arrayBuffer();
      counter.bytes += body.byteLength;
      const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
      return new Response(nullBody ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
    }
  };
  return counter;
}
