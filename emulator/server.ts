// The HTTP front of the emulator: picks the site from the path, the user from the X-Emulator-User
// header or the emulator-user cookie (no user: 401, as SharePoint), requires a form digest on
// writes, applies faults, runs a request or a $batch, and persists before it answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHmac, randomUUID } from 'node:crypto';
import { ERR, errorBody, SpError, type EmRequest, type EmResponse } from './http';
import { parseBatch, formatBatchResponse, type BatchResult } from './batch';
import { Faults } from './faults';
import { applyMetadataLevel, applySelect, metadataLevel } from './odata/metadata';
import type { EmSite } from './model';
import { handleApi, type ApiContext } from './routes/api';
import { handleGraph } from './routes/graph';
import { userFor } from './security';
import { claimGroupId, type Directory } from './directory';
import { handleGraphGroups } from './routes/graphGroups';
import type { Store } from './store';

const JSON_TYPE = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
export const DIGEST_SECONDS = 1800;

export interface ServerState {
  sites: EmSite[];
  store: Store;
  faults: Faults;
  ctx: ApiContext;
  /** Signs form digests, so a digest stays valid across a restart on the same data (as SharePoint's do). */
  digestKey: string;
  requests: number;
  /** The tenant's directory (Entra ID groups) behind the Graph endpoints. */
  directory: Directory;
}

// SharePoint's form digest: a signature, a comma, and the time it was issued as
// "21 Apr 2026 10:06:12 -0000" (tests/conformance/fixtures/contextinfo.json). PnPjs's SPFx behaviour
// reads that time to know when a page's digest (legacyPageContext.formDigestValue) expires.
function digestTime(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} -0000`;
}

export function signDigest(key: string, issuedAt: number): string {
  const time = digestTime(issuedAt);
  return `0x${createHmac('sha512', key).update(time).digest('hex').toUpperCase()},${time}`;
}

function digestValid(key: string, digest: string | undefined): boolean {
  const time = digest?.slice(digest.indexOf(',') + 1);
  const issuedAt = time ? Date.parse(time.replace(' -0000', ' GMT')) : Number.NaN;
  if (!digest || !Number.isFinite(issuedAt) || issuedAt + DIGEST_SECONDS * 1000 < Date.now()) return false;
  return signDigest(key, issuedAt) === digest;
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    200: 'OK',
    201: 'Created',
    204: 'No Content',
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    412: 'Precondition Failed',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable'
  };
  return texts[status] ?? 'Unknown';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function loginOf(req: IncomingMessage): string | undefined {
  const header = req.headers['x-emulator-user'];
  if (typeof header === 'string' && header.trim() !== '') return header.trim();
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('emulator-user='));
  return cookie ? decodeURIComponent(cookie.slice('emulator-user='.length)) : undefined;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: string): void {
  res.writeHead(status, body === undefined ? headers : { 'content-type': JSON_TYPE, ...headers });
  res.end(body);
}

/** What shapes an answer after its route: the request's $select and Accept (odata/metadata.ts). */
interface Shaping {
  method: string;
  query: URLSearchParams;
  accept: string | undefined;
  siteUrl: string;
}

function shaped(response: EmResponse, shaping: Shaping): unknown {
  const selected = shaping.method === 'GET' && response.status < 300 ? applySelect(response.json, shaping.query.get('$select')) : response.json;
  return applyMetadataLevel(selected, metadataLevel(shaping.accept), shaping.siteUrl, response.metadata);
}

function toResult(run: () => EmResponse, shaping: Shaping): BatchResult {
  try {
    const response = run();
    return {
      status: response.status,
      statusText: statusText(response.status),
      headers: response.headers ?? {},
      body: response.json === undefined ? undefined : JSON.stringify(shaped(response, shaping))
    };
  } catch (error) {
    const spError = error instanceof SpError ? error : new SpError(500, '-1, System.Exception', error instanceof Error ? error.message : String(error));
    return { status: spError.status, statusText: statusText(spError.status), headers: {}, body: errorBody(spError) };
  }
}

async function handle(state: ServerState, req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const url = new URL(req.url ?? '/', origin);
  state.requests += 1;
  const latency = state.faults.latency();
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
  const decision = state.faults.decide();
  if (decision.kind === 'drop') {
    req.socket.destroy();
    return;
  }
  if (decision.kind === 'error') {
    const spError = new SpError(
      decision.status,
      decision.status === 429 ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : '-1, System.Exception',
      decision.status === 429 ? 'The request has been throttled.' : 'The server is currently unavailable.'
    );
    send(res, decision.status, { 'retry-after': decision.retryAfter }, errorBody(spError));
    return;
  }
  if (url.pathname.toLowerCase().startsWith('/v1.0/groups/')) {
    const graph = handleGraphGroups(url, origin, loginOf(req), state.directory);
    send(res, graph.status, { 'content-type': 'application/json' }, JSON.stringify(graph.json));
    return;
  }
  if (url.pathname.startsWith('/v1.0/')) {
    const graph = handleGraph(
      { method: (req.method ?? 'GET').toUpperCase(), path: url.pathname.slice('/v1.0'.length), login: loginOf(req), body: await readBody(req) },
      state.store
    );
    res.writeHead(graph.status, graph.headers).end(graph.body);
    return;
  }
  const site = state.sites
    .filter((s) => url.pathname.toLowerCase().startsWith(`${s.path.toLowerCase()}/_api/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!site) {
    send(res, 404, {}, errorBody(ERR.notFound(`The site for ${url.pathname}`)));
    return;
  }
  const body = await readBody(req);
  const login = loginOf(req);
  // Nobody signs in as a directory group.
  if (!login || claimGroupId(login) !== undefined) {
    send(res, 401, {}, errorBody(ERR.unauthorized()));
    return;
  }
  const user = userFor(site, login, () => state.store.putSite(site));
  const httpMethod = (req.method ?? 'GET').toUpperCase();
  const override = req.headers['x-http-method'];
  const method = httpMethod === 'POST' && typeof override === 'string' ? override.toUpperCase() : httpMethod;
  const apiPath = url.pathname.slice(site.path.length + '/_api/'.length);
  const siteUrl = `${origin}${site.path}`;

  if (apiPath.toLowerCase() === 'contextinfo' && httpMethod === 'POST') {
    const digest = signDigest(state.digestKey, Date.now());
    state.store.commit();
    // SP.ContextWebInformation as recorded (tests/conformance/fixtures/contextinfo.json).
    const info = {
      FormDigestTimeoutSeconds: DIGEST_SECONDS,
      FormDigestValue: digest,
      LibraryVersion: '16.0.0.0',
      SiteFullUrl: siteUrl,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: siteUrl
    };
    send(res, 200, {}, JSON.stringify(applyMetadataLevel(info, metadataLevel(req.headers.accept), siteUrl, 'SP.ContextWebInformation')));
    return;
  }
  if (httpMethod !== 'GET' && !req.headers.authorization) {
    const digest = req.headers['x-requestdigest'];
    if (!digestValid(state.digestKey, typeof digest === 'string' ? digest : undefined)) {
      send(res, 403, {}, errorBody(ERR.digest()));
      return;
    }
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name.toLowerCase()] = value;
  const base: Omit<EmRequest, 'method' | 'apiPath' | 'query' | 'headers' | 'body'> = { site, user, siteUrl };

  if (apiPath === '$batch') {
    const boundary = randomUUID();
    const results = parseBatch(body).map((part) =>
      toResult(
        () => {
          const partUrl = new URL(part.url, origin);
          // Every part must address the batch's own site: SharePoint answers a part for another
          // site (or subsite) "Invalid request" instead of running it (pnp/pnpjs#3125, #2172). The path
          // decides: behind the dev host's proxy the parts name the page's host, not the emulator's.
          if (!partUrl.pathname.toLowerCase().startsWith(`${site.path.toLowerCase()}/_api/`)) {
            throw ERR.badRequest('Invalid request.');
          }
          return handleApi(
            {
              ...base,
              method: part.method,
              apiPath: partUrl.pathname.slice(site.path.length + '/_api/'.length),
              query: partUrl.searchParams,
              headers: part.headers,
              body: part.body
            },
            state.ctx
          );
        },
        { method: part.method, query: new URL(part.url, origin).searchParams, accept: part.headers.accept, siteUrl }
      )
    );
    state.store.commit();
    res.writeHead(200, { 'content-type': `multipart/mixed; boundary=batchresponse_${boundary}` });
    res.end(formatBatchResponse(boundary, results));
    return;
  }
  const result = toResult(() => handleApi({ ...base, method, apiPath, query: url.searchParams, headers, body }, state.ctx), {
    method,
    query: url.searchParams,
    accept: headers.accept,
    siteUrl
  });
  state.store.commit();
  send(res, result.status, result.headers, result.body);
}

export function createEmulatorServer(state: ServerState, control: (req: IncomingMessage, res: ServerResponse, body: string) => boolean): Server {
  return createServer((req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    if ((req.url ?? '').startsWith('/_emulator/')) {
      readBody(req).then(
        (body) => {
          if (!control(req, res, body)) send(res, 404, {}, JSON.stringify({ error: 'unknown control endpoint' }));
        },
        () => res.destroy()
      );
      return;
    }
    handle(state, req, res, origin).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, {}, errorBody(new SpError(500, '-1, System.Exception', error instanceof Error ? error.message : String(error))));
      else res.destroy();
    });
  });
}
