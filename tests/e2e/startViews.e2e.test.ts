import { screenshotter } from './harness/artifacts';
import { SKANDERBORG_STAGES } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { StrategyRepository } from '../../src/data/repositories/strategyRepository';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { page, stack, useE2eSession } from './harness/session';

// A page whose web part is configured to start on "Opfølgning" or "Dokument" for a department
// (the property pane) opens that view of the department's agreement of the year, not the
// department view; a department without one is told so, with the way to its page.
const SITE = '/sites/skanderborg';
const LEADER = 'leder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';

useE2eSession();
let year: number;
let withAgreement: { id: number; title: string };
let without: { id: number; title: string } | undefined;

beforeAll(async () => {
  const sp = emulatorSp(stack.emulator.siteUrl(SITE), OWNER);
  const agreements = await new AgreementRepository(sp, SKANDERBORG_STAGES).since(2000);
  const strategies = await new StrategyRepository(sp).all();
  // The year the app opens on (chooseYear): this year when it has a DUS or an agreement, else the newest.
  const years = new Set<number>(agreements.map((a) => a.year));
  for (const s of strategies) for (let y = s.year; y <= (s.yearTo ?? s.year); y += 1) years.add(y);
  const thisYear = new Date().getFullYear();
  year = years.has(thisYear) ? thisYear : Math.max(...years);
  const departments = await new DepartmentRepository(sp).all();
  const holders = new Set(agreements.filter((a) => a.year === year).map((a) => a.departmentId));
  const holder = departments.find((d) => holders.has(d.id));
  if (!holder) throw new Error(`no Skanderborg department has an agreement for ${year}`);
  withAgreement = holder;
  without = departments.find((d) => !holders.has(d.id));
});

describe('start views from the property pane', () => {
  const shot = screenshotter('start-views');

  it('"Opfølgning" opens the follow-up of the configured department\'s agreement of the year', async () => {
    await page.goto(stack.pageUrl(LEADER, '', { startView: 'opfoelgning', department: String(withAgreement.id) }));
    await page.getByTestId('followup-view').getByText(`Opfølgning: Udviklingsaftale ${year} for ${withAgreement.title}`).waitFor();
    expect(await page.getByTestId('department-view').count()).toBe(0);
    await shot(page, 'follow-up');
  });

  it('"Dokument" opens the document of the configured department\'s agreement of the year', async () => {
    await page.goto(stack.pageUrl(LEADER, '', { startView: 'dokument', department: String(withAgreement.id) }));
    await page.getByTestId('document-view').waitFor();
    expect(await page.getByTestId('department-view').count()).toBe(0);
    await shot(page, 'document');
  });

  it('a department without an agreement for the year is told so and linked to its page', async () => {
    if (!without) throw new Error('every Skanderborg department has an agreement: the seed changed');
    await page.goto(stack.pageUrl(LEADER, '', { startView: 'opfoelgning', department: String(without.id) }));
    const empty = page.getByTestId('start-no-agreement');
    await empty.waitFor();
    expect(await empty.textContent()).toContain(`Opfølgning: ingen aftale for ${without.title} i ${year}`);
    await shot(page, 'no-agreement');
    await empty.getByRole('link', { name: 'Gå til afdelingens aftale' }).click();
    await page.getByTestId('department-view').waitFor();
    expect(page.url()).toContain(`#/afdeling/${without.id}/${year}`);
  });
});
