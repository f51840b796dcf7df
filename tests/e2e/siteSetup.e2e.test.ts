import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { browser, stack, useE2eSession } from './harness/session';

// A municipality's first visit: the site has no lists. The site owner creates them from the page
// (the product's provisioning, loaded on demand); an employee is told whom to ask.
useE2eSession({ seed: false });

beforeAll(async () => {
  // The employee reads the site (as its visitors do); SharePoint refuses everything to someone who
  // holds no permission on it at all.
  const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, 'admin@kommune.local');
  const employee = await owner.web.ensureUser('medarbejder.skanderborg@kommune.local');
  const read = await owner.web.roleDefinitions.getByType(2)<{ Id: number }>();
  await owner.web.roleAssignments.add(employee.Id, read.Id);
});

it('tells an employee to ask the site owner', async () => {
  const page = await browser.newPage();
  await page.goto(stack.pageUrl('medarbejder.skanderborg@kommune.local'));
  await page.getByTestId('site-setup').waitFor();
  expect(await page.getByRole('status').textContent()).toContain('Bed webstedets ejer');
  expect(await page.getByRole('button', { name: 'Opret lister' }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

it('lets the site owner create the lists, then opens the empty dashboard', async () => {
  const shot = screenshotter('site-setup');
  const page = await browser.newPage();
  await page.goto(stack.pageUrl('admin@kommune.local', '', { site: 'skanderborg' }));
  await page.getByRole('button', { name: 'Opret lister' }).waitFor();
  await shot(page, 'lists-missing');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Opret lister' }).click();
  await page.getByText('Der er endnu ingen afdelinger i listen Afdelinger.').waitFor({ timeout: 60000 });
  await shot(page, 'lists-created');
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await page.getByText('Der er endnu ingen afdelinger i listen Afdelinger.').waitFor();
  expect(await page.getByTestId('site-setup').count()).toBe(0);
});
