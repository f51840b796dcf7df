import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';
import { SKANDERBORG_STAGES } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { emulatorSp } from '../../scripts/lib/nodeSp';

// "Importér fra Word" (issue 19), the secretariat's journey: Skanderborg's 2020 agreement is not on
// the site (removed before the test), the secretariat opens the import from Overblik, picks the
// LibreOffice-made .docx of it together with an old .doc, is told in Danish which file cannot be
// read, reviews the rest (department and year recognised, the four goals with their X marks,
// every part with where it goes), moves one paragraph, saves, and finds the agreement in the
// department view and the document.
const SITE = '/sites/skanderborg';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const FIXTURES = join(__dirname, '..', 'fixtures', 'wordImport');

useE2eSession();

beforeAll(async () => {
  const sp = emulatorSp(stack.emulator.siteUrl(SITE), OWNER);
  const agreements = new AgreementRepository(sp, SKANDERBORG_STAGES);
  const goals = new GoalRepository(sp, SKANDERBORG_STAGES);
  const a2020 = (await agreements.forYear(2020))[0];
  for (const g of await goals.forAgreement(a2020.id)) await goals.remove(g);
  await agreements.remove(a2020);
});

describe('the secretariat imports an agreement from Word', () => {
  const shot = screenshotter('word-import');

  it('opens the import from Overblik', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/overblik/2020'));
    await page.getByTestId('word-import-open').click();
    await page.waitForURL(/#\/importer$/);
    await page.getByRole('heading', { name: 'Importér udviklingsaftaler fra Word' }).waitFor();
    await shot(page, 'opened');
  });

  it('names the file it cannot read and reviews the other', async () => {
    const old = {
      name: 'aftale-2015.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(512).fill(0)])
    };
    const docx = {
      name: 'skanderborg-2020.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: readFileSync(join(FIXTURES, 'skanderborg-2020.docx'))
    };
    await page.getByTestId('import-file-input').setInputFiles([old, docx]);
    await page.getByText('aftale-2015.doc er i det gamle Word-format (.doc). Åbn den i Word, gem den som .docx, og prøv igen.').waitFor();
    const review = page.getByTestId('import-review');
    await review.waitFor();
    await review.getByTestId('import-department').filter({ hasText: 'Staben Økonomi, Innovation og IT' }).waitFor();
    expect(await review.getByRole('textbox', { name: 'År' }).inputValue()).toBe('2020');
    await review.getByText('4 mål, 0 frie afsnit, 0 dele sprunget over.').waitFor();
    await review
      .getByTestId('import-goal')
      .nth(2)
      .getByText('Udgangspunkt: Vores relationer til folkestyret, Vores relationer til hinanden, Den økonomiske politik')
      .waitFor();
    await shot(page, 'review');
  });

  it('moves a paragraph to another field of its goal', async () => {
    const row = page.getByTestId('import-part').filter({ hasText: /^Udviklingsmålet er et fælles mål for Staben for Økonomi, Innovation og IT og HR staben/ });
    await row.getByRole('button', { name: 'Flyt' }).click();
    await row.getByRole('combobox', { name: 'Felt' }).selectOption('followUpMethod');
    await shot(page, 'moving');
    await row.getByRole('button', { name: 'Flyt hertil' }).click();
    expect(await row.getByTestId('import-part-destination').textContent()).toBe('Mål 1: Opfølgning på virkningen');
  });

  it('saves, and the agreement is in the department view and the document', async () => {
    await page.getByTestId('import-save').click();
    const saved = page.getByTestId('import-saved');
    await saved.getByText('skanderborg-2020.docx: aftalen er oprettet; 4 mål oprettet, 0 opdateret, 0 uændret.').waitFor();
    await shot(page, 'saved');
    const documentHash = await saved.getByRole('link', { name: 'Åbn dokumentet' }).getAttribute('href');
    await saved.getByRole('link', { name: 'Åbn afdelingens aftale' }).click();
    const list = page.getByTestId('goal-list');
    await list.waitFor();
    for (const title of ['Styrket digital ledelse og udvikling af digitale kompetencer', 'Det skal være lettere at være decentral leder']) {
      await list.getByText(title, { exact: false }).first().waitFor();
    }
    await shot(page, 'department-view');
    await page.goto(stack.pageUrl(SECRETARIAT, documentHash ?? ''));
    await page.getByText('Udviklingsaftale 2020').first().waitFor();
    await shot(page, 'document');
  });
});
