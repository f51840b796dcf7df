// Authority: whether an item's Stage is backed by the ApprovalLog. Anyone with edit rights can set
// Stage through the list UI or REST, so Stage alone proves nothing; a decision counts only when a
// log entry (which SharePoint lets only the deciding groups add, and nobody edit) was added by a
// member of a group the configuration allows for that transition, and still matches the item's
// current version. "Added by" is the entry's Author (Created By), which SharePoint sets from the
// caller; the Actor and At columns are written by the client and are never trusted: an entry whose
// Actor is not its Author is a forgery (issue #15). Pure: membership and entries are read by the
// services.
import type { ApprovalLogEntry, GroupKey, ISODateTime, StageCode, StageConfiguration, StageTransition } from './types';
import { findStage, problemOf, type StageConfigurationProblem } from './stageMachine';
import { changedAfterApproval, type ApprovalBinding } from './approvalBinding';

/** User ids of the members of each group, as SharePoint reports them. */
export type GroupMembership = Readonly<Partial<Record<GroupKey, readonly number[]>>>;

/** verified: the Stage is backed by a valid decision on the current version (or needs none);
 * unverified ("Ikke verificeret"): no valid decision backs it; staleAfterApproval ("Ændret efter
 * godkendelse"): the decision was valid, but the item was edited after it; foreignEdit ("Ikke
 * verificeret: ændret af en uden for afdelingen"): someone outside the department changed its
 * content (foreignEdit.ts), whatever its stage. */
export type AuthorityStatus = 'verified' | 'unverified' | 'staleAfterApproval' | 'foreignEdit';

/** Decisions that only the deciding groups make, and that are therefore written to the log. The
 * editors' own moves (submitted, followUpStarted) are Stage changes kept in version history. */
export function isLoggedDecision(transition: Pick<StageTransition, 'decision'>): boolean {
  return transition.decision !== 'submitted' && transition.decision !== 'followUpStarted';
}

/** Whether a member's substitution lets `authorId` act for one of `groups` at `created` (a log
 * entry's Author and Created): substitution.ts's rule, handed in by the services so that this
 * module, which every view loads, carries none of it (decision 0009). */
export type SubstituteCheck = (authorId: number, groups: readonly GroupKey[], created: ISODateTime) => boolean;

export function groupsOf(userId: number, membership: GroupMembership): GroupKey[] {
  return (Object.keys(membership) as GroupKey[]).filter((g) => (membership[g] ?? []).includes(userId));
}

/** The configured transition an entry claims to be, when its actor was allowed to make it. */
export function authorizedTransition(
  config: StageConfiguration,
  entry: ApprovalLogEntry,
  membership: GroupMembership,
  substitute?: SubstituteCheck
): StageTransition | undefined {
  const transition = config.transitions.find((t) => t.from === entry.fromStage && t.to === entry.toStage && t.decision === entry.decision);
  if (!transition || !isLoggedDecision(transition)) return undefined;
  const authorId = entry.author.id;
  if (authorId === undefined || entry.amended === true) return undefined;
  // The Actor column is the client's claim: it must name the author or the entry is forged.
  if (entry.actor.id !== undefined && entry.actor.id !== authorId) return undefined;
  // A member of an allowed group, or a substitute a member named (decision 0009).
  return transition.allowedGroups.some((g) => (membership[g] ?? []).includes(authorId)) ||
    substitute?.(authorId, transition.allowedGroups, entry.created) === true
    ? transition
    : undefined;
}

/** Entries oldest first, by what SharePoint set (Created, then the item id, which SharePoint
 * hands out in order): the client-written At cannot reorder decisions. */
export function chronological<T extends Pick<ApprovalLogEntry, 'created' | 'id'>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.created.localeCompare(b.created) || a.id - b.id);
}

/** A stage an editor may move an item into without a log entry: a submission queue, a follow-up,
 * or the stage a valid return sent the item back from (a resubmission). */
function enteredByEditorMove(config: StageConfiguration, stage: StageCode, validReturns: readonly ApprovalLogEntry[]): boolean {
  return config.transitions.some((t) => t.to === stage && !isLoggedDecision(t)) || validReturns.some((e) => e.fromStage === stage);
}

export interface AuthorityInput {
  config: StageConfiguration;
  /** The item's Stage (a code of the configuration, or an unknown stored label). */
  stage: StageCode;
  /** The item's current version label, e.g. "7.0". */
  version: string;
  /** The log entries about this item (any order). */
  entries: readonly ApprovalLogEntry[];
  membership: GroupMembership;
  /** A substitute's entry counts when this says a member's substitution backs it. */
  substitute?: SubstituteCheck;
  /** The item's versions and the schema's field sets: needed for a stage past an approval
   * (follow-up, closed), which is bound to the approved version; without it such a stage is never
   * verified. In a decided stage it tells a later version that changed no content (ADR 0010) from
   * an edit; without it any later version is "Ændret efter godkendelse". */
  binding?: ApprovalBinding;
}

/** Whether a stage past an approval still stands on the approved content. */
function boundStatus(input: AuthorityInput, valid: readonly ApprovalLogEntry[]): AuthorityStatus {
  const approval = [...valid].reverse().find((e) => findStage(input.config, e.toStage)?.kind === 'approved');
  if (approval?.approvedVersion === undefined || input.binding === undefined) return 'unverified';
  const changed = changedAfterApproval(input.config, approval.approvedVersion, input.binding);
  return changed === undefined ? 'unverified' : changed ? 'staleAfterApproval' : 'verified';
}

export function evaluateAuthority(input: AuthorityInput): AuthorityStatus {
  const { config, stage, version, membership } = input;
  const definition = findStage(config, stage);
  if (!definition) return 'unverified';
  if (stage === config.initialStage) return 'verified';
  const valid = chronological(input.entries).filter((e) => authorizedTransition(config, e, membership, input.substitute) !== undefined);
  const latest = valid[valid.length - 1];
  const returns = valid.filter((e) => e.decision === 'returned');

  if (definition.kind === 'followUp') {
    // Editors open the follow-up, but only of something approved and not returned since.
    const backing = latest === undefined ? undefined : findStage(config, latest.toStage)?.kind;
    return backing === 'approved' || backing === 'followUp' ? boundStatus(input, valid) : 'unverified';
  }
  if (definition.kind !== 'approved' && definition.kind !== 'closed' && enteredByEditorMove(config, stage, returns)) {
    // A queue the editors fill: waiting for a decision is no claim of one.
    return 'verified';
  }
  if (latest === undefined || latest.toStage !== stage) return 'unverified';
  // A version saved after the decided one whose content means the same (the choice migration of
  // ADR 0010 rewrites labels as literals; a workflow column such as StageComment) is no change.
  const decided = latest.approvedVersion;
  if (decided !== version && !(decided !== undefined && input.binding !== undefined && changedAfterApproval(config, decided, input.binding) === false))
    return 'staleAfterApproval';
  return definition.kind === 'closed' ? boundStatus(input, valid) : 'verified';
}

/** The latest valid entry of a return (where a returned item goes back to when resubmitted). */
export function lastValidReturn(
  config: StageConfiguration,
  entries: readonly ApprovalLogEntry[],
  membership: GroupMembership,
  substitute?: SubstituteCheck
): ApprovalLogEntry | undefined {
  const valid = chronological(entries).filter((e) => authorizedTransition(config, e, membership, substitute) !== undefined);
  const latest = valid[valid.length - 1];
  return latest !== undefined && latest.decision === 'returned' ? latest : undefined;
}

/** The moves a user with `groups` may make from `stage`. A returned item in the initial stage
 * may also be resubmitted straight to the stage it was returned from ("Send igen"), by the groups
 * that may submit it in the first place. */
export function availableTransitions(
  config: StageConfiguration,
  stage: StageCode,
  groups: readonly GroupKey[],
  lastReturn?: ApprovalLogEntry
): StageTransition[] {
  const moves = config.transitions.filter((t) => t.from === stage && t.allowedGroups.some((g) => groups.includes(g)));
  if (lastReturn !== undefined && lastReturn.toStage === stage && stage === config.initialStage) {
    const submitters = Array.from(new Set(config.transitions.filter((t) => t.from === stage && t.decision === 'submitted').flatMap((t) => t.allowedGroups)));
    const target = findStage(config, lastReturn.fromStage);
    if (target && submitters.some((g) => groups.includes(g)) && !moves.some((t) => t.to === target.code)) {
      moves.unshift(resubmission(stage, target.code, target.label, submitters));
    }
  }
  return moves;
}

export function resubmission(from: StageCode, to: StageCode, toLabel: string, allowedGroups: GroupKey[]): StageTransition {
  return { from, to, label: `Send igen til »${toLabel}«`, decision: 'submitted', allowedGroups, requiresComment: false, requiresMeeting: false };
}

/** Configuration problems for authority: a logged decision that readers or editors may make
 * could never be written (they may not add to the log), so it would never be verified. */
export function authorityProblems(config: StageConfiguration): StageConfigurationProblem[] {
  return config.transitions
    .filter((t) => isLoggedDecision(t) && t.allowedGroups.some((g) => g === 'editors' || g === 'readers'))
    .map((t) => problemOf('decisionByEditors', { label: t.label, from: t.from }));
}
