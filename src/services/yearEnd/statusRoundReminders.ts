// Status rounds (issue 18): "Send påmindelser om status" e-mails the leaders whose approved
// agreement has a goal without a check-in since the previous round, before the DUS's status date.
// Same terms as the deadline reminders (reminders.ts): records in the Reminders list, nobody
// reminded twice the same day by either run (the day's records are shared), a concurrent press
// resolved by the older record, an unsent e-mail not recorded. Its own module so the deadline
// reminders and this run share their dependencies and their send loop (sendPerRecipient).
import type { ReminderResult } from '../../domain';
import { isDataError } from '../../data/errors/DataError';
import type { GoalRepository } from '../../data/repositories/goalRepository';
import { ReminderRepository } from '../../data/repositories/reminderRepository';
import { CheckInRepository } from '../../data/repositories/followUpRepositories';
import { planStatusRoundReminders, statusRoundMail } from '../../domain/statusRounds';
import { localDay, sendPerRecipient, type ReminderDeps, type SendRemindersOptions } from './reminders';

/** The deadline reminders' dependencies, plus the goals whose check-ins a round looks for. */
export interface StatusRoundDeps extends ReminderDeps {
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
  const [strategy, departments, agreements, goals, given] = await Promise.all([
    deps.strategies.strategyOfYear(year),
    deps.departments.all(),
    deps.agreements.forYear(year),
    deps.goals.forYear(year),
    checkIns
  ]);
  const result: ReminderResult = { sent: 0, alreadyRemindedToday: 0, withoutLeader: 0, reminded: [], skipped: [], mailFailures: [] };
  if (strategy === undefined) return result;
  // Misfiled items are nobody's: a check-in outside its folder does not excuse a goal.
  const plan = planStatusRoundReminders({
    config: deps.config,
    strategy,
    departments,
    agreements: agreements.filter((a) => a.misfiled === undefined),
    goals,
    checkIns: given.filter((c) => c.misfiled === undefined),
    today: day
  });
  result.withoutLeader = plan.withoutLeader.length;
  for (const d of plan.withoutLeader) {
    result.skipped.push({ department: d.title, reason: d.leader === undefined ? 'noLeader' : 'noLeaderAddress' });
    if (d.leader !== undefined) result.mailFailures.push({ recipient: d.leader.title ?? d.title, reason: 'noAddress' });
  }
  await sendPerRecipient({ records, mail: deps.mail, year, day, now }, plan.due, (items) => statusRoundMail(year, items, options.link), result);
  return result;
}
