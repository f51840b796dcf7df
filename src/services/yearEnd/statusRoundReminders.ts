// Status rounds (issue 18): "Send påmindelser om status" e-mails the leaders whose approved
// agreement has a goal without a check-in since the previous round, before the DUS's status date.
// Same terms as the deadline reminders (reminders.ts): records in the Reminders list, nobody
// reminded twice the same day by either run (the day's records are shared), a concurrent press
// resolved by the older record, an unsent e-mail not recorded. Its own module so the deadline
// reminders and this run can be reconciled into one press later.
import type { SPFI } from '@pnp/sp';
import type { ReminderResult, StageConfiguration } from '../../domain';
import { isDataError } from '../../data/errors/DataError';
import type { AgreementRepository } from '../../data/repositories/agreementRepository';
import type { DepartmentRepository } from '../../data/repositories/departmentRepository';
import type { GoalRepository } from '../../data/repositories/goalRepository';
import type { StrategyRepository } from '../../data/repositories/strategyRepository';
import { ReminderRepository } from '../../data/repositories/reminderRepository';
import { CheckInRepository } from '../../data/repositories/followUpRepositories';
import { newClientId } from '../../data/repositories/clientId';
import { planStatusRoundReminders, statusRoundMail, type StatusRoundDue } from '../../domain/statusRounds';
import { failuresFor, type MailSender } from '../mail/mailSender';
import { localDay, type SendRemindersOptions } from './reminders';

export interface StatusRoundDeps {
  sp: SPFI;
  mail: MailSender;
  config: StageConfiguration;
  strategies: StrategyRepository;
  departments: DepartmentRepository;
  agreements: AgreementRepository;
  goals: GoalRepository;
}

export async function sendStatusRoundReminders(deps: StatusRoundDeps, year: number, options: SendRemindersOptions): Promise<ReminderResult> {
  const now = options.now ?? new Date();
  const day = localDay(now);
  const records = new ReminderRepository(deps.sp);
  const checkIns = new CheckInRepository(deps.sp).forYear(year).catch((e: unknown) => {
    // A site without the CheckIns list yet: nobody has checked in.
    if (isDataError(e) && e.kind === 'notFound') return [];
    throw e;
  });
  const [strategy, departments, agreements, goals, given, before] = await Promise.all([
    deps.strategies.strategyOfYear(year),
    deps.departments.all(),
    deps.agreements.forYear(year),
    deps.goals.forYear(year),
    checkIns,
    records.onDay(day)
  ]);
  const result: ReminderResult = { sent: 0, alreadyRemindedToday: 0, withoutLeader: 0, mailFailures: [] };
  if (strategy === undefined) return result;
  // Misfiled items are nobody's: a check-in outside its folder does not excuse a goal.
  const plan = planStatusRoundReminders({
    config: deps.config, strategy, departments, agreements: agreements.filter((a) => a.misfiled === undefined),
    goals, checkIns: given.filter((c) => c.misfiled === undefined), today: day
  });
  result.withoutLeader = plan.withoutLeader.length;
  for (const d of plan.withoutLeader) {
    if (d.leader !== undefined) result.mailFailures.push({ recipient: d.leader.title ?? d.title, reason: 'noAddress' });
  }
  const byRecipient = new Map<string, StatusRoundDue[]>();
  for (const due of plan.due) byRecipient.set(due.recipient, [...(byRecipient.get(due.recipient) ?? []), due]);
  for (const [recipient, items] of byRecipient) {
    if (before.some((r) => r.recipient === recipient)) {
      result.alreadyRemindedToday += 1;
      continue;
    }
    const mail = statusRoundMail(year, items, options.link);
    const mine = await records.create({ year, recipient, departmentIds: items.map((i) => i.department.id), day, subject: mail.subject, sentAt: now.toISOString(), clientId: newClientId() });
    const sameDay = (await records.onDay(day)).filter((r) => r.recipient === recipient);
    if (sameDay[0] !== undefined && sameDay[0].id !== mine.id) {
      await records.remove(mine);
      result.alreadyRemindedToday += 1;
      continue;
    }
    const sent = await deps.mail.send({ to: [recipient], subject: mail.subject, html: mail.body });
    if (!sent.ok) {
      await records.remove(mine);
      result.mailFailures.push(...failuresFor([recipient], sent));
      continue;
    }
    result.sent += 1;
  }
  return result;
}
