import { screen, waitFor } from '@testing-library/react';
import UdviklingsaftalerWebPart from '../../../src/webparts/udviklingsaftaler/UdviklingsaftalerWebPart';
import { validateDataSiteUrl, validateDepartmentId } from '../../../src/webparts/udviklingsaftaler/propertyPane';
import { loadLocale } from '../../helpers/locales';

const da = loadLocale('da-dk');

// The real web part class runs here; only SPFx's base class is a stand-in (tests/__mocks__).
// Protected members of the SPFx base class are reached through this view of the instance.
type TestableWebPart = {
  onInit(): Promise<void>;
  onDispose(): void;
  render(): void;
  context: unknown;
  domElement: HTMLElement;
  renderCompletions: Array<Error | null>;
};

async function mount(teamsContext?: unknown): Promise<TestableWebPart> {
  const webPart = new UdviklingsaftalerWebPart() as unknown as TestableWebPart;
  if (teamsContext) {
    (webPart.context as { sdks: unknown }).sdks = {
      microsoftTeams: {
        teamsJs: { app: { getContext: async () => teamsContext, registerOnThemeChangeHandler: (handler: (name: string) => void) => (themeHandler = handler) } }
      }
    };
  }
  document.body.appendChild(webPart.domElement);
  await webPart.onInit();
  webPart.render();
  // The first mount waits one task (the first reads go out first): SPFx is told when it is done.
  expect(webPart.domElement).toBeEmptyDOMElement();
  await waitFor(() => expect(webPart.renderCompletions).toStrictEqual([null]));
  return webPart;
}

let themeHandler: ((name: string) => void) | undefined;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('UdviklingsaftalerWebPart', () => {
  it('renders the root component with the Danish heading on a SharePoint page', async () => {
    const webPart = await mount();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Udviklingsaftaler'));
    expect(screen.getByTestId('host-kind')).toHaveTextContent('SharePoint');
    webPart.onDispose();
    expect(webPart.domElement).toBeEmptyDOMElement();
  });

  it('detects a Teams personal app and a Teams channel tab', async () => {
    await mount({ page: { frameContext: 'content' } });
    expect(screen.getByTestId('host-kind')).toHaveTextContent('Teams-app');
    document.body.innerHTML = '';
    await mount({ page: { frameContext: 'content' }, channel: { id: '19:abc' }, team: { groupId: 'g' } });
    expect(screen.getByTestId('host-kind')).toHaveTextContent('Teams-fane');
  });

  it('opens the item a Teams deep link names (its subEntityId is the route), and ignores anything else', async () => {
    window.location.hash = '';
    await mount({ page: { frameContext: 'content', subPageId: 'maal/12' } });
    expect(window.location.hash).toBe('#/maal/12');
    document.body.innerHTML = '';
    window.location.hash = '';
    await mount({ page: { frameContext: 'content', subPageId: 'javascript:alert(1)' } });
    expect(window.location.hash).toBe('');
  });

  it('follows the Teams theme, also when the user switches it', async () => {
    const webPart = await mount({ app: { theme: 'dark' }, page: { frameContext: 'content' }, channel: { id: 'c' } });
    const background = (): string =>
      getComputedStyle(webPart.domElement.querySelector('[data-testid="udviklingsaftaler-app"]')?.parentElement as Element).backgroundColor;
    const dark = background();
    expect(themeHandler).toBeDefined();
    themeHandler?.('default');
    await waitFor(() => expect(background()).not.toBe(dark));
  });

  it('validates the property pane fields with Danish messages', () => {
    expect(validateDataSiteUrl('', da)).toBe('');
    expect(validateDataSiteUrl('https://kommune.sharepoint.com/sites/udvikling', da)).toBe('');
    expect(validateDataSiteUrl('kommune.sharepoint.com/sites/x', da)).toBe(da.PropertyPane.DataSiteUrlInvalid);
    expect(validateDepartmentId('12', da)).toBe('');
    expect(validateDepartmentId('0', da)).toBe(da.PropertyPane.DefaultDepartmentInvalid);
    expect(validateDepartmentId('abc', da)).toBe(da.PropertyPane.DefaultDepartmentInvalid);
  });
});
