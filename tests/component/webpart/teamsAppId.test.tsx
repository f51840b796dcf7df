import UdviklingsaftalerWebPart from '../../../src/webparts/udviklingsaftaler/UdviklingsaftalerWebPart';
import { buildPropertyPane, resolveTeamsAppId, validateTeamsAppId } from '../../../src/webparts/udviklingsaftaler/propertyPane';
import type { AppServicesOptions } from '../../../src/services/createAppServices';
import { deepLink } from '../../../src/services/approvals/notifications';
import { loadLocale } from '../../helpers/locales';

// The web part's real buildServices runs; createAppServices is wrapped only to see the options
// it is given (the approval e-mails' links are built from them).
const received: AppServicesOptions[] = [];
jest.mock('../../../src/services/createAppServices', () => {
  const actual = jest.requireActual<typeof import('../../../src/services/createAppServices')>('../../../src/services/createAppServices');
  return {
    ...actual,
    createAppServices: (...args: Parameters<typeof actual.createAppServices>) => {
      received.push(args[1]);
      return actual.createAppServices(...args);
    }
  };
});

const da = loadLocale('da-dk');
const MANIFEST_ID = '3f1c7a52-9d4e-4b8a-a6f0-5c2e9b1d7e43';
const CATALOG_ID = 'b2d1c6e0-51f4-4a8e-9c31-7a0e2f6d9b14';
type TestableWebPart = { onInit(): Promise<void>; properties: Record<string, string>; context: unknown };

async function linksInTeams(teamsAppId: string | undefined): Promise<string> {
  received.length = 0;
  const webPart = new UdviklingsaftalerWebPart() as unknown as TestableWebPart;
  if (teamsAppId !== undefined) webPart.properties.teamsAppId = teamsAppId;
  (webPart.context as { sdks: unknown }).sdks = {
    microsoftTeams: { teamsJs: { app: { getContext: async () => ({ page: { frameContext: 'content' } }), registerOnThemeChangeHandler: () => undefined } } }
  };
  await webPart.onInit();
  const links = received[received.length - 1]?.approvalLinks;
  if (!links) throw new Error('the web part built no approval links');
  return deepLink(links, { list: 'Goals', id: 7, departmentId: 3, year: 2024 });
}

describe('Teams app id of the organisation catalog (property pane)', () => {
  it('is a text field on the data page with a Danish label, help and GUID validation', () => {
    const fields = buildPropertyPane(da).pages[0].groups.flatMap((g) => ('groupFields' in g ? g.groupFields : [])) as unknown as Array<{
      targetProperty: string;
      properties: Record<string, unknown>;
    }>;
    const field = fields.find((f) => f.targetProperty === 'teamsAppId');
    expect(field?.properties).toMatchObject({ label: 'Teams-appens id i organisationens katalog', description: da.PropertyPane.TeamsAppIdDescription });
    const check = field?.properties.onGetErrorMessage as (value: string) => string;
    expect(check('')).toBe('');
    expect(check(CATALOG_ID)).toBe('');
    expect(check(` ${CATALOG_ID.toUpperCase()} `)).toBe('');
    expect(check('Udviklingsaftaler')).toBe(da.PropertyPane.TeamsAppIdInvalid);
    expect(check(`${CATALOG_ID}x`)).toBe(da.PropertyPane.TeamsAppIdInvalid);
    expect(validateTeamsAppId('{' + CATALOG_ID + '}', da)).toMatch(/GUID/);
  });

  it('falls back to the manifest id when empty or not a GUID', () => {
    expect(resolveTeamsAppId(undefined, MANIFEST_ID)).toBe(MANIFEST_ID);
    expect(resolveTeamsAppId('  ', MANIFEST_ID)).toBe(MANIFEST_ID);
    expect(resolveTeamsAppId('not-a-guid', MANIFEST_ID)).toBe(MANIFEST_ID);
    expect(resolveTeamsAppId(` ${CATALOG_ID.toUpperCase()} `, MANIFEST_ID)).toBe(CATALOG_ID);
  });

  it('puts the catalog id into the Teams deep links of approval e-mails, and the manifest id by default', async () => {
    const configured = await linksInTeams(CATALOG_ID);
    expect(configured.startsWith(`https://teams.microsoft.com/l/entity/${CATALOG_ID}/opgaver?context=`)).toBe(true);
    expect(JSON.parse(decodeURIComponent(configured.split('context=')[1]))).toEqual({ subEntityId: 'maal/7' });
    expect(await linksInTeams(undefined)).toContain(`/l/entity/${MANIFEST_ID}/opgaver`);
    expect(await linksInTeams('ikke et id')).toContain(`/l/entity/${MANIFEST_ID}/opgaver`);
  });
});
