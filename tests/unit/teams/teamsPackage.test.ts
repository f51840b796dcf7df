import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';

const root = join(__dirname, '..', '..', '..');
const teams = (name: string): string => join(root, 'teams', name);
const webPart = JSON.parse(readFileSync(join(root, 'src', 'webparts', 'udviklingsaftaler', 'UdviklingsaftalerWebPart.manifest.json'), 'utf8')) as {
  id: string;
  alias: string;
};
const manifestText = readFileSync(teams('manifest.json'), 'utf8');
const manifest = JSON.parse(manifestText) as {
  $schema: string;
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
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

/** Ajv for the Teams schemas: they declare JSON Schema draft-04 ("$schema": ".../draft-04/schema#"). */
function teamsValidator(schemaFile: string): Ajv.ValidateFunction {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, extendRefs: 'ignore', logger: false });
  ajv.addMetaSchema(draft04);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

describe('Teams app package (teams/)', () => {
  const schemaFile = teams(join('schema', `MicrosoftTeams.schema.${manifest.manifestVersion}.json`));

  it('validates against the official Teams schema of the version it declares (kept in teams/schema)', () => {
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(JSON.parse(readFileSync(schemaFile, 'utf8')).$schema).toBe('http://json-schema.org/draft-04/schema#');
    const validate = teamsValidator(schemaFile);
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('the schema check refuses what Teams refuses (groupchat in lower case, a field the version dropped)', () => {
    const validate = teamsValidator(schemaFile);
    const lowerCase = { ...manifest, configurableTabs: [{ ...manifest.configurableTabs[0], scopes: ['team', 'groupchat'] }] };
    expect(validate(lowerCase)).toBe(false);
    expect(validate.errors?.map((e) => e.dataPath)).toContain('.configurableTabs[0].scopes[1]');
    expect(validate({ ...manifest, packageName: webPart.alias })).toBe(false);
    expect(validate({ ...manifest, manifestVersion: '1.16' })).toBe(false);
  });

  it("uses a current manifest version and the web part's component id everywhere", () => {
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.23);
    expect(manifest.id).toBe(webPart.id);
    for (const url of [...manifest.staticTabs.map((t) => t.contentUrl), ...manifest.configurableTabs.map((t) => t.configurationUrl)]) {
      expect(url).toContain(`componentId=${webPart.id}`);
    }
  });

  it('opens the personal app on Mine opgaver and offers the web part as a channel tab', () => {
    expect(manifest.staticTabs).toHaveLength(1);
    expect(manifest.staticTabs[0]).toMatchObject({ entityId: 'opgaver', scopes: ['personal'] });
    expect(decodeURIComponent(manifest.staticTabs[0].contentUrl)).toMatch(/teams&personal&componentId=.*#\/opgaver$/);
    expect(manifest.configurableTabs[0].scopes).toEqual(['team', 'groupChat']);
  });

  it("has a 192x192 colour icon and a 32x32 outline icon, also under SPFx's component-id names", () => {
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
