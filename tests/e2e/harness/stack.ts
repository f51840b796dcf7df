import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator';
import { startDevhostServer, type RunningDevhost } from '../../../devhost/server';
import { seedAllSites } from '../../../scripts/seed/seedSites';

export interface Stack {
  emulator: RunningEmulator;
  devhost: RunningDevhost;
  /** The dev host page as `login`, with optional extra query and hash. */
  pageUrl(login: string, hash?: string, query?: Record<string, string>): string;
  close(): Promise<void>;
}

/** Emulator on a fresh temporary data directory, seeded through the product's own code, with the dev host in front. */
export async function startStack(): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-e2e-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  await seedAllSites(emulator.url);
  const devhost = await startDevhostServer({ emulatorUrl: emulator.url, port: 0 });
  return {
    emulator,
    devhost,
    pageUrl: (login, hash = '', query = {}) => {
      const search = new URLSearchParams({ user: login, ...query });
      return `${devhost.url}?${search.toString()}${hash}`;
    },
    close: async () => {
      await devhost.close();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
