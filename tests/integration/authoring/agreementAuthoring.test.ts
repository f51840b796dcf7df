// Writing the agreement's own sections through the real services over @pnp/sp against the emulator:
// a leader creates next year's agreement and writes every section, the text comes back unchanged
// (paragraphs, bullets, dated steps), the .docx holds it, two writers are merged field by field,
// and SharePoint (the emulator) refuses a reader and a department's editor on another's agreement.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { contentOf, type AgreementContent } from '../../../src/domain/agreementContent';
import { DepartmentRepository } from '../../../src/data/repositories/departmentRepository';
import { createAppServices } from '../../../src/services/createAppServices';
import type { AppServices } from '../../../src/services/AppServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SITE = '/sites/skanderborg';
const LEADER = 'leder.skanderborg@kommune.local';
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const READER = 'medarbejder.skanderborg@kommune.local';

let emulator: TestEmulator;
let own: number; // the department LEADER leads
let other: number; // a department EDITOR does not edit

const services = (login: string): AppServices =>
  createAppServices(spForUser(emulator.siteUrl(SITE), login), { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, login) });

const written: AgreementContent = {
  intro: 'Aftalen bygger på årets DUS.\n- første punkt\n  - et underpunkt\n- andet punkt\nSidste afsnit.',
  strategyRelation: 'Vi arbejder især med pejlemærke 2.',
  coreTask: 'Vi er her for at byrådet kan træffe gode beslutninger.',
  policies: ['Den økonomiske politik', 'Klima-, energi- og ressourcepolitikken'],
  budgetChanges: [{ text: 'Justering af demografimodeller', trackIds: [] }],
  continuing: '- Digital post\n- Fælles indkøb',
  sections: [{ heading: 'Bæredygtig arbejdskultur', body: 'Vi passer på hinanden. <script>alert(1)</script>' }],
  milestones: [
    { title: 'Drøftelse i ledergruppen', date: '2024-11-04' },
    { title: 'Høring i LMU', date: '2024-11-20', endDate: '2024-12-05' }
  ]
};

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
  const departments = await new DepartmentRepository(spForUser(emulator.siteUrl(SITE), OWNER)).all();
  own = departments.find((d) => d.title === 'Staben Økonomi, Digitalisering og Indkøb')!.id;
  other = departments.find((d) => d.title === 'Opkrævningen')!.id;
}, 180000);

afterAll(async () => {
  await emulator?.close();
});

describe('the agreement written in the tool', () => {
  let agreementId: number;

  it("a leader creates next year's agreement and writes every section; it comes back as written", async () => {
    const leader = services(LEADER);
    agreementId = (await leader.createAgreement(own, 2024)).id;
    const loaded = await leader.authoring.loadAgreementEditor(agreementId);
    expect(loaded.lock).toBeUndefined();
    await leader.authoring.saveAgreementContent(written, loaded);
    // A fresh set of services reads what SharePoint stored, not what the client kept.
    const again = await services(READER).authoring.loadAgreementEditor(agreementId);
    expect(contentOf(again.agreement)).toEqual(written);
    expect(again.lock).toBe('permission');
  });

  it('the .docx holds every section, the bullets as list paragraphs and the markup as text', async () => {
    const file = await services(READER).documents.agreementDocx(agreementId);
    const xml = await (await JSZip.loadAsync(file.data)).file('word/document.xml')!.async('string');
    for (const text of [
      'Indledning',
      'Relation til DUS',
      'Vi arbejder især med pejlemærke 2.',
      'Kerneopgave',
      'Årets budgetændringer',
      'Justering af demografimodeller',
      'Fra sidste års aftale fortsætter',
      'Fælles indkøb',
      'Bæredygtig arbejdskultur',
      'Høring i LMU',
      '20. november 2024 – 5. december 2024'
    ]) {
      expect(xml).toContain(text);
    }
    // User markup is escaped text in the XML, never an element.
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('et underpunkt');
  });

  it('two writers: fields only one changed are merged, the rest come back as a conflict', async () => {
    const leader = services(LEADER);
    const editor = services(EDITOR);
    const seenByLeader = await leader.authoring.loadAgreementEditor(agreementId);
    const seenByEditor = await editor.authoring.loadAgreementEditor(agreementId);
    await editor.authoring.saveAgreementContent(
      { ...contentOf(seenByEditor.agreement), coreTask: 'Redaktørens kerneopgave', continuing: 'Redaktørens fortsættelse' },
      seenByEditor
    );
    await expect(
      leader.authoring.saveAgreementContent(
        { ...contentOf(seenByLeader.agreement), coreTask: 'Lederens kerneopgave', intro: 'Lederens indledning' },
        seenByLeader
      )
    ).rejects.toMatchObject({ kind: 'conflict', conflicts: [expect.objectContaining({ field: 'CoreTask' })] });
    const now = await leader.authoring.loadAgreementEditor(agreementId);
    expect(now.agreement.intro).toBe('Lederens indledning');
    expect(now.agreement.continuing).toBe('Redaktørens fortsættelse');
    expect(now.agreement.coreTask).toBe('Redaktørens kerneopgave');
  });

  // (The leader group keeps Contribute on the whole list to move stages: the department folders'
  // boundary is the editors', see README "Departments write only their own".)
  it("SharePoint refuses a reader, and an editor on another department's agreement", async () => {
    const asReader = await services(READER).authoring.loadAgreementEditor(agreementId);
    await expect(
      services(READER).authoring.saveAgreementContent({ ...contentOf(asReader.agreement), intro: 'Læserens tekst' }, asReader)
    ).rejects.toMatchObject({ kind: 'forbidden' });
    const othersAgreement = await services(OWNER).createAgreement(other, 2024);
    const asEditor = await services(EDITOR).authoring.loadAgreementEditor(othersAgreement.id);
    expect(asEditor.lock).toBe('permission');
    await expect(services(EDITOR).authoring.saveAgreementContent({ ...contentOf(asEditor.agreement), intro: 'Ikke min' }, asEditor)).rejects.toMatchObject({
      kind: 'forbidden'
    });
    expect((await services(OWNER).authoring.loadAgreementEditor(othersAgreement.id)).agreement.intro).toBeUndefined();
    expect((await services(OWNER).authoring.loadAgreementEditor(agreementId)).agreement.intro).toBe('Lederens indledning');
  });

  it('the services refuse what the form refuses (a section without heading) before anything is sent', async () => {
    const leader = services(LEADER);
    const loaded = await leader.authoring.loadAgreementEditor(agreementId);
    await expect(
      leader.authoring.saveAgreementContent({ ...contentOf(loaded.agreement), sections: [{ heading: ' ', body: 'Tekst' }] }, loaded)
    ).rejects.toMatchObject({ kind: 'validation' });
  });
});
