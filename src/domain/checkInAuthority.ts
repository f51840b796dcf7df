// Whether a check-in was given while its agreement was approved (issue 18). The service refuses a
// check-in on a draft agreement, but SharePoint does not: the department's editors may add to
// their folder in the CheckIns list through REST at any stage. So, like a Stage claim
// (authority.ts), a check-in is checked against the approval log: it counts when SharePoint's
// Created of the check-in falls in a time the log shows the agreement approved (an approval by an
// allowed group, not yet undone by a valid return or the like). Check-ins outside are shown as
// "Ikke verificeret" and draw nothing in the chart. Imported by path (the check-ins chunk).
import type { ApprovalLogEntry, ISODateTime, StageConfiguration } from './types';
import { timeline, type CheckIn } from './checkIns';
import { authorizedTransition, chronological, type GroupMembership } from './authority';
import { findStage } from './stageMachine';
import { substituteCheck, type Substitution } from './substitution';

/** A time the agreement stood approved (or in its follow-up) by the log; `to` open while it lasts. */
export interface ApprovedSpan {
  from: ISODateTime;
  to?: ISODateTime;
}

const APPROVED_KINDS = new Set(['approved', 'followUp']);

/** The spans, oldest first, from the valid log entries (by SharePoint's Created). A forged,
 * amended or unauthorised entry opens or closes nothing. */
export function approvedSpans(
  config: StageConfiguration,
  entries: readonly ApprovalLogEntry[],
  membership: GroupMembership,
  substitutions: readonly Substitution[] = []
): ApprovedSpan[] {
  const spans: ApprovedSpan[] = [];
  let open: ApprovedSpan | undefined;
  const substitute = substituteCheck(substitutions, membership);
  for (const e of chronological(entries)) {
    if (authorizedTransition(config, e, membership, substitute) === undefined) continue;
    const approved = APPROVED_KINDS.has(findStage(config, e.toStage)?.kind ?? '');
    if (approved && open === undefined) {
      open = { from: e.created };
      spans.push(open);
    } else if (!approved && open !== undefined) {
      open.to = e.created;
      open = undefined;
    }
  }
  return spans;
}

/** The approved spans of each of `agreementIds` from the log entries about them (read together). */
export function spansByAgreement(
  config: StageConfiguration,
  entries: readonly ApprovalLogEntry[],
  membership: GroupMembership,
  agreementIds: readonly number[],
  substitutions: readonly Substitution[] = []
): Record<number, ApprovedSpan[]> {
  return Object.fromEntries(
    agreementIds.map((id) => [
      id,
      approvedSpans(
        config,
        entries.filter((e) => e.targetList === 'Agreements' && e.targetId === id),
        membership,
        substitutions
      )
    ])
  );
}

/** Whether SharePoint's Created of a check-in falls within an approved span. */
export function givenWhileApproved(createdAt: ISODateTime, spans: readonly ApprovedSpan[]): boolean {
  const t = Date.parse(createdAt);
  return spans.some((s) => Date.parse(s.from) <= t && (s.to === undefined || t < Date.parse(s.to)));
}

/** A goal's status as the approval log backs it: its latest check-in given while the agreement
 * stood approved, and how many newer check-ins the log does not back. */
export interface VerifiedLatest<C> {
  latest?: C;
  newerUnverified: number;
}

/**
 * Each goal's latest verified check-in (the department view's status and its age, Overblik's
 * distribution and "no check-in for N days"). An unverified check-in never becomes a goal's
 * status: the goal keeps the latest verified one (docs/decisions/0008-check-in-rules.md), so a
 * check-in written past the service on a draft agreement neither sets nor hides a status.
 * `spansOf` gives the approved spans of the goal's agreement; none: nothing of that goal counts.
 */
export function latestVerifiedByGoal<C extends Pick<CheckIn, 'id' | 'createdAt' | 'goalId'>>(
  checkIns: readonly C[],
  spansOf: (goalId: number) => readonly ApprovedSpan[] | undefined
): Map<number, VerifiedLatest<C>> {
  const out = new Map<number, VerifiedLatest<C>>();
  for (const c of timeline(checkIns)) {
    let goal = out.get(c.goalId);
    if (goal === undefined) out.set(c.goalId, (goal = { newerUnverified: 0 }));
    if (goal.latest !== undefined) continue;
    if (givenWhileApproved(c.createdAt, spansOf(c.goalId) ?? [])) goal.latest = c;
    else goal.newerUnverified += 1;
  }
  return out;
}

/** How long the author may take a check-in back (issue 18: "deletion only by the author within a
 * day or by the site owner"). */
export const CHECK_IN_DELETE_HOURS = 24;

/**
 * Whether `user` may delete a check-in: its author (SharePoint's Author) within a day of
 * SharePoint's Created, or a site owner at any time. SharePoint has no time-based permission, so
 * this is the product's rule, not SharePoint's: the department's editors can delete any check-in
 * in their folder through REST. Such a deletion is not prevented but recorded: it lands in the
 * site's recycle bin with who deleted it and when (docs/decisions/0008-check-in-rules.md).
 */
export function mayDeleteCheckIn(
  checkIn: { author?: { id?: number }; createdAt: ISODateTime },
  user: { id: number; isSiteOwner: boolean },
  now: Date
): boolean {
  if (user.isSiteOwner) return true;
  if (checkIn.author?.id === undefined || checkIn.author.id !== user.id) return false;
  const age = now.getTime() - Date.parse(checkIn.createdAt);
  return age >= 0 && age < CHECK_IN_DELETE_HOURS * 3600000;
}
