// Reminders from the strategy's deadlines: which departments to remind, and why. The secretariat
// sets two dated steps on the year's DUS: when agreements are delivered to the board (the 2020
// agreement's last milestone, "Afleveres til direktionen") and when the follow-up is due
// ("Ved opfølgningen på aftalen for 2023 gives en status"). A department is reminded from
// REMINDER_LEAD_DAYS before a deadline, and after it, until its agreement reaches the stage the
// deadline asks for.
import { danishDateText } from './danishDateFormat';
import type { Agreement, Department, ISODate, StageConfiguration, Strategy, StrategyDeadline } from './types';
import type { MailFailure } from './mail';
import { safeHttpUrl } from './safeUrl';
import { selectReminderHolders, type ReminderSkip, type ReminderSkipReason } from './reminderHolders';

export type DeadlineKind = 'agreementDue' | 'followUpDue';

/** The titles the secretariat gives the two deadlines; deadlineKind also recognises variants. */
export const DEADLINE_TITLES: Readonly<Record<DeadlineKind, string>> = {
  agreementDue: 'Afleveres til direktionen',
  followUpDue: 'Opfølgning på aftalen'
};

export const REMINDER_LEAD_DAYS = 14;

const normalise = (text: string): string => text.toLocaleLowerCase('da-DK').replace(/\s+/g, ' ').trim();

/** Which deadline a strategy step is, by its title: "Aftaler afleveres til direktionen" and
 * "Afleveres til direktionen" are the agreement deadline; a title starting with "Opfølgning" is
 * the follow-up deadline. Other steps (e.g. "Kontraktdialoger") send no reminders. */
export function deadlineKind(deadline: Pick<StrategyDeadline, 'title'>): DeadlineKind | undefined {
  const title = normalise(deadline.title);
  if (title.includes('afleveres til direktionen') || title.startsWith('aftaler afleveres')) return 'agreementDue';
  if (title.startsWith('opfølgning')) return 'followUpDue';
  return undefined;
}

export interface DueDeadline {
  kind: DeadlineKind;
  title: string;
  date: ISODate;
}

function daysBetween(from: ISODate, to: ISODate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The strategy's deadlines that are within the lead time or past on `today`. */
export function deadlinesInReminderWindow(strategy: Pick<Strategy, 'deadlines'>, today: ISODate): DueDeadline[] {
  const due: DueDeadline[] = [];
  for (const d of strategy.deadlines) {
    const kind = deadlineKind(d);
    if (kind === undefined || d.date === undefined) continue;
    if (daysBetween(today, d.date) <= REMINDER_LEAD_DAYS) due.push({ kind, title: d.title, date: d.date });
  }
  return due;
}

/** Position of the stage a deadline asks for: delivered to the final approval (the stage right
 * before the first 'approved' stage) for the agreement, the first 'closed' stage for the
 * follow-up. Stages are configuration, so the kinds decide, not codes. */
export function neededStageIndex(config: StageConfiguration, kind: DeadlineKind): number {
  if (kind === 'agreementDue') {
    const approved = config.stages.findIndex((s) => s.kind === 'approved');
    return Math.max(0, approved - 1);
  }
  const closed = config.stages.findIndex((s) => s.kind === 'closed');
  return closed >= 0 ? closed : config.stages.length - 1;
}

export function hasReached(config: StageConfiguration, agreement: Pick<Agreement, 'stage'> | undefined, kind: DeadlineKind): boolean {
  if (!agreement) return false;
  const at = config.stages.findIndex((s) => s.code === agreement.stage);
  return at >= 0 && at >= neededStageIndex(config, kind);
}

export interface ReminderDue {
  department: Department;
  /** The leader's e-mail: the person reminded. */
  recipient: string;
  deadlines: DueDeadline[];
}

export interface ReminderPlan {
  due: ReminderDue[];
  /** Active holders that are behind but have no leader to e-mail. */
  withoutLeader: Department[];
  /** Every unit behind and not reminded, with why (reminderHolders.ts). */
  skipped: ReminderSkip[];
}

/**
 * Who is behind on `today`. A department with no agreement is behind on the agreement deadline
 * only (it has nothing to follow up). Only agreement holders are reminded (selectReminderHolders):
 * a team without an agreement of its own is not behind its unit's.
 */
export function planReminders(input: {
  config: StageConfiguration;
  strategy: Pick<Strategy, 'deadlines'>;
  departments: readonly Department[];
  agreements: ReadonlyArray<Pick<Agreement, 'departmentId' | 'stage'>>;
  today: ISODate;
}): ReminderPlan {
  const window = deadlinesInReminderWindow(input.strategy, input.today);
  if (window.length === 0) return { due: [], withoutLeader: [], skipped: [] };
  const selection = selectReminderHolders(input.departments, (department) => {
    const agreement = input.agreements.find((a) => a.departmentId === department.id);
    const behind = window.filter((d) => (d.kind === 'followUpDue' && !agreement ? false : !hasReached(input.config, agreement, d.kind)));
    return behind.length === 0 ? undefined : behind;
  });
  return {
    due: selection.due.map((d) => ({ department: d.department, recipient: d.recipient, deadlines: d.detail })),
    withoutLeader: selection.skipped.filter((s) => s.reason === 'noLeader' || s.reason === 'noLeaderAddress').map((s) => s.department),
    skipped: selection.skipped
  };
}

/** What the secretariat sees after pressing "Send påmindelser". */
export interface ReminderResult {
  sent: number;
  alreadyRemindedToday: number;
  withoutLeader: number;
  /** Each unit reminded, with the leader's address (issue #17.7). */
  reminded: Array<{ department: string; recipient: string }>;
  /** Each unit behind and not reminded, with why. */
  skipped: Array<{ department: string; reason: ReminderSkipReason }>;
  /** Leaders who were due a reminder and did not get it, and why (the run still completes). */
  mailFailures: MailFailure[];
}

/** A sent reminder, as recorded in the Reminders list. */
export interface NewReminderRecord {
  year: number;
  recipient: string;
  departmentIds: number[];
  /** yyyy-mm-dd of the sending: "nobody reminded twice the same day" is checked on it. */
  day: ISODate;
  subject: string;
  clientId?: string;
}
export interface ReminderRecord extends NewReminderRecord {
  id: number;
  sentAt: string;
}

/** The e-mail a leader gets, in Danish (the mail goes out in the sender's name, not in the UI locale). */
export function reminderMail(
  year: number,
  items: ReadonlyArray<{ department: Department; deadlines: DueDeadline[] }>,
  link: string
): { subject: string; body: string } {
  const subject = `Påmindelse: udviklingsaftale ${year}`;
  const lines = items.flatMap(({ department, deadlines }) =>
    deadlines.map(
      (d) =>
        `<li>${escapeHtml(department.title)}: ${escapeHtml(d.title)} senest ${danishDateText(d.date)}${d.kind === 'followUpDue' ? ' (opfølgning på årets mål)' : ' (aftalen sendt til godkendelse)'}</li>`
    )
  );
  const body = `<p>Kære leder</p><p>Dette er en påmindelse fra sekretariatet om udviklingsaftalen for ${year}:</p><ul>${lines.join('')}</ul>${linkParagraph(link)}`;
  return { subject, body };
}

/** Only an http(s) address becomes a link in the mail (safeUrl.ts); otherwise the mail has none. */
function linkParagraph(link: string): string {
  const href = safeHttpUrl(link);
  return href === undefined ? '' : `<p><a href="${escapeHtml(href)}">Åbn udviklingsaftalerne</a></p>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
