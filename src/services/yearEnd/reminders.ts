// "Send påmindelser": e-mails the leaders of departments that are behind the year's deadlines,
// through Microsoft Graph (the injected MailSender), and records each in the Reminders list. Nobody is reminded
// twice the same day: the record is checked before sending, and after writing our own record we
// read it again, so when two secretariat users press at once only the older record's sender mails.
import type { SPFI } from '@pnp/sp';
import type { ISODate, ReminderResult, StageConfiguration } from '../../domain';
import { planReminders, reminderMail } from '../../domain';
import type { AgreementRepository } from '../../data/repositories/agreementRepository';
import type { DepartmentRepository } from '../../data/repositories/departmentRepository';
import type { StrategyRepository } from '../../data/repositories/strategyRepository';
import { ReminderRepository } from '../../data/repositories/reminderRepository';
import { newClientId } from '../../data/repositories/clientId';
import { failuresFor, type MailSender } from '../mail/mailSender';

export interface SendRemindersOptions {
  /** The address the e-mail links to (the overview page). */
  link: string;
  /** The moment of sending; the day is taken in local time, as the secretariat reads it. */
  now?: Date;
}

/** yyyy-mm-dd of `d` in local time. */
export function localDay(d: Date): ISODate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface ReminderDeps {
  sp: SPFI;
  mail: MailSender;
  config: StageConfiguration;
  strategies: StrategyRepository;
  departments: DepartmentRepository;
  agreements: AgreementRepository;
}

export async function sendReminders(deps: ReminderDeps, year: number, options: SendRemindersOptions): Promise<ReminderResult> {
  const now = options.now ?? new Date();
  const day = localDay(now);
  const records = new ReminderRepository(deps.sp);
  const [strategy, departments, agreements] = await Promise.all([deps.strategies.strategyOfYear(year), deps.departments.all(), deps.agreements.forYear(year)]);
  const result: ReminderResult = { sent: 0, alreadyRemindedToday: 0, withoutLeader: 0, reminded: [], skipped: [], mailFailures: [] };
  if (strategy === undefined) return result;
  const plan = planReminders({ config: deps.config, strategy, departments, agreements, today: day });
  result.withoutLeader = plan.withoutLeader.length;
  result.skipped.push(...plan.skipped.map((x) => ({ department: x.department.title, reason: x.reason })));
  // A leader named in the list but without an e-mail address is reported by name, not skipped.
  for (const d of plan.withoutLeader) {
    if (d.leader !== undefined) result.mailFailures.push({ recipient: d.leader.title ?? d.title, reason: 'noAddress' });
  }
  await sendPerRecipient({ records, mail: deps.mail, year, day, now }, plan.due, (items) => reminderMail(year, items, options.link), result);
  return result;
}

interface SendContext {
  records: ReminderRepository;
  mail: MailSender;
  year: number;
  day: ISODate;
  now: Date;
}

/** One e-mail per recipient for all their due items, on the terms both reminder runs share (the
 * deadline reminders here, the status rounds in statusRoundReminders.ts): a recipient already
 * recorded today is skipped (the day's records are shared by both runs), a concurrent press is
 * resolved by the older record, an unsent e-mail is not recorded. Fills `result`. */
export async function sendPerRecipient<T extends { recipient: string; department: { id: number; title: string } }>(
  ctx: SendContext,
  due: readonly T[],
  mailFor: (items: T[]) => { subject: string; body: string },
  result: ReminderResult
): Promise<void> {
  const skipAll = (items: T[], reason: 'alreadyRemindedToday' | 'mailFailed'): void => {
    result.skipped.push(...items.map((i) => ({ department: i.department.title, reason })));
  };
  const byRecipient = new Map<string, T[]>();
  for (const item of due) byRecipient.set(item.recipient, [...(byRecipient.get(item.recipient) ?? []), item]);
  const before = await ctx.records.onDay(ctx.day);
  for (const [recipient, items] of byRecipient) {
    if (before.some((r) => r.recipient === recipient)) {
      result.alreadyRemindedToday += 1;
      skipAll(items, 'alreadyRemindedToday');
      continue;
    }
    const mail = mailFor(items);
    const mine = await ctx.records.create({
      year: ctx.year,
      recipient,
      departmentIds: items.map((i) => i.department.id),
      day: ctx.day,
      subject: mail.subject,
      sentAt: ctx.now.toISOString(),
      clientId: newClientId()
    });
    const sameDay = (await ctx.records.onDay(ctx.day)).filter((r) => r.recipient === recipient);
    if (sameDay[0] !== undefined && sameDay[0].id !== mine.id) {
      // Another sender recorded this leader first: theirs stands, ours goes, no second e-mail.
      await ctx.records.remove(mine);
      result.alreadyRemindedToday += 1;
      skipAll(items, 'alreadyRemindedToday');
      continue;
    }
    const sent = await ctx.mail.send({ to: [recipient], subject: mail.subject, html: mail.body });
    if (!sent.ok) {
      // Not sent, so not recorded: the next press tries again. The run goes on with the others
      // and the result names this leader's address and why.
      await ctx.records.remove(mine);
      result.mailFailures.push(...failuresFor([recipient], sent));
      skipAll(items, 'mailFailed');
      continue;
    }
    result.sent += 1;
    result.reminded.push(...items.map((i) => ({ department: i.department.title, recipient })));
  }
}
