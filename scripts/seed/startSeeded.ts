// The emulator as `npm start` and `npm run emulator` run it: on a data directory (default .data),
// provisioned and seeded through the product's own code the first time, faults from the flags.
import { resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';
import type { CliFlags } from '../../devhost/args';
import { seedAllSites } from './seedSites';

export async function startSeededEmulator(flags: CliFlags, port: number): Promise<RunningEmulator> {
  const emulator = await startEmulator({
    port,
    dataDir: resolve(flags.data ?? '.data'),
    reset: flags.reset,
    faults: flags.latency ? { latencyMs: flags.latency } : undefined
  });
  if (emulator.freshDataDir) {
    process.stdout.write('Tom datamappe: opretter lister og indlæser eksempeldata …\n');
    await seedAllSites(emulator.url, (line) => process.stdout.write(`  ${line}\n`));
  }
  return emulator;
}
