// An emulator in a process of its own (`emulator/cli.ts` over a data directory already filled), as
// SharePoint runs on machines of its own: its garbage collection and request work do not share a
// thread with the benchmark's page servers and browser driver. With the three sizes' emulators in
// the benchmark's own process, the seed-only view's $batch took 175 ms instead of 119 (issue 21).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface EmulatorProcess {
  url: string;
  close(): Promise<void>;
}

export async function startEmulatorProcess(dataDir: string, latencyMs: number): Promise<EmulatorProcess> {
  const root = join(__dirname, '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'emulator', 'cli.ts'), '--port', '0', '--data', dataDir, '--latency', String(latencyMs)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit']
  });
  // It prints each site's URL once it listens: the first one's origin is its address.
  const firstLine = (async (): Promise<string | undefined> => {
    for await (const line of createInterface({ input: child.stdout })) return line;
    return undefined;
  })();
  const siteUrl = await Promise.race([firstLine, once(child, 'exit').then(() => undefined)]);
  if (siteUrl === undefined) throw new Error(`The emulator over ${dataDir} stopped before it printed its address`);
  return {
    url: new URL(siteUrl).origin,
    close: async () => {
      if (child.exitCode !== null) return;
      const stopped = once(child, 'exit');
      child.kill('SIGTERM');
      await stopped;
    }
  };
}
