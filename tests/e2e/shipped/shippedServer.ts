// Serves the shipped bundle (dist/, the JS files the .sppkg carries) in a page that gives it what
// SharePoint's loader would (tests/e2e/shipped/spfx-runtime.js), with /sites/* passed to the emulator.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pageDigest, proxyToEmulator } from '../../../devhost/server';
import { startScriptServer } from '../../../devhost/scriptServer';
import type { PageDigest } from '../../../devhost/page';

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist');

interface Manifest {
  id: string;
  version: string;
  preconfiguredEntries: Array<{ properties: Record<string, unknown> }>;
  loaderConfig: { scriptResources: Record<string, { type: string; path?: string; defaultPath?: string; paths?: Record<string, string> }> };
}

export function shippedManifest(): Manifest {
  const file = readdirSync(DIST).find((name) => name.endsWith('.manifest.json'));
  if (!file) throw new Error('dist/ has no manifest: run `npm run build` first');
  return JSON.parse(readFileSync(join(DIST, file), 'utf8')) as Manifest;
}

/** `loadOnly`: the bundle is loaded and its module defined, and nothing else runs (no onInit, no
 * render): the floor the bundle benchmark measures the web part's boot against (bench/). */
function page(manifest: Manifest, cdn: string, webUrl: string, login: string, loadOnly: boolean, formDigest: PageDigest | undefined): string {
  const entry = manifest.loaderConfig.scriptResources['udviklingsaftaler-web-part'].path;
  // The locale file the manifest names (dist/ may hold older builds' files too).
  const localized = manifest.loaderConfig.scriptResources.UdviklingsaftalerWebPartStrings;
  const strings = localized.paths?.['da-DK'] ?? localized.paths?.['da-dk'] ?? localized.defaultPath;
  const properties = JSON.stringify(manifest.preconfiguredEntries[0].properties);
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Udviklingsaftaler (shipped bundle)</title></head>
<body><main><div id="webpart"></div></main>
<script>window.FabricConfig = { fontBaseUrl: '' };</script><script src="${cdn}vendor/react.js"></script><script src="${cdn}vendor/react-dom.js"></script>
<script src="${cdn}runtime/spfx-runtime.js"></script>
<script>spfxProvide('react', window.React); spfxProvide('react-dom', window.ReactDOM); window.__nextModuleName = 'UdviklingsaftalerWebPartStrings';</script>
<script src="${cdn}dist/${strings}"></script>
<script src="${cdn}dist/${entry}"></script>
<script>
spfxRequire(${JSON.stringify(`${manifest.id}_${manifest.version}`)}).then(function (m) {
  if (${JSON.stringify(loadOnly)}) { window.__loadedAt = performance.now(); return; }
  return mountWebPart(m.default, { element: document.getElementById('webpart'), properties: ${properties}, webUrl: ${JSON.stringify(webUrl)}, login: ${JSON.stringify(login)}, formDigest: ${JSON.stringify(formDigest ?? null)}, manifest: ${JSON.stringify({ id: manifest.id, version: manifest.version })} });
}).then(function () { window.__mounted = true; }, function (e) { window.__mountError = String(e && e.stack || e); });
</script></body></html>`;
}

export async function startShippedServer(emulatorUrl: string, sitePath: string, login: string): Promise<{ url: string; close(): Promise<void> }> {
  const manifest = shippedManifest();
  // The page's scripts come from an origin and a thread of their own, as SharePoint's pages take
  // SPFx's files (and React, SharePoint's own copy) from its CDN
  // (https://learn.microsoft.com/en-us/microsoft-365/enterprise/use-microsoft-365-cdn-with-spo),
  // which never waits for the page's front end: served by this thread, which also drives the
  // browser in the benchmarks, the scripts waited behind the driver's work (issue 21). The chunks
  // follow the main file's origin (SPFx's public path is the main file's folder). Cacheable as from
  // the CDN: the bundle's names carry their content's hash (SPFx's build), React's are SPFx's own
  // versioned files, so a revisit takes them from the browser's cache.
  const files = new Map<string, string>([
    ['vendor/react.js', readFileSync(join(ROOT, 'node_modules', 'react', 'umd', 'react.production.min.js'), 'utf8')],
    ['vendor/react-dom.js', readFileSync(join(ROOT, 'node_modules', 'react-dom', 'umd', 'react-dom.production.min.js'), 'utf8')],
    ['runtime/spfx-runtime.js', readFileSync(join(__dirname, 'spfx-runtime.js'), 'utf8')],
    ...readdirSync(DIST)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [`dist/${name}`, readFileSync(join(DIST, name), 'utf8')] as [string, string])
  ]);
  const cdn = await startScriptServer(files, '127.0.0.1');
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      void pageDigest(emulatorUrl).then((formDigest) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': `emulator-user=${encodeURIComponent(login)}; Path=/` });
        res.end(page(manifest, cdn.base, `${origin}${sitePath}`, login, new URL(req.url ?? '/', 'http://x').searchParams.has('loadOnly'), formDigest));
      });
    } else {
      proxyToEmulator(req, res, emulatorUrl);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await cdn.close();
    }
  };
}
