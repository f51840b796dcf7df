import { axeViolations } from './harness/axe';
import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';

// The employee journey by keyboard alone: choose department and year, reach the matrix, open the
// introduction; focus must always be visible.
useE2eSession();

async function tabTo(predicate: () => Promise<boolean>, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await predicate()) return;
  }
  throw new Error('could not reach the element with Tab');
}

/** The focused element shows a focus indicator: an outline, a box shadow, or (Fluent UI) a border
 * drawn on its ::after. */
const focusVisible = (): Promise<boolean> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const own = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    return (
      (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0) ||
      own.boxShadow !== 'none' ||
      (after.borderStyle !== 'none' && parseFloat(after.borderTopWidth) > 0) ||
      (after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) > 0)
    );
  });

const focusedName = (): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // Fluent's icon glyphs are private-use characters in aria-hidden elements: not part of the name.
    const text = el?.textContent
      ?.replace(/[\uE000-\uF8FF]/g, '')
      .trim()
      .slice(0, 60);
    return `${el?.getAttribute('role') ?? el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? text ?? ''}`;
  });

async function chooseByKeyboard(label: string, option: string): Promise<void> {
  await tabTo(
    async () =>
      await page.evaluate((l) => {
        const el = document.activeElement;
        const labelledBy = el?.getAttribute('aria-labelledby') ?? '';
        return el?.getAttribute('role') === 'combobox' && labelledBy.split(' ').some((id) => document.getElementById(id)?.textContent === l);
      }, label)
  );
  expect({ label, focusVisible: await focusVisible() }).toEqual({ label, focusVisible: true });
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor();
  for (let i = 0; i < 30; i++) {
    const active = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (active === option) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

it('walks the department dashboard with the keyboard only, focus visible throughout', async () => {
  const shot = screenshotter('keyboard-walk');
  await page.goto(stack.pageUrl('medarbejder.skanderborg@kommune.local'));
  await page.getByTestId('department-view').waitFor();
  await page.locator('body').click({ position: { x: 1, y: 1 } });

  await chooseByKeyboard('Afdeling', 'Staben Økonomi, Innovation og IT');
  await chooseByKeyboard('År', '2020');
  await page.getByTestId('track-matrix').waitFor();
  await shot(page, 'year-chosen');

  await tabTo(async () => (await focusedName()).startsWith('button:Vis indledning'));
  expect(await focusVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Skjul indledning' }).waitFor();
  await tabTo(async () => (await focusedName()).startsWith('region:'));
  expect(await focusVisible()).toBe(true);
  await shot(page, 'matrix-focused');
  expect(await axeViolations(page)).toEqual([]);
});
