// The dev host's HTTP servers: the page, which passes every SharePoint request (/sites/...) through
// to the emulator, so the page and the API share one origin as on SharePoint; and the bundle's files
// from an origin and a thread of their own (scriptServer.ts), as SPFx's files come from a CDN. One
// origin for both would put some 70 script files and the first reads in the browser's six
// connections per HTTP/1.1 host, where SharePoint's HTTP/2 and its CDN never make them wait for
// each other (issue 21).
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleClient } from './bundle';
import { startScriptServer } from './scriptServer';
import { renderPage, type PageDigest } from './page';
import { devhostMunicipalities } from './users';
import { localeStrings } from './locales/localeStrings';

export interface DevhostServerOptions {
  emulatorUrl: string;
  port?: number;
  host?: string;
  /** Serve a production build of the page (minified, React's production build). */
  production?: boolean;
  /** With `production`: not minified, so a CPU profile names its functions (bench/profile.ts). */
  readableNames?: boolean;
}

export interface RunningDevhost {
  url: string;
  close(): Promise<void>;
}

const USER_COOKIE = 'emulator-user';

// Fluent's icon font files, from the installed @fluentui/font-icons-mdl2 (the page registers them).
const FONT_DIR = join(dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');

function iconFont(name: string): Buffer | undefined {
  if (!/^[a-z0-9-]+\.woff$/.test(name)) return undefined;
  const path = join(FONT_DIR, name);
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** Passes a request to the emulator; the shipped-bundle test page uses it too. */
export function proxyToEmulator(req: IncomingMessage, res: ServerResponse, emulatorUrl: string): void {
  const target = new URL(req.url ?? '/', emulatorUrl);
  const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (upstreamRes) => {
    res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
    upstreamRes.pipe(res);
  });
  upstream.on('error', () => {
    // The emulator went away (stopped, restarted): answer like an unreachable server would.
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Emulatoren svarer ikke.');
  });
  req.pipe(upstream);
}

/** The form digest a SharePoint page carries (legacyPageContext.formDigestValue), from the
 * emulator's test-only control endpoint (no latency, as SharePoint renders it into the page
 * itself). None when the emulator is away: the app then asks _api/contextinfo, as PnPjs does. */
export async function pageDigest(emulatorUrl: string): Promise<PageDigest | undefined> {
  try {
    const response = await fetch(new URL('/_emulator/digest', emulatorUrl));
    return response.ok ? ((await response.json()) as PageDigest) : undefined;
  } catch {
    return undefined;
  }
}

export async function startDevhostServer(options: DevhostServerOptions): Promise<RunningDevhost> {
  const bundle = await bundleClient(options.production ?? false, { minimize: !options.readableNames });
  const municipalities = devhostMunicipalities();
  const host = options.host ?? '127.0.0.1';

  const scripts = await startScriptServer(bundle.files, host);
  const { base } = scripts;
  const uiScripts = bundle.ui.map((file) => `${base}${file}`);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://devhost.local');
    // "/udbakke" is the same page showing the emulator's outbox instead of the app.
    if (url.pathname === '/' || url.pathname === '/index.html' || url.pathname === '/udbakke') {
      const headers: Record<string, string | string[]> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      const user = url.searchParams.get('user');
      // ?user=<login> selects the user: the emulator reads the same cookie on every API call.
      if (user) headers['set-cookie'] = `${USER_COOKIE}=${encodeURIComponent(user)}; Path=/; SameSite=Lax`;
      void pageDigest(options.emulatorUrl).then((formDigest) => {
        res.writeHead(200, headers);
        const locale = url.searchParams.get('locale') ?? 'da-dk';
        res.end(
          renderPage(
            { municipalities, formDigest, locale, strings: localeStrings(locale), uiScripts },
            { entry: bundle.entry, format: bundle.format, preload: bundle.eager, base }
          )
        );
      });
      return;
    }
    const font = url.pathname.startsWith('/devhost/fonts/') ? iconFont(url.pathname.slice('/devhost/fonts/'.length)) : undefined;
    if (font !== undefined) {
      res.writeHead(200, { 'content-type': 'font/woff', 'cache-control': 'max-age=86400' });
      res.end(font);
      return;
    }
    proxyToEmulator(req, res, options.emulatorUrl);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const closed = (s: Server): Promise<void> => new Promise<void>((resolve) => s.close(() => resolve()));
  return {
    url: `http://${host}:${address.port}/`,
    close: async () => {
      await Promise.all([closed(server), scripts.close()]);
    }
  };
}
