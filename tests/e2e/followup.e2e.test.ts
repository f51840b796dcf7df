import type { Locator } from 'playwright-core';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { SKANDERBORG_STAGES, type Agreement, type Goal } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { page, stack, useE2eSession } from './harness/session';

// Year end, the leader's journey: the leader opens Skanderborg's approved 2023 agreement of Staben
// Økonomi, Digitalisering og Indkøb on the department view, starts its follow-up there (a decision
// in the approval log, so the stage is verified), records every goal's status, the sick-leave goal's actual value
// against its target, carries two goals over, and finds them as drafts in 2024 with their lineage.
const SITE = '/sites/skanderborg';
const LEADER = 'leder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const config = SKANDERBORG_STAGES;

useE2eSession();
let agreement: Agreement;
let goals: Goal[];

beforeAll(async () => {
  const sp = emulatorSp(stack.emulator.siteUrl(SITE), OWNER);
  const agreements = new AgreementRepository(sp, config);
  const found = (await agreements.forYear(2023))[0];
  agreement = found;
  goals = (await new GoalRepository(sp, config).forAgreement(agreement.id)).sort((a, b) => (a.number ?? 99) - (b.number ?? 99) || a.id - b.id);
});

const card = (goal: Goal): Locator => page.getByTestId(`followup-goal-${goal.id}`);
const byNumber = (n: number): Goal => {
  const goal = goals.find((g) => g.number === n);
  if (!goal) throw new Error(`goal ${n} missing`);
  return goal;
};

async function record(goal: Goal, outcome: string, note?: string, actual?: string): Promise<void> {
  const c = card(goal);
  // Fluent draws its own radio over the hidden input: click the option's label, as a user does.
  await c.getByRole('radiogroup').getByText(outcome, { exact: true }).click();
  expect(await c.getByRole('radio', { name: outcome, exact: true }).isChecked()).toBe(true);
  if (note !== undefined) await c.getByRole('textbox', { name: 'Bemærkning til opfølgningen' }).fill(note);
  if (actual !== undefined) await c.getByRole('textbox', { name: /^Faktisk værdi/ }).fill(actual);
  await c.getByRole('button', { name: 'Gem opfølgning' }).click();
  await c.getByRole('status').filter({ hasText: 'Opfølgningen er gemt.' }).waitFor();
}

describe('leader follows up the 2023 agreement', () => {
  const shot = screenshotter('followup');

  it('starts the follow-up from the department view, where the approved agreement shows as verified', async () => {
    await page.goto(stack.pageUrl(LEADER, `#/afdeling/${agreement.departmentId}/2023`));
    const stage = page.getByTestId('agreement-stage');
    await stage.getByTestId('verification-badge').waitFor();
    expect(await stage.getByTestId('verification-badge').getAttribute('data-status')).toBe('verified');
    await page.getByTestId('stage-actions').getByRole('button', { name: 'Start opfølgning' }).click();
    await page
      .getByRole('button', { name: /Start opfølgning/ })
      .last()
      .click();
    await page.getByRole('link', { name: 'Opfølgning på målene' }).waitFor();
    await shot(page, 'follow-up-started');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Opfølgning på målene' }).click();
  });

  it('opens the follow-up with every goal and the summary', async () => {
    await page.waitForURL(new RegExp(`#/opfoelgning/${agreement.id}$`));
    await page.getByRole('heading', { name: `Opfølgning: ${agreement.title}` }).waitFor();
    expect(await page.getByTestId('followup-stage').textContent()).toContain('Opfølgning');
    expect(await page.locator('[data-testid^="followup-goal-"]').count()).toBe(goals.length);
    expect(await page.getByTestId('outcome-count-none').locator('td').textContent()).toBe(String(goals.length));
    await shot(page, 'opened');
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the sick-leave goal's target against the actual value, with a Danish message for bad input", async () => {
    const sick = byNumber(3);
    const c = card(sick);
    await c.scrollIntoViewIfNeeded();
    expect(await c.getByTestId('target-summary').textContent()).toContain('Mål: højst 2,8 %');
    // The form starts from the seed's latest check-in (På rette vej, 2,7 % on 31.03.2023).
    await c
      .getByTestId('followup-start')
      .getByText(/Udfyldt ud fra seneste status »På rette vej«/)
      .waitFor();
    expect(await c.getByTestId('followup-start').textContent()).toContain('Seneste måling: 2,7 % (31. marts 2023).');
    expect(await c.getByRole('textbox', { name: /^Faktisk værdi/ }).inputValue()).toBe('2,7');
    expect(await c.getByRole('radio', { name: 'Nået', exact: true }).isChecked()).toBe(true);
    await shot(page, 'sick-leave-from-check-in');
    expect(await axeViolations(page)).toEqual([]);
    await c.getByRole('textbox', { name: /^Faktisk værdi/ }).fill('3,1 pct');
    await c.getByText('»3,1 pct« er ikke et tal. Skriv fx 2,8 (med komma og uden enhed).').waitFor();
    await shot(page, 'sick-leave-bad-input');
    expect(await axeViolations(page)).toEqual([]);
    await record(sick, 'Ikke nået', 'Sygefraværet endte på 3,1 pct. Der følges op i LMU.', '3,1');
    expect(await c.getByTestId('target-actual').textContent()).toContain('Faktisk: 3,1 %');
    expect(await c.getByTestId('target-verdict').textContent()).toBe('Målsætningen er ikke nået');
    await shot(page, 'sick-leave-recorded');
  });

  it('records the other goals one by one, two of them "Videreføres"', async () => {
    for (const goal of goals) {
      if (goal.number === 3) continue;
      if (goal.number === 2 || goal.number === 5) await record(goal, 'Videreføres', 'Arbejdet fortsætter i 2024.');
      else if (goal.number === 4) await record(goal, 'Delvist nået', 'Forsøget er i gang; evalueringen mangler.');
      else await record(goal, 'Nået');
    }
    const count = async (key: string): Promise<string | null> => page.getByTestId(`outcome-count-${key}`).locator('td').textContent();
    expect(await count('continued')).toBe('2');
    expect(await count('notAchieved')).toBe('1');
    expect(await count('none')).toBe('0');
    await page.getByTestId('outcome-summary').scrollIntoViewIfNeeded();
    await shot(page, 'all-recorded');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('carries both over to 2024 with one press, and shows where they went', async () => {
    await page.getByRole('button', { name: 'Overfør alle mål, der videreføres, til 2024' }).click();
    for (const n of [2, 5]) {
      const goal = byNumber(n);
      await page.getByTestId(`successor-${goal.id}`).waitFor();
      expect(await page.getByTestId(`successor-${goal.id}`).textContent()).toContain(`Videreført til 2024: ${goal.title}`);
    }
    await shot(page, 'carried-over');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps everything after a reload', async () => {
    await page.reload();
    await page.getByTestId(`successor-${byNumber(5).id}`).waitFor();
    expect(
      await card(byNumber(3))
        .getByRole('textbox', { name: /^Faktisk værdi/ })
        .inputValue()
    ).toBe('3,1');
  });

  it('finds the two goals as drafts in the 2024 agreement, with their lineage', async () => {
    const sp = emulatorSp(stack.emulator.siteUrl(SITE), OWNER);
    const next = await new AgreementRepository(sp, config).forDepartmentYear(agreement.departmentId, 2024);
    if (!next) throw new Error('2024 agreement was not created');
    await page.goto(stack.pageUrl(LEADER, `#/afdeling/${agreement.departmentId}/2024`));
    const list = page.getByTestId('goal-list');
    await list.waitFor();
    expect(await list.locator('li').count()).toBe(2);
    for (const n of [2, 5]) expect(await list.textContent()).toContain(byNumber(n).title);
    expect(await list.textContent()).toContain('Kladde');
    await shot(page, 'drafts-2024');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(stack.pageUrl(LEADER, `#/opfoelgning/${next.id}`));
    await page.getByTestId('followup-locked').waitFor();
    const lineage = page.getByTestId('goal-lineage');
    await lineage.first().waitFor();
    expect(await lineage.count()).toBe(2);
    const texts = await lineage.allTextContents();
    for (const n of [2, 5]) expect(texts.some((t) => t.includes(`Fortsætter fra 2023: ${byNumber(n).title}`))).toBe(true);
    expect(await lineage.first().getByRole('link').getAttribute('href')).toMatch(/^#\/maal\/\d+$/);
    await shot(page, 'lineage-2024');
    expect(await axeViolations(page)).toEqual([]);
  });
});
