// Serves the floor page (bench/floor/main.tsx, built by webpack for production like the dev host's
// production page and the web part) and passes SharePoint requests to the emulator the way the dev
// host does.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { proxyToEmulator } from '../../devhost/server';
import { webpackPage } from '../../devhost/webpackBuild';
import { startScriptServer } from '../../devhost/scriptServer';
import type { FloorPlan } from './plan';

export interface FloorServer {
  url: string;
  setPlan(plan: FloorPlan): void;
  close(): Promise<void>;
}

export async function startFloorServer(emulatorUrl: string): Promise<FloorServer> {
  const page = await webpackPage(join(__dirname, 'main.tsx'));
  if (page.files.size !== 1) throw new Error('The floor page is one file');
  // Its script from an origin and a thread of its own, as the pages it is measured against take
  // theirs (the dev host's scripts, the shipped bundle's files: a CDN's part), so no page's script
  // waits behind the benchmark's driver in this thread.
  const scripts = await startScriptServer(page.files, '127.0.0.1');
  let plan: FloorPlan = { requests: [] };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor.local');
    if (url.pathname === '/floor') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      const config = JSON.stringify(plan).replace(/</g, '\\u003c');
      res.end(
        `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Floor</title></head><body><div id="root"></div><script>window.__floorPlan=${config}</script><script src="${scripts.base}${page.entry}"></script></body></html>`
      );
      return;
    }
    proxyToEmulator(req, res, emulatorUrl);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setPlan: (next) => {
      plan = next;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scripts.close();
    }
  };
}
