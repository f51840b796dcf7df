import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { seedMunicipalities } from '../../seed';
import { SKANDERBORG_STAGES } from '../../src/domain';
import { AgreementRepository } from '../../src/data/repositories/agreementRepository';
import { DepartmentRepository } from '../../src/data/repositories/departmentRepository';
import { departmentFolderUrl } from '../../src/data/repositories/departmentFolder';
import { GOALS } from '../../src/data/repositories/mappers/goalMapper';
import { rawSpForUser, spForUser } from '../integration/helpers/emulator';
import { page, stack, useE2eSession } from './harness/session';

// A goal an editor of department A made in A's folder but naming department B (by hand, through
// REST) is shown in B's view as not verified, never as B's own goal.
const skanderborg = seedMunicipalities.find((m) => m.key === 'skanderborg');
if (!skanderborg) throw new Error('seed has no Skanderborg');
const reader = skanderborg.users.find((u) => u.role === 'reader');
const editor = skanderborg.users.find((u) => u.role === 'editor');
if (!reader || !editor) throw new Error('seed has no Skanderborg reader or editor');

useE2eSession();

describe("a goal made outside its department's folder", () => {
  const shot = screenshotter('misfiled-goal');

  it("shows in the named department's view as not verified, with why", async () => {
    const siteUrl = stack.emulator.siteUrl(skanderborg.sitePath);
    const owner = spForUser(siteUrl, skanderborg.siteOwnerLogin);
    const departments = await new DepartmentRepository(owner).all();
    const own = departments.filter((d) => d.editors.some((e) => e.email === editor.login));
    const agreements = (await Promise.all([2019, 2020, 2023].map((y) => new AgreementRepository(owner, SKANDERBORG_STAGES).forYear(y)))).flat();
    const target = agreements.find((a) => !own.some((d) => d.id === a.departmentId));
    if (!target) throw new Error('no agreement of another department');
    const goalsUrl = `${skanderborg.sitePath}/${GOALS.list.url}`;
    const result = await rawSpForUser(siteUrl, editor.login)
      .web.getList(goalsUrl)
      .addValidateUpdateItemUsingPath(
        [
          { FieldName: 'Title', FieldValue: 'Mål i forklædning' },
          { FieldName: 'Department', FieldValue: String(target.departmentId) },
          { FieldName: 'Agreement', FieldValue: String(target.id) },
          { FieldName: 'Year', FieldValue: String(target.year) },
          { FieldName: 'Stage', FieldValue: 'Godkendt' }
        ],
        departmentFolderUrl(goalsUrl, own[0].id)
      );
    expect(result.some((r) => r.HasException)).toBe(false);

    await page.goto(stack.pageUrl(reader.login, `#/afdeling/${target.departmentId}/${target.year}`));
    const list = page.getByTestId('goal-list');
    await list.waitFor();
    const item = list.locator('li', { hasText: 'Mål i forklædning' });
    await item.getByTestId('misfiled').waitFor();
    await expect(item.getByTestId('misfiled').textContent()).resolves.toContain('Ikke verificeret: ligger i en anden afdelings mappe i SharePoint');
    await expect(item.getByTestId('verification-badge').getAttribute('data-status')).resolves.toBe('unverified');
    const badge = await item.getByTestId('verification-badge').textContent();
    expect(badge).toContain('Ikke verificeret');
    expect(badge).not.toContain('Godkendt');
    await item.scrollIntoViewIfNeeded();
    await shot(page, 'shown-not-verified');
    expect(await axeViolations(page)).toEqual([]);
  });

  it("lets the site owner bring the department's access in step with the Departments list", async () => {
    await page.goto(stack.pageUrl(skanderborg.siteOwnerLogin, '#/afdeling/1/2020'));
    await page.getByTestId('department-view').waitFor();
    await page.getByRole('button', { name: 'Opdatér afdelingens adgang' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Afdelingens mapper fulgte allerede listen Afdelinger' }).textContent()).resolves.toContain(
      'Intet er ændret'
    );
    await shot(page, 'owner-synced-access');
    expect(await axeViolations(page)).toEqual([]);
  });
});
