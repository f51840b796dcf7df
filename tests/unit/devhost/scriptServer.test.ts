// The dev host's script files come from a thread of their own (devhost/scriptServer.ts), as SPFx's
// come from a CDN that never waits for SharePoint: a file is served while this thread (where the
// emulator answers the first reads) is busy. And the page asks for its UI's files only once the
// first reads are on the wire (devhost/bundle.ts `ui`): the boot's files are all it preloads.
import { execFileSync } from 'node:child_process';
import { startScriptServer } from '../../../devhost/scriptServer';
import { bundleClient } from '../../../devhost/bundle';
import { renderPage } from '../../../devhost/page';

describe('dev host script files', () => {
  it('are served while the thread that started the server is busy', async () => {
    const server = await startScriptServer(new Map([['app-TEST.js', 'export const answer = 42;']]), '127.0.0.1');
    try {
      // execFileSync holds this thread until the child has its answer: a server on this thread
      // could not answer, and the child would time out.
      const script = `fetch(${JSON.stringify(`${server.base}app-TEST.js`)}).then(async (r) => process.stdout.write(r.status + ' ' + r.headers.get('access-control-allow-origin') + ' ' + (await r.text())))`;
      const out = execFileSync(process.execPath, ['-e', script], { timeout: 10000, encoding: 'utf8' });
      expect(out).toBe('200 * export const answer = 42;');
      const missing = execFileSync(
        process.execPath,
        ['-e', `fetch(${JSON.stringify(`${server.base}other.js`)}).then((r) => process.stdout.write(String(r.status)))`],
        {
          timeout: 10000,
          encoding: 'utf8'
        }
      );
      expect(missing).toBe('404');
    } finally {
      await server.close();
    }
  });

  it('preload the boot only: the UI is its own set of files, named to the boot for later', async () => {
    const bundle = await bundleClient(false);
    expect(bundle.format).toBe('module');
    expect(bundle.ui.length).toBeGreaterThan(0);
    expect(bundle.eager.length).toBeGreaterThan(0);
    expect(bundle.ui.filter((file) => bundle.eager.includes(file))).toEqual([]);
    for (const file of [...bundle.eager, ...bundle.ui]) expect(bundle.files.has(file)).toBe(true);
    const base = 'http://scripts.local/devhost/';
    const uiScripts = bundle.ui.map((file) => `${base}${file}`);
    const html = renderPage(
      { municipalities: [], locale: 'da-dk', strings: {} as IUdviklingsaftalerStrings, uiScripts },
      { entry: bundle.entry, format: bundle.format, preload: bundle.eager, base }
    );
    const preloaded = Array.from(html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g), (m) => m[1]);
    expect(preloaded).toEqual([bundle.entry, ...bundle.eager].map((file) => `${base}${file}`));
    // The UI's files reach the boot in its config (main.tsx preloads them once the reads have left).
    expect(html).toContain(JSON.stringify(uiScripts));
  }, 60000);

  it('for production are built as SPFx builds the web part: one classic main file holding the boot, the UI in chunks', async () => {
    const bundle = await bundleClient(true);
    expect(bundle.format).toBe('script');
    expect(bundle.eager).toEqual([]);
    expect(bundle.ui).toEqual([]);
    const main = bundle.files.get(bundle.entry) ?? '';
    // The boot: the data layer's $batch is in the main file…
    expect(main).toContain('$batch');
    // …React and Fluent UI are not (React's error decoder link, Fluent's root class name).
    expect(main).not.toContain('error-decoder');
    expect(main).not.toContain('ms-Fabric');
    expect([...bundle.files.values()].some((file) => file.includes('ms-Fabric'))).toBe(true);
    const html = renderPage(
      { municipalities: [], locale: 'da-dk', strings: {} as IUdviklingsaftalerStrings },
      { entry: bundle.entry, format: bundle.format, preload: bundle.eager, base: 'http://scripts.local/devhost/' }
    );
    expect(html).toContain(`<script src="http://scripts.local/devhost/${bundle.entry}"></script>`);
    expect(html).not.toContain('modulepreload');
  }, 180000);
});
