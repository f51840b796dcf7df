// An item's history: the ApprovalLog's decisions (authoritative, each checked against its author's
// group; who and when are SharePoint's Created By and Created, not the client-written Actor/At) merged with the Stage changes of its version history that no decision accounts for (the
// editors' submissions and resubmissions). For an agreement, its goals' own steps are included
// (a goal returned or resubmitted alone), named by the goal; steps the goals took together with
// the agreement are not repeated.
import type { ApprovalLogEntry, GroupMembership, PersonRef, StageConfiguration } from '../../domain';
import { authorizedTransition, chronological } from '../../domain/authority';
import { principalOf, substituteCheck, type Substitution } from '../../domain/substitution';
import { stageByLabel, stageLabel } from '../../domain/stageMachine';
import type { ApprovalStateRepository } from '../../data/repositories/approvalStateRepository';
import { isEntryOfDecision } from '../../data/repositories/clientId';
import type { ApprovalTarget, HistoryEvent } from './approvalTypes';

export interface HistoryInput {
  repo: ApprovalStateRepository;
  config: StageConfiguration;
  membership: GroupMembership;
  people: Map<number, PersonRef>;
  /** Members' substitutions: a substitute's decision counts on one, "på vegne af" its member. */
  substitutions?: readonly Substitution[];
  target: ApprovalTarget;
  entriesOf: (t: ApprovalTarget) => Promise<ApprovalLogEntry[]>;
}

/** Internal to the merge: the log entry's id (`seq`) and ClientId (`group`, see isEntryOfDecision). */
type Merged = HistoryEvent & { group?: string; seq?: number };

async function itemEvents(input: HistoryInput, target: ApprovalTarget, subject?: string): Promise<Merged[]> {
  const { repo, config, membership, people } = input;
  const substitutions = input.substitutions ?? [];
  const substitute = substituteCheck(substitutions, membership);
  const [entries, versions] = await Promise.all([input.entriesOf(target), repo.versions(target.list, target.id)]);
  const name = async (p: PersonRef | undefined): Promise<string> => {
    if (p === undefined) return '';
    if (p.title) return p.title;
    const known = p.id !== undefined ? (people.get(p.id) ?? (await repo.user(p.id).catch(() => undefined))) : undefined;
    return known?.title ?? p.email;
  };
  const events: Merged[] = [];
  for (const e of chronological(entries)) {
    const event: Merged = {
      kind: 'decision',
      target,
      at: e.created,
      actor: await name(e.author),
      fromStageLabel: stageLabel(config, e.fromStage),
      toStageLabel: stageLabel(config, e.toStage),
      decision: e.decision,
      valid: authorizedTransition(config, e, membership, substitute) !== undefined,
      group: e.clientId,
      seq: e.id
    };
    const principal = principalOf(config, e, membership, substitutions);
    if (principal !== undefined) event.onBehalfOf = await name(principal);
    if (e.comment !== undefined) event.comment = e.comment;
    if (e.meetingDate !== undefined) event.meetingDate = e.meetingDate;
    if (e.minutesUrl !== undefined) event.minutesUrl = e.minutesUrl;
    if (e.approvedVersion !== undefined) event.version = e.approvedVersion;
    if (subject !== undefined) event.subject = subject;
    events.push(event);
  }
  const decidedVersions = new Set(entries.map((e) => e.approvedVersion));
  const oldestFirst = [...versions].reverse();
  for (let i = 1; i < oldestFirst.length; i++) {
    const before = String(oldestFirst[i - 1].values.Stage ?? '');
    const after = String(oldestFirst[i].values.Stage ?? '');
    if (before === after || decidedVersions.has(oldestFirst[i].label)) continue;
    const event: HistoryEvent = {
      kind: 'stageChange',
      target,
      at: oldestFirst[i].modified,
      actor: await name(oldestFirst[i].editor),
      fromStageLabel: stageByLabel(config, before)?.label ?? before,
      toStageLabel: stageByLabel(config, after)?.label ?? after,
      version: oldestFirst[i].label,
      valid: true
    };
    // The comment given with an editor's move (issue #17.2): written with the Stage in one update.
    const comment = oldestFirst[i].values.StageComment;
    if (typeof comment === 'string' && comment.trim() !== '') event.comment = comment;
    if (subject !== undefined) event.subject = subject;
    events.push(event);
  }
  return events;
}

const versionOf = (e: Merged): number => Number.parseFloat(e.version ?? '') || 0;
const sameItem = (a: Merged, b: Merged): boolean => a.target.list === b.target.list && a.target.id === b.target.id;

/**
 * SharePoint keeps whole seconds, so the steps of one second need an order the timestamps cannot
 * give. Decisions follow the approval log's item ids (the order they were made). A stage change
 * (an editor's move, from version history) goes right before the first decision on the same item
 * that approved its version or a later one; when that decision came in a later second, the stage
 * change is the last step of its own second (it was made after the decisions logged before it).
 */
function sameSecond(events: Merged[]): Merged[] {
  const out = events.filter((e) => e.kind === 'decision').sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const changes = events.filter((e) => e.kind === 'stageChange').sort((a, b) => versionOf(a) - versionOf(b));
  for (const change of changes) {
    const next = out.findIndex((e) => e.kind === 'decision' && sameItem(e, change) && versionOf(e) >= versionOf(change));
    if (next >= 0) {
      out.splice(next, 0, change);
      continue;
    }
    out.push(change);
  }
  return out;
}

export async function buildHistory(input: HistoryInput): Promise<HistoryEvent[]> {
  const own = await itemEvents(input, input.target);
  let all = own;
  if (input.target.list === 'Agreements') {
    const goals = await input.repo.goalsOf(input.target.id);
    const goalEvents = (await Promise.all(goals.map((g) => itemEvents(input, { list: 'Goals', id: g.id }, g.title)))).flat();
    // A goal's log entry written by one of the agreement's decisions (the goals go along) is that
    // decision, not a step of its own (clientId.ts: the entries' ClientIds come from the first's).
    const decisions = own.filter((e) => e.kind === 'decision' && e.group !== undefined).map((e) => e.group as string);
    const partOfAgreementDecision = (e: Merged): boolean =>
      e.group !== undefined && decisions.some((d) => isEntryOfDecision(d, e.group as string, goals.length + 1));
    // A goal's stage change within a minute of the agreement's own, to the same stage, is the
    // agreement's move (the goals go along in the same decision).
    const agreementMoves = own.filter((e) => e.kind === 'stageChange');
    const alone = goalEvents.filter((e) =>
      e.kind === 'decision'
        ? !partOfAgreementDecision(e)
        : !agreementMoves.some((a) => a.toStageLabel === e.toStageLabel && Math.abs(Date.parse(a.at) - Date.parse(e.at)) < 60_000)
    );
    all = [...own, ...alone];
  }
  const bySecond = new Map<string, Merged[]>();
  for (const event of all) {
    const second = event.at.slice(0, 19);
    bySecond.set(second, [...(bySecond.get(second) ?? []), event]);
  }
  return [...bySecond.keys()]
    .sort()
    .flatMap((second) => sameSecond(bySecond.get(second) ?? []))
    .map(({ group: _group, seq: _seq, ...event }) => event);
}
