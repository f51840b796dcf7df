import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';
import { SKANDERBORG_STAGES, type Goal } from '../../src/domain';
import { agreementOutline } from '../../src/domain/agreementOutline';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { StrategyRepository } from '../../src/data/repositories/strategyRepository';
import { buildDocx } from '../../src/services/documents/buildDocx';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { materialise, seedMunicipalities } from '../../seed';

// Re-importing a corrected Word file (issue 19, decision 0011), the secretariat's journey:
// Skanderborg's 2023 agreement is imported from the product's own .docx, a leader then edits goal
// 3 in the app, and the secretariat imports a corrected file in which goal 3's statement and its
// "citizen impact" changed. The statement (changed only in the file) is updated, the leader's
// edit of the background (changed only in the app) is kept, and the citizen impact, changed in
// both, is shown with both versions; the secretariat keeps the app's in the conflict dialog.
// Then a year without a DUS: the 2020 DUS is moved to 2021 and the LibreOffice-made 2020 file is
// imported; its marked tracks are listed as "Spor uden DUS for året", and "Gem" waits until the
// secretariat reads them against the 2021 DUS.
const SITE = '/sites/skanderborg';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FILE_STATEMENT = 'Rettet i filen: sygefraværet skal under 2,5 pct. i 2023.';
const FILE_IMPACT = 'Rettet i filen: borgerne mærker færre aflyste aftaler.';
const APP_PURPOSE = 'Rettet i appen: baggrunden er trivselsmålingen fra foråret.';
const APP_IMPACT = 'Rettet i appen: borgerne møder de samme medarbejdere.';

useE2eSession();

let original: Buffer;
let corrected: Buffer;
let departmentId: number;
const sp = () => emulatorSp(stack.emulator.siteUrl(SITE), OWNER);

beforeAll(async () => {
  // The 2023 agreement as the product writes it, and the same with goal 3 corrected.
  const x = materialise(seedMunicipalities.find((m) => m.key === 'skanderborg')!);
  const agreement = x.agreements.find((a) => a.year === 2023)!;
  const strategy = x.strategies.find((s) => s.year === 2023);
  const department = x.departments.find((d) => d.id === agreement.departmentId)!;
  const goals = x.goals.filter((g) => g.agreementId === agreement.id);
  const docx = async (list: Goal[]): Promise<Buffer> =>
    Buffer.from(
      await buildDocx([
        agreementOutline({
          agreement,
          department,
          departments: x.departments,
          goals: list,
          strategy,
          tracks: x.tracks.filter((t) => t.strategyId === strategy?.id),
          requirements: x.requirements.filter((r) => r.strategyId === strategy?.id)
        })
      ])
    );
  original = await docx(goals);
  corrected = await docx(goals.map((g) => (g.number === 3 ? { ...g, goalStatement: FILE_STATEMENT, citizenImpact: FILE_IMPACT } : g)));
  // The agreement is not on the site: the import is what brings it.
  const agreements = new AgreementRepository(sp(), SKANDERBORG_STAGES);
  const goalRepo = new GoalRepository(sp(), SKANDERBORG_STAGES);
  const seeded = (await agreements.forYear(2023)).find((a) => a.title === agreement.title)!;
  departmentId = seeded.departmentId;
  for (const g of await goalRepo.forAgreement(seeded.id)) await goalRepo.remove(g);
  await agreements.remove(seeded);
  // 2020 without its agreement and without a DUS (its DUS now says 2021).
  const a2020 = (await agreements.forYear(2020))[0];
  for (const g of await goalRepo.forAgreement(a2020.id)) await goalRepo.remove(g);
  await agreements.remove(a2020);
  const strategies = new StrategyRepository(sp());
  await strategies.update((await strategies.strategyOfYear(2020))!, { year: 2021 });
});

const sickGoal = async (): Promise<Goal> =>
  (await new GoalRepository(sp(), SKANDERBORG_STAGES).forDepartmentYear(departmentId, 2023)).find((g) => g.number === 3)!;

async function importFile(name: string, buffer: Buffer): Promise<void> {
  await page.goto(stack.pageUrl(SECRETARIAT, '#/importer'));
  // A second import starts from a fresh page (the same URL is only a hash change).
  await page.reload();
  await page.getByTestId('import-file-input').setInputFiles([{ name, mimeType: DOCX, buffer }]);
  const review = page.getByTestId('import-review');
  await review.waitFor();
  await review.getByTestId('import-department').filter({ hasText: 'Staben Økonomi, Digitalisering og Indkøb' }).waitFor();
}

describe('the secretariat imports a corrected file after an edit in the app', () => {
  const shot = screenshotter('word-import-merge');

  it('imports the agreement the first time', async () => {
    await importFile('aftale-2023.docx', original);
    await page.getByTestId('import-save').click();
    await page.getByTestId('import-saved').getByText('aftale-2023.docx: aftalen er oprettet; 9 mål oprettet, 0 opdateret, 0 uændret.').waitFor();
  });

  it('a leader edits goal 3 in the app', async () => {
    const goals = new GoalRepository(emulatorSp(stack.emulator.siteUrl(SITE), OWNER), SKANDERBORG_STAGES);
    const goal = (await goals.forDepartmentYear(departmentId, 2023)).find((g) => g.number === 3)!;
    await goals.update(goal, { purpose: APP_PURPOSE, citizenImpact: APP_IMPACT });
  });

  it("the corrected file: the file's change is saved, the app's kept, and the field both changed is shown with both versions", async () => {
    await importFile('aftale-2023-rettet.docx', corrected);
    await page.getByTestId('import-save').click();
    const conflicts = page.getByTestId('import-conflicts');
    await conflicts.waitFor();
    await conflicts.getByText('Siden sidste import er felterne herunder ændret både i den rettede fil og i appen.', { exact: false }).waitFor();
    const item = conflicts.getByTestId('import-conflict');
    expect(await item.count()).toBe(1);
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Målet »Sygefravær i staben«: Forventede virkninger for borgeren');
    expect(text).toContain(`Filen: ${FILE_IMPACT}`);
    expect(text).toContain(`Appen (nu): ${APP_IMPACT}`);
    await page.getByTestId('import-saved').getByText('aftale-2023-rettet.docx: aftalen er uændret; 0 mål oprettet, 1 opdateret, 8 uændret.').waitFor();
    await shot(page, 'conflicts-listed');
    const goal = await sickGoal();
    expect(goal.goalStatement).toBe(FILE_STATEMENT);
    expect(goal.purpose).toBe(APP_PURPOSE);
    expect(goal.citizenImpact).toBe(APP_IMPACT);
  });

  it("the secretariat keeps the app's version in the conflict dialog, and nothing waits any more", async () => {
    await page.getByTestId('import-choose-versions').click();
    const dialog = page.getByTestId('import-conflict-dialog');
    await dialog.waitFor();
    // Fluent's ChoiceGroup takes the click on its label.
    await dialog.getByText(`Appen (nu): ${APP_IMPACT}`).click();
    expect(await dialog.getByRole('radio', { name: `Appen (nu): ${APP_IMPACT}` }).isChecked()).toBe(true);
    await page.waitForTimeout(400); // the dialog's fade-in, before axe looks
    await shot(page, 'conflict-dialog');
    await page.getByRole('button', { name: 'Gem valgene' }).click();
    await page.getByTestId('import-conflicts').waitFor({ state: 'detached' });
    await page.getByTestId('import-saved').getByText('aftalen er uændret; 0 mål oprettet, 0 opdateret, 9 uændret.', { exact: false }).waitFor();
    await shot(page, 'resolved');
    const goal = await sickGoal();
    expect(goal.citizenImpact).toBe(APP_IMPACT);
    expect(goal.goalStatement).toBe(FILE_STATEMENT);
  });
});

describe('a year without a DUS', () => {
  const shot = screenshotter('word-import-no-strategy');

  it('lists the marked tracks as unmatched and waits for a DUS year before saving', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/overblik/2020'));
    await page.goto(stack.pageUrl(SECRETARIAT, '#/importer'));
    await page.reload();
    await page
      .getByTestId('import-file-input')
      .setInputFiles([
        { name: 'skanderborg-2020.docx', mimeType: DOCX, buffer: readFileSync(join(__dirname, '..', 'fixtures', 'wordImport', 'skanderborg-2020.docx')) }
      ]);
    const review = page.getByTestId('import-review');
    const aside = review.getByTestId('import-no-strategy');
    await aside.getByText('Spor uden DUS for året').waitFor();
    await aside.getByText('Mål 3: Vores relationer til folkestyret').waitFor();
    // Without a DUS the goal's marks are its policy only: the tracks are not made policies.
    await review.getByTestId('import-goal').nth(2).getByText('Udgangspunkt: Den økonomiske politik').waitFor();
    expect(await review.getByTestId('import-save').isDisabled()).toBe(true);
    await shot(page, 'tracks-aside');
  });

  it('reads them against the 2021 DUS and saves', async () => {
    const review = page.getByTestId('import-review');
    await review.getByTestId('import-track-year').click();
    await page.getByRole('option', { name: 'DUS 2021' }).click();
    await review
      .getByTestId('import-goal')
      .nth(2)
      .getByText('Udgangspunkt: Vores relationer til folkestyret, Vores relationer til hinanden, Den økonomiske politik')
      .waitFor();
    await shot(page, 'dus-year-chosen');
    await review.getByTestId('import-save').click();
    await page.getByTestId('import-saved').getByText('skanderborg-2020.docx: aftalen er oprettet; 4 mål oprettet, 0 opdateret, 0 uændret.').waitFor();
    const goals = new GoalRepository(sp(), SKANDERBORG_STAGES);
    const agreement = (await new AgreementRepository(sp(), SKANDERBORG_STAGES).forYear(2020))[0];
    const third = (await goals.forAgreement(agreement.id)).find((g) => g.title.startsWith('Bedre anlægsstyring'))!;
    expect(third.trackIds).toHaveLength(2);
    expect(third.policies).toEqual(['Den økonomiske politik']);
  });
});
