import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SKANDERBORG_STAGES } from '../../src/domain';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';

// #20.4: the stage configuration's validation returns codes, and Mine opgaver says them in the
// user's language. Before, an English approver read the domain's Danish sentences. Skanderborg's
// site stores a configuration whose first transition has "checks": "sometimes"; the site falls back
// to the built-in configuration and says why: in English for an English user, in Danish for a
// Danish one.
const OWNER = 'admin@kommune.local';
const APPROVER = 'godkender.skanderborg@kommune.local';

useE2eSession();
const shot = screenshotter('site-workflow-locale');

beforeAll(async () => {
  const broken = { ...SKANDERBORG_STAGES, transitions: SKANDERBORG_STAGES.transitions.map((t, i) => (i === 0 ? { ...t, checks: 'sometimes' } : t)) };
  const settings = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER).web.getList('/sites/skanderborg/Lists/Settings');
  await settings.items.add({ Title: 'Arbejdsgang', Key: 'stageConfiguration', Value: JSON.stringify(broken) });
}, 60000);

async function openTasks(locale?: string): Promise<void> {
  await page.goto(stack.pageUrl(APPROVER, '#/opgaver', locale === undefined ? undefined : { locale }));
  await page.getByTestId('tasks-view').waitFor();
}

describe("the site's broken workflow setting in the user's language", () => {
  it('tells an English approver in English why the default workflow applies', async () => {
    await openTasks('en-us');
    await page
      .getByText(
        'The site\'s own workflow cannot be used, so the default for Skanderborg Kommune applies: Transition no. 1 ("Send til ledergruppen"): "checks" must be "block" or "warn".'
      )
      .waitFor();
    const warning = page.locator('.ms-MessageBar', { hasText: "The site's settings have an error." });
    expect(await warning.innerText()).not.toMatch(/kan ikke bruges|skal være|Overgang/);
    await shot(page, 'english');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('tells a Danish approver the same in Danish', async () => {
    await openTasks();
    await page
      .getByText(
        'Webstedets arbejdsgang kan ikke bruges, så standarden for Skanderborg Kommune gælder: Overgang nr. 1 ("Send til ledergruppen"): "checks" skal være "block" eller "warn".'
      )
      .waitFor();
    await shot(page, 'danish');
    expect(await axeViolations(page)).toEqual([]);
  });
});
