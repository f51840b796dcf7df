// Integration tests run the real @pnp/sp client over HTTP against the emulator: a fresh emulator
// per suite on a free port and a temporary data directory, and an SPFI per user.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createFetchGraphClient } from '../../../src/data/graph/fetchGraphClient';
import type { GraphClient } from '../../../src/data/graph/graphClient';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../emulator';

export const OWNER = 'admin@kommune.local';

export interface TestEmulator extends RunningEmulator {
  dataDir: string;
}

export async function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'udviklingsaftaler-it-'));
  const emulator = await startEmulator({ port: 0, ...options, dataDir });
  return {
    ...emulator,
    dataDir,
    close: async () => {
      await emulator.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/** PnPjs's own browser defaults (Node 22 has fetch) plus the header naming the user; no product behaviours. */
export function rawSpForUser(siteUrl: string, login: string | undefined): SPFI {
  const root = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
  return login ? root.using(InjectHeaders({ 'X-Emulator-User': login })) : root;
}

/** Microsoft Graph as the emulator answers it (`/v1.0/...`), for the user named. */
export function graphForUser(emulatorUrl: string, login: string): GraphClient {
  return createFetchGraphClient({ baseUrl: emulatorUrl, headers: { 'X-Emulator-User': login } });
}

export { emulatorSp as spForUser } from '../../../scripts/lib/nodeSp';
export type { RunningEmulator };
