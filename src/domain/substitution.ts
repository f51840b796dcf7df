// Substitutes (stedfortræder, issue #17.3): a member of a deciding group names someone to decide in
// the group's place for a period. Authority comes from SharePoint as for members (decision 0009):
// the principal is the substitution item's Author (Created By, set by SharePoint from the caller),
// never a column the client writes; the list is "Kun tilføj", so nobody but the site's owners can
// edit an item, and an item that was edited anyway (amended) counts for nothing. Ending a
// substitution is a new item by the same principal for the same substitute and group that says it
// ends; the item that governs a decision is the principal's latest one for that substitute and
// group created before the decision, so a record added afterwards can neither widen nor narrow a
// decision already made. Pure: the items and the membership are read by the services.
import type { ApprovalLogEntry, GroupKey, ISODate, ISODateTime, PersonRef, StageConfiguration } from './types';
import { authorizedTransition, type GroupMembership, type SubstituteCheck } from './authority';

export interface NewSubstitution {
  substitute: PersonRef;
  group: GroupKey;
  /** First and last day, both included (yyyy-mm-dd, Danish time). */
  from: ISODate;
  to: ISODate;
  /** True for the record that ends the principal's substitution of this substitute and group. */
  ended?: boolean;
}

export interface Substitution extends NewSubstitution {
  id: number;
  /** Created By: the member who named the substitute (the principal). Set by SharePoint. */
  author: PersonRef;
  /** Created: set by SharePoint. */
  created: ISODateTime;
  /** Changed after it was added: only an owner could have, and it then counts for nothing. */
  amended?: boolean;
}

type Membership = Readonly<Partial<Record<GroupKey, readonly number[]>>>;

const DAY_IN_DENMARK = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Danish calendar day of a SharePoint timestamp (UTC): a decision at 23.30 UTC on 6 Dec is 7 Dec. */
export function danishDay(at: ISODateTime | Date): ISODate {
  return DAY_IN_DENMARK.format(typeof at === 'string' ? new Date(at) : at);
}

const time = (iso: string): number => Date.parse(iso);

/** The record that governs `principal`'s substitution of `substitute` in `group` at `at`: the
 * latest such record created at or before `at` (by Created, then id). SharePoint keeps whole
 * seconds, so a record of the decision's own second governs it too: an end made in that second
 * ends it, and a record made in that second backs nothing (substitutionAt wants one made before). */
export function governingRecord(
  substitutions: readonly Substitution[],
  principalId: number,
  substituteId: number,
  group: GroupKey,
  at: ISODateTime
): Substitution | undefined {
  return substitutions
    .filter((s) => s.author.id === principalId && s.substitute.id === substituteId && s.group === group && time(s.created) <= time(at))
    .sort((a, b) => time(a.created) - time(b.created) || a.id - b.id)
    .pop();
}

/** Whether a record stands on its own: added by a member of its group, never edited, a real period. */
function sound(s: Substitution, membership: Membership): boolean {
  const principal = s.author.id;
  return principal !== undefined && s.substitute.id !== undefined && s.amended !== true && s.from <= s.to && (membership[s.group] ?? []).includes(principal);
}

/** The substitution that lets `actorId` act for one of `groups` at `at` (a log entry's Author and
 * Created), or undefined. The principal must be a member of the group now (the same membership
 * that judges members' own decisions), the record must have been created before `at`, be the
 * principal's governing record then, not end the substitution, and its period must hold `at`'s
 * Danish day. */
export function substitutionAt(
  substitutions: readonly Substitution[],
  actorId: number,
  groups: readonly GroupKey[],
  at: ISODateTime,
  membership: Membership
): Substitution | undefined {
  return substitutions.find((s) => groups.includes(s.group) && backs(substitutions, s, actorId, at, membership));
}

function backs(substitutions: readonly Substitution[], s: Substitution, actorId: number, at: ISODateTime, membership: Membership): boolean {
  if (s.substitute.id !== actorId || s.ended === true || !sound(s, membership)) return false;
  if (time(s.created) >= time(at) || governingRecord(substitutions, s.author.id as number, actorId, s.group, at) !== s) return false;
  const day = danishDay(at);
  return s.from <= day && day <= s.to;
}

/** The rule as authority.ts takes it (authorizedTransition's `substitute`). */
export function substituteCheck(substitutions: readonly Substitution[], membership: Membership): SubstituteCheck {
  return (authorId, groups, created) => substitutionAt(substitutions, authorId, groups, created, membership) !== undefined;
}

/** The member a valid entry was made for, when its author decided as a substitute ("på vegne af"). */
export function principalOf(
  config: StageConfiguration,
  entry: ApprovalLogEntry,
  membership: GroupMembership,
  substitutions: readonly Substitution[]
): PersonRef | undefined {
  const transition = config.transitions.find((t) => t.from === entry.fromStage && t.to === entry.toStage && t.decision === entry.decision);
  const authorId = entry.author.id;
  if (transition === undefined || authorId === undefined || transition.allowedGroups.some((g) => (membership[g] ?? []).includes(authorId))) return undefined;
  if (authorizedTransition(config, entry, membership, substituteCheck(substitutions, membership)) === undefined) return undefined;
  return substitutionAt(substitutions, authorId, transition.allowedGroups, entry.created, membership)?.author;
}

export interface ActiveSubstitution {
  group: GroupKey;
  principal: PersonRef;
  substitution: Substitution;
}

/** The groups `userId` may act for now, and for whom (Mine opgaver's queue "som stedfortræder"). */
export function activeSubstitutions(substitutions: readonly Substitution[], userId: number, now: Date, membership: Membership): ActiveSubstitution[] {
  // A decision made now is created after every record that exists now.
  const at = new Date(now.getTime() + 1).toISOString();
  return substitutions.filter((s) => backs(substitutions, s, userId, at, membership)).map((s) => ({ group: s.group, principal: s.author, substitution: s }));
}

/** The principal's substitutions that still run or lie ahead (the "Stedfortræder" panel): the
 * governing record of each substitute and group, unless it ended or its period is over. */
export function currentOf(substitutions: readonly Substitution[], principalId: number, now: Date): Substitution[] {
  const at = new Date(now.getTime() + 1).toISOString();
  const today = danishDay(now);
  const keys = new Set(
    substitutions.filter((s) => s.author.id === principalId && s.substitute.id !== undefined).map((s) => `${s.group}|${String(s.substitute.id)}`)
  );
  const out: Substitution[] = [];
  for (const key of keys) {
    const [group, substituteId] = key.split('|');
    const governing = governingRecord(substitutions, principalId, Number(substituteId), group as GroupKey, at);
    if (governing !== undefined && governing.ended !== true && governing.amended !== true && governing.to >= today) out.push(governing);
  }
  return out.sort((a, b) => a.from.localeCompare(b.from) || a.id - b.id);
}

export type SubstitutionProblem = {
  field: 'substitute' | 'group' | 'from' | 'to';
  code: 'required' | 'notMember' | 'self' | 'toBeforeFrom' | 'inPast' | 'cannotWrite';
};

/** What is wrong with naming `draft` (codes, shown in Danish by the panel). `writers` are the
 * people SharePoint lets move items and add to the log (decision 0009). */
export function substitutionProblems(
  draft: Partial<NewSubstitution>,
  principalId: number,
  membership: Membership,
  writers: readonly number[],
  today: ISODate
): SubstitutionProblem[] {
  const problems: SubstitutionProblem[] = [];
  if (draft.group === undefined) problems.push({ field: 'group', code: 'required' });
  else if (!(membership[draft.group] ?? []).includes(principalId)) problems.push({ field: 'group', code: 'notMember' });
  const substituteId = draft.substitute?.id;
  if (substituteId === undefined) problems.push({ field: 'substitute', code: 'required' });
  else if (substituteId === principalId) problems.push({ field: 'substitute', code: 'self' });
  else if (!writers.includes(substituteId)) problems.push({ field: 'substitute', code: 'cannotWrite' });
  if (draft.from === undefined) problems.push({ field: 'from', code: 'required' });
  if (draft.to === undefined) problems.push({ field: 'to', code: 'required' });
  else if (draft.to < today) problems.push({ field: 'to', code: 'inPast' });
  else if (draft.from !== undefined && draft.to < draft.from) problems.push({ field: 'to', code: 'toBeforeFrom' });
  return problems;
}
