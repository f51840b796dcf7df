import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const teams = (name: string): string => join(root, 'teams', name);
const webPart = JSON.parse(readFileSync(join(root, 'src', 'webparts', 'udviklingsaftaler', 'UdviklingsaftalerWebPart.manifest.json'), 'utf8')) as { id: string; alias: string };
const manifestText = readFileSync(teams('manifest.json'), 'utf8');
const manifest = JSON.parse(manifestText) as {
  manifestVersion: string; id: string; packageName: string; icons: { color: string; outline: string };
  staticTabs: Array<{ entityId: string; contentUrl: string; scopes: string[] }>;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
};

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('Teams app package (teams/)', () => {
  it('uses manifest schema 1.16 or later and the web part\'s component id everywhere', () => {
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.16);
    expect(manifest.id).toBe(webPart.id);
    expect(manifest.packageName).toBe(webPart.alias);
    for (const url of [...manifest.staticTabs.map((t) => t.contentUrl), ...manifest.configurableTabs.map((t) => t.configurationUrl)]) {
      expect(url).toContain(`componentId=${webPart.id}`);
    }
  });

  it('opens the personal app on Mine opgaver and offers the web part as a channel tab', () => {
    expect(manifest.staticTabs).toHaveLength(1);
    expect(manifest.staticTabs[0]).toMatchObject({ entityId: 'opgaver', scopes: ['personal'] });
    expect(decodeURIComponent(manifest.staticTabs[0].contentUrl)).toMatch(/teams&personal&componentId=.*#\/opgaver$/);
    expect(manifest.configurableTabs[0].scopes).toEqual(['team', 'groupchat']);
  });

  it('has a 192x192 colour icon and a 32x32 outline icon, also under SPFx\'s component-id names', () => {
    expect(pngSize(teams(manifest.icons.color))).toEqual([192, 192]);
    expect(pngSize(teams(manifest.icons.outline))).toEqual([32, 32]);
    expect(readFileSync(teams(`${webPart.id}_color.png`))).toEqual(readFileSync(teams(manifest.icons.color)));
    expect(readFileSync(teams(`${webPart.id}_outline.png`))).toEqual(readFileSync(teams(manifest.icons.outline)));
  });

  it('packs the current manifest and icons at the top level of TeamsSPFxApp.zip (npx tsx scripts/generate-teams-app.ts)', () => {
    const zip = teams('TeamsSPFxApp.zip');
    expect(execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean)).toEqual(['manifest.json', 'color.png', 'outline.png']);
    expect(execFileSync('unzip', ['-p', zip, 'manifest.json'], { encoding: 'utf8' })).toBe(manifestText);
    expect(execFileSync('unzip', ['-p', zip, 'color.png'])).toEqual(readFileSync(teams('color.png')));
  });
});
