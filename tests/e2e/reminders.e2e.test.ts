import { screenshotter } from './harness/artifacts';
import { page, stack, useE2eSession } from './harness/session';
import { emulatorSp } from '../../scripts/lib/nodeSp';

// Issue #17.7 from both sides: the secretariat presses "Send påmindelser" on the 2023 Overblik
// (its hand-over deadline has passed, so every holder short of the board is behind) and reads who
// was reminded and who was not, and why; a leader finds the reminder in the outbox. The team
// Opkrævningen works inside its staff's agreement: named as not reminded, never mailed.
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const LEADER = 'leder.skanderborg@kommune.local';
const OWNER = 'admin@kommune.local';

const shot = screenshotter('reminders');

useE2eSession();

beforeAll(async () => {
  // The seeded DUS 2023 has no dated hand-over; the secretariat sets one that has passed.
  const owner = emulatorSp(`${stack.emulator.url}/sites/skanderborg`, OWNER);
  const strategies = owner.web.lists.getByTitle('Strategier (DUS)');
  const [strategy] = await strategies.items.select('Id').filter('Year eq 2023')<Array<{ Id: number }>>();
  await strategies.items.getById(strategy.Id).update({ Deadlines: JSON.stringify([{ title: 'Afleveres til direktionen', date: '2023-12-01' }]) });
  // The Staben's agreement is back in the draft (seeded as signed): its leader is behind.
  const agreements = owner.web.lists.getByTitle('Udviklingsaftaler');
  const [staben] = await agreements.items.select('Id').filter("Year eq 2023 and Title eq 'Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb'")<
    Array<{ Id: number }>
  >();
  await agreements.items.getById(staben.Id).update({ Stage: 'Kladde' });
}, 240000);

describe('fair reminders (#17.7)', () => {
  it('the secretariat reminds only holders behind and reads who was skipped and why', async () => {
    await page.goto(stack.pageUrl(SECRETARIAT, '#/overblik/2023'));
    const panel = page.getByTestId('send-reminders');
    await panel.getByRole('button', { name: 'Send påmindelser' }).click();
    const result = panel.getByRole('status');
    await result.waitFor();
    const reminded = await panel.getByTestId('reminded').locator('li').allTextContents();
    expect(reminded.length).toBeGreaterThan(0);
    expect(reminded.every((r) => /\(.+@.+\)$/.test(r))).toBe(true);
    const skipped = await panel.getByTestId('reminders-skipped').locator('li').allTextContents();
    expect(skipped).toContain('Opkrævningen: arbejder inden for sin enheds aftale og påmindes ikke selv');
    expect(skipped.some((s) => s.endsWith('har ingen leder i SharePoint; skriv enhedens leder på afdelingen'))).toBe(true);
    await shot(page, 'secretariat-result');
    const mails = stack.emulator.control.sentEmails().filter((m) => m.subject === 'Påmindelse: udviklingsaftale 2023');
    expect(mails.length).toBe(new Set(reminded.map((r) => /\((.+)\)$/.exec(r)?.[1])).size);
    expect(mails.flatMap((m) => m.to).some((to) => /opkr/i.test(to))).toBe(false);
  });

  it('a leader reads the reminder in the outbox', async () => {
    await page.goto(`${stack.devhost.url}udbakke`);
    await page.getByTestId('outbox-list').waitFor();
    const mail = page
      .getByTestId('outbox-mail')
      .filter({ hasText: LEADER })
      .filter({ has: page.getByRole('heading', { name: 'Påmindelse: udviklingsaftale 2023' }) });
    await mail.first().waitFor();
    expect(await mail.first().getByTestId('outbox-body').textContent()).toContain('Dette er en påmindelse fra sekretariatet om udviklingsaftalen for 2023');
    await shot(page, 'leader-outbox');
  });
});
