import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/browser';
import { screenshotter } from './harness/artifacts';

// `npm start` as a user runs it: the same entry (devhost/start.ts), a fresh data directory, free
// ports; it must print its URL, and that page must show the web part's Danish heading.
const ROOT = join(__dirname, '..', '..');
let child: ChildProcessWithoutNullStreams | undefined;
let browser: Browser | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-start-'));

afterAll(async () => {
  await browser?.close();
  child?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

function waitForUrl(proc: ChildProcessWithoutNullStreams): Promise<{ url: string; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      // The URL line comes first, the user links after it: wait for the last of them.
      const match = /kører lokalt: (http:\/\/\S+)/.exec(output);
      if (match && output.includes('?user=admin%40kommune.local')) resolve({ url: match[1], output });
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

it('npm start seeds a fresh data directory, prints its URL and serves the Danish page', async () => {
  const port = 4400 + Math.floor(Math.random() * 400);
  child = spawn(process.execPath, ['--import', 'tsx', 'devhost/start.ts', '--port', String(port), '--emulator-port', String(port + 1), '--data', dataDir], {
    cwd: ROOT
  });
  const { url, output } = await waitForUrl(child);
  expect(url).toBe(`http://127.0.0.1:${port}/`);
  expect(output).toContain('Tom datamappe');
  expect(output).toContain('?user=medarbejder.skanderborg%40kommune.local');

  browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(`${url}?user=${encodeURIComponent('medarbejder.skanderborg@kommune.local')}`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Udviklingsaftaler');
  await page.getByTestId('department-view').waitFor();
  await screenshotter('npm-start')(page, 'first-page');
});
