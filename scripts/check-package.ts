// Checks the built .sppkg the way an admin's app catalog would read it: the web part's manifest is
// inside, with its fixed id and all three hosts (SharePoint page, Teams tab, Teams personal app).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const sppkg = join(root, 'sharepoint', 'solution', 'udviklingsaftaler.sppkg');
const manifest = JSON.parse(readFileSync(join(root, 'src', 'webparts', 'udviklingsaftaler', 'UdviklingsaftalerWebPart.manifest.json'), 'utf8')) as {
  id: string;
};
const REQUIRED_HOSTS = ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp'];

function fail(message: string): never {
  process.stderr.write(`check-package: ${message}\n`);
  process.exit(1);
}

if (!existsSync(sppkg)) fail(`${sppkg} is missing: run npm run build`);
const entries = execFileSync('unzip', ['-Z1', sppkg], { encoding: 'utf8' }).split('\n').filter(Boolean);
const webPartXml = entries.find((entry) => entry.endsWith(`WebPart_${manifest.id}.xml`));
if (!webPartXml) fail(`no WebPart_${manifest.id}.xml in the package (entries: ${entries.join(', ')})`);
const xml = execFileSync('unzip', ['-p', sppkg, webPartXml], { encoding: 'utf8' });
const componentManifest = /ComponentManifest="([^"]*)"/.exec(xml)?.[1];
if (!componentManifest) fail('the web part element has no ComponentManifest');
const decoded = componentManifest
  .replace(/&quot;/g, '"')
  .replace(/&apos;/g, "'")
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&amp;/g, '&');
const parsed = JSON.parse(decoded) as { id: string; supportedHosts?: string[] };
const missing = REQUIRED_HOSTS.filter((host) => !(parsed.supportedHosts ?? []).includes(host));
if (parsed.id !== manifest.id) fail(`manifest id ${parsed.id} differs from ${manifest.id}`);
if (missing.length > 0) fail(`supportedHosts lacks ${missing.join(', ')}`);
if (!entries.some((entry) => entry.startsWith('ClientSideAssets/') && entry.endsWith('.js'))) fail('no client-side assets in the package');
// The Teams app (personal app on Mine opgaver, channel tab) travels in the package: SharePoint's
// "Sync to Teams" reads TeamsSPFxApp.zip and the icons from the client-side assets.
for (const asset of ['TeamsSPFxApp.zip', `${manifest.id}_color.png`, `${manifest.id}_outline.png`]) {
  if (!entries.includes(`ClientSideAssets/${asset}`)) fail(`the Teams asset ${asset} is not in the package`);
}
process.stdout.write(`check-package: ${webPartXml} holds web part ${parsed.id} for ${REQUIRED_HOSTS.join(', ')}, with the Teams app\n`);
