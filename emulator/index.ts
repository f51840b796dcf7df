// startEmulator: a local SharePoint Online REST emulator for development and tests, with sites,
// lists, items, permissions, SharePoint's limits and faults on demand. Never part of the bundle.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Faults, type FaultConfig } from './faults';
import { newSite, type EmMail, type EmSite, type EmTenant } from './model';
import { builtInFields } from './fields';
import { attachDirectory, Directory, type EntraGroup } from './directory';
import { createEmulatorServer, DIGEST_SECONDS, signDigest, type ServerState } from './server';
import { Store } from './store';

export type { FaultConfig } from './faults';

/** A mail in the emulator's outbox (sent through the Graph-compatible /v1.0/me/sendMail). */
export type SentEmail = EmMail;
export type { EmTenant } from './model';
export type { EntraGroup, EntraGroupKind } from './directory';
export { groupClaim } from './directory';

export const DEFAULT_SITES = ['/sites/skanderborg', '/sites/albertslund'];

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  dataDir: string;
  sites?: string[];
  faults?: FaultConfig;
  /** Start over: forget everything in dataDir. */
  reset?: boolean;
}

export interface EmulatorControl {
  setFaults(faults: FaultConfig): void;
  clearFaults(): void;
  faults(): FaultConfig;
  /** The outbox: every mail accepted by /v1.0/me/sendMail, oldest first, kept across restarts. */
  sentEmails(): SentEmail[];
  /** The simulated tenant's API access approvals (Mail.Send). */
  tenant(): EmTenant;
  setTenant(tenant: Partial<EmTenant>): void;
  /** HTTP requests served so far (a $batch counts once). */
  requestCount(): number;
  /** Adds or replaces an Entra ID group in the tenant's directory (what IT does in Entra). */
  putEntraGroup(group: EntraGroup): void;
  /** Simulates the tenant approving (or not) the app's Graph permission GroupMember.Read.All. */
  setGroupMemberReadGranted(granted: boolean): void;
  /** A form digest as a SharePoint page carries it (legacyPageContext.formDigestValue), for the
   * dev host's and the shipped-bundle test's pages: the web part then asks for none. */
  formDigest(): { value: string; timeoutSeconds: number };
}

export interface RunningEmulator {
  url: string;
  siteUrl(path: string): string;
  /** True when the data directory held nothing: the caller provisions and seeds. */
  freshDataDir: boolean;
  control: EmulatorControl;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** The site collection's root web of a site: the emulator's site with the shortest path above it. */
function rootWebOf(sites: readonly EmSite[], site: EmSite): EmSite {
  const above = sites.filter((s) => s === site || site.path.toLowerCase().startsWith(`${s.path.toLowerCase()}/`));
  return above.sort((a, b) => a.path.length - b.path.length)[0] ?? site;
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  if (options.reset) {
    rmSync(join(options.dataDir, 'state.log'), { force: true });
    rmSync(join(options.dataDir, 'directory.json'), { force: true });
  }
  const store = new Store(options.dataDir);
  const directory = new Directory(options.dataDir);
  const freshDataDir = store.isEmpty;
  const sites = store.load();
  // Lists made by an older emulator lack the folder and path columns every list has.
  for (const site of sites)
    for (const list of site.lists) {
      const missing = builtInFields().filter((f) => !list.fields.some((g) => g.internalName === f.internalName));
      if (missing.length > 0) {
        list.fields.push(...missing);
        store.putList(site, list);
      }
    }
  for (const path of options.sites ?? DEFAULT_SITES) {
    if (!sites.some((s) => s.path.toLowerCase() === path.toLowerCase())) {
      const site = newSite(path);
      sites.push(site);
      store.putSite(site);
    }
  }
  // A site below another is its subsite: it inherits the root web's permission levels (SharePoint's
  // default for a new subsite) and sees the same objects.
  for (const site of sites) {
    const rootWeb = rootWebOf(sites, site);
    if (rootWeb !== site) {
      site.roleDefinitionsFrom = rootWeb.path;
      site.roleDefs = rootWeb.roleDefs;
      store.putSite(site);
    }
  }
  store.commit();
  for (const site of sites) attachDirectory(site, directory);
  const keyFile = join(options.dataDir, 'digest.key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32).toString('hex'));
  const digestKey = readFileSync(keyFile, 'utf8').trim();
  const state: ServerState = {
    sites,
    store,
    faults: new Faults(options.faults),
    ctx: { store, rootWeb: (site) => rootWebOf(sites, site) },
    digestKey,
    requests: 0,
    directory
  };
  const control: EmulatorControl = {
    setFaults: (faults) => state.faults.set(faults),
    clearFaults: () => state.faults.set({}),
    faults: () => state.faults.current,
    sentEmails: () => [...store.outbox],
    tenant: () => ({ ...store.tenant }),
    setTenant: (tenant) => {
      store.putTenant({ ...store.tenant, ...tenant });
      store.commit();
    },
    requestCount: () => state.requests,
    putEntraGroup: (group) => directory.putGroup(group),
    setGroupMemberReadGranted: (granted) => directory.setGroupMemberReadGranted(granted),
    formDigest: () => ({ value: signDigest(digestKey, Date.now()), timeoutSeconds: DIGEST_SECONDS })
  };
  // Test-only control endpoint, for tests and benchmarks that run the emulator in another process.
  const controlEndpoint = (req: IncomingMessage, res: ServerResponse, body: string): boolean => {
    const path = (req.url ?? '').split('?')[0];
    try {
      if (path === '/_emulator/faults' && req.method === 'POST') {
        control.setFaults(body.trim() === '' ? {} : (JSON.parse(body) as FaultConfig));
        json(res, 200, control.faults());
      } else if (path === '/_emulator/faults' && req.method === 'GET') json(res, 200, control.faults());
      else if (path === '/_emulator/outbox' && req.method === 'GET') json(res, 200, control.sentEmails());
      else if (path === '/_emulator/digest' && req.method === 'GET') json(res, 200, control.formDigest());
      else if (path === '/_emulator/tenant' && req.method === 'POST') {
        const settings = JSON.parse(body) as { mailSendGranted?: unknown };
        if (typeof settings.mailSendGranted !== 'boolean') throw new Error('mailSendGranted must be true or false');
        control.setTenant({ mailSendGranted: settings.mailSendGranted });
        json(res, 200, control.tenant());
      } else if (path === '/_emulator/tenant') json(res, 200, control.tenant());
      else if (path === '/_emulator/stats') json(res, 200, { requests: control.requestCount() });
      else if (path === '/_emulator/directory/groups' && req.method === 'POST') {
        control.putEntraGroup(JSON.parse(body) as EntraGroup);
        json(res, 200, directory.state);
      } else if (path === '/_emulator/directory/consent' && req.method === 'POST') {
        control.setGroupMemberReadGranted((JSON.parse(body) as { groupMemberRead?: boolean }).groupMemberRead !== false);
        json(res, 200, directory.state);
      } else if (path === '/_emulator/directory' && req.method === 'GET') json(res, 200, directory.state);
      else return false;
    } catch (error) {
      json(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
    return true;
  };
  const server = createEmulatorServer(state, controlEndpoint);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    siteUrl: (path) => `${url}${path}`,
    freshDataDir,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          store.close();
          resolve();
        });
      })
  };
}
