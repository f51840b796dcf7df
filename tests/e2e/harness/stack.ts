import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator';
import { startDevhostServer, type RunningDevhost } from '../../../devhost/server';
import { seedAllSites } from '../../../scripts/seed/seedSites';

export interface Stack {
  /** The running emulator (replaced by restartEmulator). */
  emulator: RunningEmulator;
  /** Stops the emulator: the dev host then answers 502, as an unreachable SharePoint. */
  stopEmulator(): Promise<void>;
  /** Starts it again on the same port and data. */
  restartEmulator(): Promise<void>;
  devhost: RunningDevhost;
  /** The dev host page as `login`, with optional extra query and hash. */
  pageUrl(login: string, hash?: string, query?: Record<string, string>): string;
  close(): Promise<void>;
}

/** Emulator on a fresh temporary data directory, seeded through the product's own code (unless
 * `seed: false`: empty sites, no lists), with the dev host in front. */
export async function startStack(options: { seed?: boolean } = {}): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-e2e-'));
  const emulator = await startEmulator({ port: 0, dataDir });
  if (options.seed !== false) await seedAllSites(emulator.url);
  const devhost = await startDevhostServer({ emulatorUrl: emulator.url, port: 0 });
  const port = Number(new URL(emulator.url).port);
  let running: RunningEmulator | undefined = emulator;
  const stack: Stack = {
    emulator,
    devhost,
    stopEmulator: async () => {
      await running?.close();
      running = undefined;
    },
    restartEmulator: async () => {
      running = await startEmulator({ port, dataDir });
      stack.emulator = running;
    },
    pageUrl: (login, hash = '', query = {}) => {
      const search = new URLSearchParams({ user: login, ...query });
      return `${devhost.url}?${search.toString()}${hash}`;
    },
    close: async () => {
      await devhost.close();
      await running?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  return stack;
}
