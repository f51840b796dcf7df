// The seeded sites written into a data directory, for a benchmark that then serves it from an
// emulator process of its own (emulatorProcess.ts): an emulator in this process seeds it and stops.
// Returns Skanderborg's departments and the one the benchmarks open (Staben Økonomi, Innovation og IT).
import { startEmulator } from '../../emulator';
import { seedAllSites } from '../../scripts/seed/seedSites';
import { rawSpForUser } from '../../tests/integration/helpers/emulator';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import type { Department } from '../../src/domain';

export const BENCH_DEPARTMENT = 'Staben Økonomi, Innovation og IT';

export async function seedStorage(dataDir: string): Promise<{ departments: Department[]; departmentId: number }> {
  const seeded = await startEmulator({ port: 0, dataDir });
  try {
    await seedAllSites(seeded.url);
    const departments = await new DepartmentRepository(rawSpForUser(seeded.siteUrl('/sites/skanderborg'), 'admin@kommune.local')).all();
    const target = departments.find((d) => d.title === BENCH_DEPARTMENT);
    if (!target) throw new Error('seed department missing');
    return { departments, departmentId: target.id };
  } finally {
    await seeded.close();
  }
}
