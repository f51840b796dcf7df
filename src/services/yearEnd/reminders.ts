// "Send påmindelser": e-mails the leaders of departments that are behind the year's deadlines,
// through Microsoft Graph (the injected MailSender), and records each in the Reminders list. Nobody is reminded
// twice the same day: the record is checked before sending, and after writing our own record we
// read it again, so when two secretariat users press at once only the older record's sender mails.
import type { SPFI } from '@pnp/sp';
import type { ISODate, ReminderResult, StageConfiguration } from '../../domain';
import { planReminders, reminderMail, type ReminderDue } from '../../domain';
import type { AgreementRepository } from '../../data/repositories/agreementRepository';
import type { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
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
  const [strategy, departments, agreements, before] = await Promise.all([
    deps.strategies.strategyOfYear(year),
    deps.departments.all(),
    deps.agreements.forYear(year),
    records.onDay(day)
  ]);
  const result: ReminderResult = { sent: 0, alreadyRemindedToday: 0, withoutLeader: 0, mailFailures: [] };
  if (strategy === undefined) return result;
  const plan = planReminders({ config: deps.config, strategy, departments, agreements, today: day });
  result.withoutLeader = plan.withoutLeader.length;
  // A leader named in the list but without an e-mail address is reported by name, not skipped.
  for (const d of plan.withoutLeader) {
    if (d.leader !== undefined) result.mailFailures.push({ recipient: d.leader.title ?? d.title, reason: 'noAddress' });
  }
  const byRecipient = new Map<string, ReminderDue[]>();
  for (const due of plan.due) byRecipient.set(due.recipient, [...(byRecipient.get(due.recipient) ?? []), due]);

  for (const [recipient, items] of byRecipient) {
    if (before.some((r) => r.recipient === recipient)) {
      result.alreadyRemindedToday += 1;
      continue;
    }
    const mail = reminderMail(year, items, options.link);
    const mine = await records.create({
      year,
      recipient,
      departmentIds: items.map((i) => i.department.id),
      day,
      subject: mail.subject,
      sentAt: now.toISOString(),
      clientId: newClientId()
    });
    const sameDay = (await records.onDay(day)).filter((r) => r.recipient === recipient);
    if (sameDay[0] !== undefined && sameDay[0].id !== mine.id) {
      // Another sender recorded this leader first: theirs stands, ours goes, no second e-mail.
      await records.remove(mine);
      result.alreadyRemindedToday += 1;
      continue;
    }
    const sent = await deps.mail.send({ to: [recipient], subject: mail.subject, html: mail.body });
    if (!sent.ok) {
      // Not sent, so not recorded: the next press tries again. The run goes on with the others
      // and the result names this leader's address and why.
      await records.remove(mine);
      result.mailFailures.push(...failuresFor([recipient], sent));
      continue;
    }
    result.sent += 1;
  }
  return result;
}

