// The bundle's files from an origin of their own, served by a thread of their own: SPFx's files come
// from a CDN, which never waits for SharePoint. In one Node thread with the emulator, a script file
// asked for while the emulator works on the first reads (a $batch over 100,000 items) waited until
// it was done: the page's UI chunks, asked for once those reads are on the wire, arrived up to
// 150 ms later than the files themselves take (issue 21).
import { Worker } from 'node:worker_threads';

// Plain CommonJS for the worker (no TypeScript loader there): the files arrive as workerData.
const WORKER = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const files = new Map(workerData.files);
const server = createServer((req, res) => {
  const path = new URL(req.url || '/', 'http://devhost.local').pathname;
  const file = path.startsWith('/devhost/') ? files.get(path.slice('/devhost/'.length)) : undefined;
  if (file === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Ukendt fil.');
    return;
  }
  // Names carry their content's hash (bundle.ts): kept like SPFx's files from the CDN.
  res.writeHead(200, {
    'content-type': 'text/javascript; charset=utf-8',
    'cache-control': 'public, max-age=31536000, immutable',
    'access-control-allow-origin': '*',
    'timing-allow-origin': '*'
  });
  res.end(file);
});
server.on('error', (error) => parentPort.postMessage({ error: String(error) }));
server.listen(0, workerData.host, () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', () => server.close(() => parentPort.close()));
`;

export interface ScriptServer {
  /** The files' base URL, ending in /devhost/. */
  base: string;
  close(): Promise<void>;
}

export async function startScriptServer(files: ReadonlyMap<string, string>, host: string): Promise<ScriptServer> {
  const worker = new Worker(WORKER, { eval: true, workerData: { files: [...files], host } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { port?: number; error?: string }) =>
      message.port !== undefined ? resolve(message.port) : reject(new Error(message.error ?? 'script server'))
    );
  });
  return {
    base: `http://${host}:${port}/devhost/`,
    close: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      // A browser may keep connections open: the thread ends when they have closed, or is ended.
      const timer = setTimeout(() => void worker.terminate(), 1000);
      await exited;
      clearTimeout(timer);
    }
  };
}
