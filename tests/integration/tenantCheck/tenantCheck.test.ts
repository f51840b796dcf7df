// npm run test:tenant against the emulator (--user instead of a token): every scenario passes, the
// report names each step in Danish and English, and nothing the test installation created is left
// on the site, also when a step fails. The mail step talks to a local stand-in for Microsoft Graph.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { GROUPS } from '../../../src/data/schema';
// Every list the installation creates, the lazy chunks' lists included (fullSchema.ts).
import { FULL_SCHEMA as SCHEMA } from '../../../src/data/schema/fullSchema';
import { main, danishWorkbookLabels } from '../../../scripts/test-tenant';
import { runTenantCheck } from '../../../scripts/tenant/check';
import { STEPS } from '../../../scripts/tenant/steps';
import { parseTenantArgs } from '../../../scripts/tenant/args';

const SITE = '/sites/tenant';
let emulator: TestEmulator;
let graph: Server;
let graphUrl: string;
const mails: Array<{ auth: string | undefined; body: { message: { toRecipients: Array<{ emailAddress: { address: string } }> } } }> = [];

/** What the site holds besides the built-in: list URLs, group titles, permission level names. */
async function siteContents(): Promise<string[]> {
  const sp = rawSpForUser(emulator.siteUrl(SITE), OWNER);
  const lists = await sp.web.lists.select('RootFolder/ServerRelativeUrl').expand('RootFolder')<Array<{ RootFolder: { ServerRelativeUrl: string } }>>();
  const groups = await sp.web.siteGroups.select('Title')<Array<{ Title: string }>>();
  const roles = await sp.web.roleDefinitions.select('Name')<Array<{ Name: string }>>();
  return [...lists.map((l) => l.RootFolder.ServerRelativeUrl), ...groups.map((g) => g.Title), ...roles.map((r) => r.Name)].sort();
}

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
  // A stand-in for Graph's /v1.0/me and /v1.0/me/sendMail, recording what the check sends.
  graph = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url?.startsWith('/v1.0/me?')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ mail: 'it@kommune.local', userPrincipalName: 'it@kommune.local' }));
      } else if (req.url === '/v1.0/me/sendMail' && req.method === 'POST') {
        mails.push({ auth: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(202).end();
      } else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
  graphUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => graph.close(resolve));
  await emulator.close();
});

describe('npm run test:tenant', () => {
  it('without --site does nothing, says so in one line and exits 0', async () => {
    const out: string[] = [];
    expect(await main([], {}, (t) => out.push(t))).toBe(0);
    expect(out.join('')).toBe('test:tenant: intet websted angivet (--site), intet testet / no site given (--site), nothing tested\n');
    expect(() => parseTenantArgs(['--site', 'https://k.sharepoint.com/sites/x'], {})).toThrow(/--token/);
  });

  it('runs every scenario on a prefixed test installation, reports in Danish and English, and leaves nothing behind', async () => {
    const before = await siteContents();
    const out: string[] = [];
    const code = await main(['--site', emulator.siteUrl(SITE), '--user', OWNER, '--graph-token', 'graph-token-x', '--graph-url', graphUrl], {}, (t) =>
      out.push(t)
    );
    const text = out.join('');
    expect(text).toContain('Resultat / result: alt OK / all OK');
    expect(code).toBe(0);
    for (const step of STEPS) expect(text).toContain(`OK                       ${step.da} / ${step.en}`);
    expect(text).toMatch(/Testinstallation \/ test installation: UATest\d{10}[0-9A-Z]{3}/);
    expect(text).toMatch(/Fjernet \/ removed: (\d+)/);
    expect(Number(/Fjernet \/ removed: (\d+)/.exec(text)?.[1])).toBe(SCHEMA.lists.length + GROUPS.length + 1);
    expect(mails).toHaveLength(1);
    expect(mails[0].auth).toBe('Bearer graph-token-x');
    expect(mails[0].body.message.toRecipients[0].emailAddress.address).toBe('it@kommune.local');
    expect(await siteContents()).toEqual(before);
    // The schema the product reads is its own again.
    expect(SCHEMA.lists.find((l) => l.key === 'Goals')?.url).toBe('Lists/Goals');
    expect(GROUPS[0].title).toBe('Udviklingsaftaler - Læsere');
  }, 240000);

  it('cleans up also when a step fails, and reports the failure', async () => {
    const before = await siteContents();
    const failing = {
      key: 'boom',
      da: 'Et trin der fejler',
      en: 'A step that fails',
      run: async (): Promise<string> => {
        throw new Error('Simuleret fejl');
      }
    };
    const report = await runTenantCheck(
      { site: emulator.siteUrl(SITE), user: OWNER, graphUrl, keep: false },
      { workbookLabels: danishWorkbookLabels(), steps: [STEPS[0], failing, STEPS[1]] }
    );
    expect(report.ok).toBe(false);
    expect(report.steps.map((s) => [s.key, s.ok])).toEqual([
      ['provision', true],
      ['boom', false],
      ['membership', true]
    ]);
    expect(report.steps[1].detail).toBe('Simuleret fejl');
    expect(report.leftBehind).toEqual([]);
    expect(await siteContents()).toEqual(before);
  }, 120000);
});
