import { screenshotter } from './harness/artifacts';
import { emulatorSp } from '../../scripts/lib/nodeSp';
import { SKANDERBORG_STAGES } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { GoalRepository } from '../../src/data/repositories/goalRepository';
import { page, stack, useE2eSession } from './harness/session';

// Issue #15 items 1 and 2 as the users see them in the dev host: the leader group forges the
// approval of a draft agreement by REST (Stage and a log entry naming the approver), and an editor
// hides an edit in the move to follow-up. The employee sees "Ikke verificeret" and "Ændret efter
// godkendelse", never a verified "Godkendt", in the department view and the Overblik.
const READER = 'medarbejder.skanderborg@kommune.local';
const LEADER = 'leder.skanderborg@kommune.local';
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const APPROVER = 'godkender.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';
const DEPARTMENT = 'Staben Økonomi, Digitalisering og Indkøb';
const config = SKANDERBORG_STAGES;

useE2eSession();
let departmentId: number;
let editedGoal: string;
const shot = screenshotter('authority');

beforeAll(async () => {
  const siteUrl = `${stack.emulator.url}/sites/skanderborg`;
  const owner = emulatorSp(siteUrl, OWNER);
  const department = (await new DepartmentRepository(owner).all()).find((d) => d.title === DEPARTMENT);
  if (!department) throw new Error('department not seeded');
  departmentId = department.id;
  // A draft agreement of 2024 with one goal, whose approval the leader group then forges.
  const agreement = await new AgreementRepository(owner, config).create({ departmentId, year: 2024, title: 'Udviklingsaftale 2024', policies: [], milestones: [], stage: 'draft' });
  const goal = await new GoalRepository(owner, config).create({
    agreementId: agreement.id, departmentId, year: 2024, title: 'Et mål for 2024', number: 1, stage: 'draft', trackIds: [], requirementIds: [], sharedWithDepartmentIds: [], policies: [], evidence: []
  });
  const leader = emulatorSp(siteUrl, LEADER);
  const approverId = (await owner.web.siteUsers.getByEmail(APPROVER).select('Id')<{ Id: number }>()).Id;
  for (const [list, title, id] of [['Agreements', 'Udviklingsaftaler', agreement.id], ['Goals', 'Udviklingsmål', goal.id]] as const) {
    const item = leader.web.lists.getByTitle(title).items.getById(id);
    await item.update({ Stage: 'Godkendt' });
    const { OData__UIVersionString: version } = await item.select('OData__UIVersionString')<{ OData__UIVersionString: string }>();
    await leader.web.lists.getByTitle('Godkendelseslog').items.add({
      Title: `Godkendt: ${list} ${id}`, TargetList: list, TargetId: id, FromStage: 'boardApproval', ToStage: 'approved', Decision: 'Godkendt',
      ApprovedVersion: version, ActorId: approverId, At: new Date().toISOString()
    });
  }
  // The seeded 2023 agreement is approved; the editor changes a goal in the move to follow-up.
  const approved = await new AgreementRepository(owner, config).forDepartmentYear(departmentId, 2023);
  const first = (await new GoalRepository(owner, config).forAgreement(approved!.id)).sort((a, b) => (a.number ?? 99) - (b.number ?? 99))[0];
  editedGoal = 'Skrevet om efter godkendelsen';
  await emulatorSp(siteUrl, EDITOR).web.lists.getByTitle('Udviklingsmål').items.getById(first.id).update({ Title: editedGoal, Purpose: 'Nyt formål.', Stage: 'Opfølgning' });
}, 240000);

describe('approvals that cannot be forged (issue #15)', () => {
  it('the employee sees the forged approval as "Ikke verificeret" on the department view', async () => {
    await page.goto(stack.pageUrl(READER, `#/afdeling/${departmentId}/2024`));
    const stage = page.getByTestId('agreement-stage');
    await stage.getByText('Ikke verificeret').waitFor();
    await page.getByTestId('goal-list').getByText('Ikke verificeret').waitFor();
    // The stored Stage is named only as what the list says, never as the verified state.
    // Fluent's icon glyph (a private-use character in an aria-hidden element) is no part of the text.
    expect((await stage.textContent())?.replace(/[\uE000-\uF8FF]/g, '')).toMatch(/^Status: Ikke verificeret \(status i listen: Godkendt\)$/);
    await shot(page, 'forged-department');
  });

  it('and in the Overblik', async () => {
    await page.goto(stack.pageUrl(READER, '#/overblik/2024'));
    await page.getByTestId(`stage-row-${departmentId}`).getByText('Ikke verificeret').waitFor();
    await shot(page, 'forged-overview');
  });

  it('an edit hidden in the move to follow-up shows "Ændret efter godkendelse"', async () => {
    await page.goto(stack.pageUrl(READER, `#/afdeling/${departmentId}/2023`));
    const item = page.getByTestId('goal-list').getByRole('listitem').filter({ hasText: editedGoal });
    await item.getByText('Ændret efter godkendelse').waitFor();
    expect(await item.textContent()).not.toContain('(bekræftet)');
    await shot(page, 'edited-in-follow-up');
  });
});
