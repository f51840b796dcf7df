import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { SKANDERBORG_STAGES, holdsAgreement, stageLabel, type Department } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';

// Issue #17.8 from both sides: the Staben's editor makes a goal shared with a unit that has no
// agreement of its own; the secretariat's Overblik shows that unit with no goals and no heat-map
// colour, and the shared goal apart in "Fællesmål fra andre".
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const config = SKANDERBORG_STAGES;

let goal: { id: number; title: string };
let partner: Department;
const shot = screenshotter('overview-shared');

useE2eSession();

beforeAll(async () => {
  const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER);
  const departments = await new DepartmentRepository(owner).all();
  const staben = departments.find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb');
  const agreements = new AgreementRepository(owner, config);
  const agreement = staben && (await agreements.forDepartmentYear(staben.id, 2023));
  if (!staben || !agreement) throw new Error('Staben 2023 not seeded');
  const goals = new GoalRepository(owner, config);
  const named = new Set((await goals.forDepartmentYear(staben.id, 2023)).flatMap((g) => g.sharedWithDepartmentIds));
  const candidates = departments.filter((d) => d.id !== staben.id && holdsAgreement(d) && !named.has(d.id));
  for (const d of candidates) {
    if ((await agreements.forDepartmentYear(d.id, 2023)) === undefined) {
      partner = d;
      break;
    }
  }
  if (partner === undefined) throw new Error('no unit without a 2023 agreement');
  const first = (await goals.forAgreement(agreement.id)).sort((a, b) => (a.number ?? 99) - (b.number ?? 99))[0];
  goal = { id: first.id, title: first.title };
  // The seed's goal is approved (locked); the editor shares it while it is a draft.
  await owner.web.lists
    .getByTitle('Udviklingsmål')
    .items.getById(first.id)
    .update({ Stage: stageLabel(config, 'draft') });
}, 240000);

describe('shared goals in Overblik (#17.8)', () => {
  it('the editor makes the goal shared with a unit that has no agreement', async () => {
    await page.goto(stack.pageUrl(EDITOR, `#/maal/${goal.id}`));
    const editor = page.getByTestId('goal-editor');
    await editor.getByRole('combobox', { name: 'Fællesmål med' }).click();
    const option = page.getByRole('option', { name: partner.title, exact: true });
    await option.waitFor();
    await page.waitForTimeout(500); // the dropdown's callout slides in; its options move meanwhile
    // The checkbox's own label takes the click (its check mark covers the input).
    await page.locator(`label[for="${await option.getAttribute('id')}"]`).click();
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await page.getByTestId('goal-save').click();
    await page.getByRole('status').filter({ hasText: 'Målet er gemt.' }).waitFor();
    await shot(page, 'editor-shared');
  });

  it('the secretariat sees the unit with no goals and no colour, and the shared goal apart', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/overblik/2023'));
    const row = page.getByTestId(`heat-row-${partner.id}`);
    await row.waitFor();
    const cells = row.locator('td');
    const count = await cells.count();
    for (let i = 0; i < count - 1; i++) {
      expect(await cells.nth(i).textContent()).toBe('0');
      expect(await cells.nth(i).getAttribute('data-level')).toBe('0');
    }
    expect(await row.getByTestId('shared-count').textContent()).toBe('1');
    const stageRow = page.getByTestId(`stage-row-${partner.id}`);
    expect(await stageRow.locator('td').allTextContents()).toEqual(expect.arrayContaining(['Ingen aftale', '0', '1']));
    await shot(page, 'secretariat-overview');
  });
});
