import { listByUrl } from '../../src/data/repositories/listByUrl';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { SKANDERBORG_STAGES } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { GOALS } from '../../src/data/repositories/mappers/goalMapper';
import { approvalLogMapping } from '../../src/data/repositories/mappers/approvalLogMapper';
import { browser, stack, useE2eSession } from './harness/session';

// The journeys must survive a SharePoint that throttles and is slow, and say clearly when it is gone.
useE2eSession();

it('completes the dashboard journey with 10 % 503 answers and 300 ms latency', async () => {
  const page = await browser.newPage();
  stack.emulator.control.setFaults({ errorRate: 0.1, errorStatus: 503, retryAfterSeconds: 1, latencyMs: 300 });
  try {
    for (let round = 0; round < 3; round++) {
      await page.goto(stack.pageUrl('medarbejder.skanderborg@kommune.local', `#/afdeling/1/2020`, { round: String(round) }));
      await page.getByTestId('department-view').waitFor();
      await page.getByRole('combobox', { name: 'Afdeling' }).click();
      await page.getByRole('option', { name: 'Staben Økonomi, Innovation og IT', exact: true }).click();
      await page.getByTestId('track-matrix').waitFor({ timeout: 60000 });
      expect(await page.locator('[data-testid="track-matrix"] tbody tr').count()).toBe(4);
    }
    await screenshotter('resilience')(page, 'throttled-but-complete');
  } finally {
    stack.emulator.control.clearFaults();
  }
});

// Issue 15, items 4-6: what the user sees of a malformed address, a damaged goal and a stored
// minutes link that is no web address. The data is written raw through REST, as anyone with the
// rights could. SharePoint itself refuses javascript: and data: in a hyperlink column (the emulator
// too, tests/integration/emulator/strictWrites.test.ts), but stores other protocols (file:, mailto:),
// and only http(s) may become a link.
describe('bad input never blanks the app', () => {
  const EMPLOYEE = 'medarbejder.skanderborg@kommune.local';
  const shot = screenshotter('resilience');
  let departmentId: number;
  let damagedGoal: { id: number; title: string };

  beforeAll(async () => {
    const siteUrl = `${stack.emulator.url}/sites/skanderborg`;
    const owner = emulatorSp(siteUrl, 'admin@kommune.local');
    const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
    const agreement = department && (await new AgreementRepository(owner, SKANDERBORG_STAGES).forDepartmentYear(department.id, 2023));
    if (!department || !agreement) throw new Error('2023 seed missing');
    departmentId = department.id;
    const goals = await new GoalRepository(owner, SKANDERBORG_STAGES).forAgreement(agreement.id);
    const goal = goals.sort((a, b) => (a.number ?? 99) - (b.number ?? 99))[1];
    damagedGoal = { id: goal.id, title: goal.title };
    await owner.web.lists.getByTitle(GOALS.list.title).items.getById(goal.id).update({ Evidence: '[{"text": "Rapport", ' });
    // An approver (who may add to the log) records a hearing whose minutes link is script.
    const approver = emulatorSp(siteUrl, 'godkender.skanderborg@kommune.local');
    const me = await approver.web.currentUser();
    await listByUrl(approver, approvalLogMapping.list).items.add(
      approvalLogMapping.toFields({
        targetList: 'Agreements',
        targetId: agreement.id,
        fromStage: 'lmuHearing',
        toStage: 'boardApproval',
        decision: 'consulted',
        comment: 'Behandlet i LMU',
        meetingDate: '2023-01-20',
        minutesUrl: 'file://fileserver/lmu/referat.docx',
        actorId: me.Id,
        at: '2023-01-21T09:00:00Z'
      })
    );
  }, 120000);

  it('a malformed address shows a Danish message with a way home', async () => {
    const page = await browser.newPage();
    await page.goto(stack.pageUrl(EMPLOYEE, '#/maal/%E0%A4%A'));
    const notFound = page.getByTestId('route-not-found');
    await notFound.waitFor({ timeout: 60000 });
    expect(await notFound.textContent()).toContain('Siden findes ikke');
    expect(await page.getByTestId('app-navigation').isVisible()).toBe(true);
    await shot(page, 'malformed-route');
    expect(await axeViolations(page)).toEqual([]);
    await notFound.getByRole('link', { name: 'Gå til forsiden' }).click();
    await page.getByTestId('department-view').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('route-not-found').count()).toBe(0);
    await page.close();
  });

  it('a goal with unreadable Evidence is shown as damaged while the rest of the view renders', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(stack.pageUrl(EMPLOYEE, `#/afdeling/${departmentId}/2023`));
    await page.getByTestId('track-matrix').waitFor({ timeout: 60000 });
    const damaged = page.locator('[data-testid="goal-list"] li[data-damaged="true"]');
    await damaged.getByText('Målet kunne ikke læses helt: feltet Dokumentation er beskadiget.').waitFor();
    expect(await damaged.count()).toBe(1);
    expect(await damaged.textContent()).toContain(damagedGoal.title);
    expect(await page.locator('[data-testid="goal-list"] li').count()).toBeGreaterThan(1);
    await damaged.scrollIntoViewIfNeeded();
    await shot(page, 'damaged-goal');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a minutes link that is no web address (file:) is shown in the history as text, not as a link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(stack.pageUrl(EMPLOYEE, `#/afdeling/${departmentId}/2023`));
    await page.getByRole('button', { name: 'Vis historik' }).click({ timeout: 60000 });
    const timeline = page.getByTestId('history-timeline');
    const asText = timeline.getByTestId('minutes-text');
    await asText.waitFor({ timeout: 60000 });
    expect(await asText.textContent()).toContain('file://fileserver/lmu/referat.docx');
    expect(await page.locator('a[href^="file:"]').count()).toBe(0);
    await asText.scrollIntoViewIfNeeded();
    await shot(page, 'minutes-link-as-text');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

it('tells the user in Danish, with a retry, when SharePoint stops answering', async () => {
  const page = await browser.newPage();
  await page.goto(stack.pageUrl('medarbejder.skanderborg@kommune.local'));
  // The pickers appear once the page has everything it needs; only then does SharePoint go away.
  await page.getByRole('combobox', { name: 'År' }).waitFor();
  await stack.stopEmulator();
  await page.getByRole('combobox', { name: 'År' }).click();
  // The page opens on the newest year (2023); another year forces a load while SharePoint is gone.
  await page.getByRole('option', { name: '2020', exact: true }).click();
  const retry = page.getByRole('button', { name: 'Prøv igen' });
  await retry.waitFor({ timeout: 60000 });
  expect(await page.getByRole('alert').textContent()).toMatch(/Noget gik galt/);
  await screenshotter('resilience')(page, 'sharepoint-gone');
  expect(await axeViolations(page)).toEqual([]);
  await stack.restartEmulator();
  await retry.click();
  await page.getByRole('alert').waitFor({ state: 'detached', timeout: 60000 });
  expect(await page.getByTestId('department-view').isVisible()).toBe(true);
});
