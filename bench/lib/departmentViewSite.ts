// The department view's data as the first-render benchmark builds it (bench/first-render.bench.ts),
// in-process and without a browser: the seeded sites, then 20,000 goals in the Goals list, then
// 100,000 check-ins written into the stopped emulator's storage. For timing and profiling the
// emulator's answer to the view's `$batch` (bench/emulator.bench.ts) at each size.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { seedAllSites } from '../../scripts/seed/seedSites';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { bulkAgreements, bulkGoals, CONFIG } from '../../tests/integration/data/support/fixture';
import { rawSpForUser } from '../../tests/integration/helpers/emulator';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { createViewQueries } from '../../src/services/queries';
import { appendCheckIns } from './emulatorStorage';

const SITE = '/sites/skanderborg';
const READER = 'medarbejder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const YEARS = Array.from({ length: 10 }, (_, i) => 2008 + i);

export interface DepartmentViewSite {
  emulator: RunningEmulator;
  dataDir: string;
  /** One department view read as the Skanderborg employee: the view's one `$batch`. */
  readView(): Promise<unknown>;
  /** Adds the 20,000 goals (over HTTP, in batches). */
  addGoals(): Promise<void>;
  /** Restarts the emulator with 100,000 check-ins appended to its storage; returns how many. */
  addCheckIns(): Promise<number>;
  close(): Promise<void>;
}

export async function departmentViewSite(): Promise<DepartmentViewSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-view-'));
  let emulator = await startEmulator({ port: 0, dataDir });
  await seedAllSites(emulator.url);
  const raw = rawSpForUser(emulator.siteUrl(SITE), OWNER);
  const departments = await new DepartmentRepository(raw).all();
  const target = departments.find((d) => d.title === 'Staben Økonomi, Innovation og IT');
  if (!target) throw new Error('seed department missing');
  const queriesFor = (em: RunningEmulator): ReturnType<typeof createViewQueries> => createViewQueries(emulatorSp(em.siteUrl(SITE), READER), CONFIG);
  let queries = queriesFor(emulator);
  const site: DepartmentViewSite = {
    get emulator() {
      return emulator;
    },
    dataDir,
    readView: () => queries.loadDepartmentView(target.id, 2020),
    async addGoals() {
      const ids = departments.map((d) => d.id);
      const agreementId = await bulkAgreements(raw, ids, YEARS);
      await bulkGoals(raw, { count: 20000, years: YEARS, departmentIds: ids, agreementId });
    },
    async addCheckIns() {
      const port = Number(new URL(emulator.url).port);
      await emulator.close();
      const written = await appendCheckIns(dataDir, {
        site: SITE,
        perGoal: 5,
        goals: (g) => YEARS.includes(g.year),
        statuses: ['På rette vej', 'Udfordret', 'Bagud', 'Nået', 'Sat på pause']
      });
      emulator = await startEmulator({ port, dataDir });
      queries = queriesFor(emulator);
      return written;
    },
    close: () => emulator.close()
  };
  return site;
}
