// Status rounds (issue 18): the year's DUS names status dates as dated steps whose title starts
// with "Status" ("Status august/september": the 2019 agreement's "I august/september 2019 gøres
// der samlet status"). Before such a date, the leaders of approved agreements with a goal that has
// had no check-in since the previous round are reminded, on the same terms as the other reminders
// (the leader's e-mail, active departments only, nobody twice the same day: the services' part).
// Imported by path (the lazy year-end chunk).
import type { CheckIn } from './checkIns';
import type { Agreement, Department, Goal, ISODate, StageConfiguration, Strategy, StrategyDeadline } from './types';
import { findStage } from './stageMachine';
import { REMINDER_LEAD_DAYS } from './reminders';
import { danishDateText as danishDate } from './danishDateFormat';
import { safeHttpUrl } from './safeUrl';

const normalise = (text: string): string => text.toLocaleLowerCase('da-DK').replace(/\s+/g, ' ').trim();

export function isStatusRound(deadline: Pick<StrategyDeadline, 'title'>): boolean {
  return normalise(deadline.title).startsWith('status');
}

export interface StatusRound {
  title: string;
  date: ISODate;
  /** Check-ins created on or after this day count for the round: the previous round's date, or
   * the first day of the year. */
  since: ISODate;
}

const addDays = (day: ISODate, days: number): ISODate => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/** The round reminders are about on `today`: the latest status date that is at most
 * REMINDER_LEAD_DAYS ahead (a passed round stays current until the next one comes near). */
export function currentStatusRound(strategy: Pick<Strategy, 'deadlines' | 'year'>, today: ISODate): StatusRound | undefined {
  const rounds = strategy.deadlines
    .filter((d): d is StrategyDeadline & { date: ISODate } => isStatusRound(d) && d.date !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  let current: StatusRound | undefined;
  let since: ISODate = `${strategy.year}-01-01`;
  for (const r of rounds) {
    if (addDays(r.date, -REMINDER_LEAD_DAYS) > today) break;
    current = { title: r.title, date: r.date, since };
    since = r.date;
  }
  return current;
}

export interface StatusRoundDue {
  department: Department;
  recipient: string;
  round: StatusRound;
  /** The department's goals without a check-in since the round's start. */
  goals: Array<Pick<Goal, 'id' | 'title'>>;
}

/**
 * Who to remind for the current round: each active department whose approved (or followed-up)
 * agreement has a goal without a check-in created since the round's start; a department without
 * a leader's e-mail is listed apart, as the other reminders do.
 */
export function planStatusRoundReminders(input: {
  config: StageConfiguration;
  strategy: Pick<Strategy, 'deadlines' | 'year'>;
  departments: readonly Department[];
  agreements: ReadonlyArray<Pick<Agreement, 'id' | 'departmentId' | 'stage'>>;
  goals: ReadonlyArray<Pick<Goal, 'id' | 'title' | 'agreementId'>>;
  checkIns: ReadonlyArray<Pick<CheckIn, 'goalId' | 'createdAt'>>;
  today: ISODate;
}): { round: StatusRound | undefined; due: StatusRoundDue[]; withoutLeader: Department[] } {
  const round = currentStatusRound(input.strategy, input.today);
  const plan = { round, due: [] as StatusRoundDue[], withoutLeader: [] as Department[] };
  if (round === undefined) return plan;
  const checkedIn = new Set(input.checkIns.filter((c) => c.createdAt.slice(0, 10) >= round.since).map((c) => c.goalId));
  for (const department of input.departments) {
    if (!department.active) continue;
    const agreement = input.agreements.find(
      (a) => a.departmentId === department.id && ['approved', 'followUp'].includes(findStage(input.config, a.stage)?.kind ?? '')
    );
    if (agreement === undefined) continue;
    const goals = input.goals.filter((g) => g.agreementId === agreement.id && !checkedIn.has(g.id)).map(({ id, title }) => ({ id, title }));
    if (goals.length === 0) continue;
    const email = department.leader?.email?.trim();
    if (email === undefined || email === '') plan.withoutLeader.push(department);
    else plan.due.push({ department, recipient: email.toLowerCase(), round, goals });
  }
  return plan;
}

/** The e-mail, in Danish (mail goes out in the sender's name, not in the UI locale). */
export function statusRoundMail(year: number, items: readonly StatusRoundDue[], link: string): { subject: string; body: string } {
  const subject = `Påmindelse: status på udviklingsmålene ${year}`;
  const round = items[0]?.round;
  const lines = items.flatMap((i) => i.goals.map((g) => `<li>${escapeHtml(i.department.title)}: ${escapeHtml(g.title)}</li>`));
  const href = safeHttpUrl(link);
  const body =
    `<p>Kære leder</p><p>${round ? `${escapeHtml(round.title)} er ${danishDate(round.date)}. ` : ''}Disse mål har ikke fået en status siden ${round ? danishDate(round.since) : ''}:</p><ul>${lines.join('')}</ul>` +
    (href === undefined ? '' : `<p><a href="${escapeHtml(href)}">Åbn udviklingsaftalerne</a></p>`);
  return { subject, body };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
