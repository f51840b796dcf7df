// An item's history: the ApprovalLog's decisions (authoritative, each checked against the actor's
// group) merged with the Stage changes of its version history that no decision accounts for (the
// editors' submissions and resubmissions). For an agreement, its goals' own steps are included
// (a goal returned or resubmitted alone), named by the goal; steps the goals took together with
// the agreement are not repeated.
import type { ApprovalLogEntry, GroupMembership, PersonRef, StageConfiguration } from '../../domain';
import { authorizedTransition, chronological } from '../../domain/authority';
import { stageByLabel, stageLabel } from '../../domain/stageMachine';
import type { ApprovalStateRepository } from '../../data/repositories/approvalStateRepository';
import type { ApprovalTarget, HistoryEvent } from './approvalTypes';

export interface HistoryInput {
  repo: ApprovalStateRepository;
  config: StageConfiguration;
  membership: GroupMembership;
  people: Map<number, PersonRef>;
  target: ApprovalTarget;
  entriesOf: (t: ApprovalTarget) => Promise<ApprovalLogEntry[]>;
}

/** The entries one decision wrote (the agreement's and its goals') share the actor and the At
 * written in the same $batch; each has its own GUID ClientId, so the group is recomputed from these. */
function decisionGroup(e: ApprovalLogEntry): string | undefined {
  return e.actor?.id === undefined ? undefined : `${e.actor.id}|${e.at}|${e.toStage}`;
}

/** Events of one item, with `subject` (the goal's title) when told inside an agreement. */
/** Internal to the merge: the decision's log entry id (`seq`) and its decision group. */
type Merged = HistoryEvent & { group?: string; seq?: number };

async function itemEvents(input: HistoryInput, target: ApprovalTarget, subject?: string): Promise<Merged[]> {
  const { repo, config, membership, people } = input;
  const [entries, versions] = await Promise.all([input.entriesOf(target), repo.versions(target.list, target.id)]);
  const name = async (p: PersonRef | undefined): Promise<string> => {
    if (p === undefined) return '';
    if (p.title) return p.title;
    const known = p.id !== undefined ? people.get(p.id) ?? (await repo.user(p.id).catch(() => undefined)) : undefined;
    return known?.title ?? p.email;
  };
  const events: Merged[] = [];
  for (const e of chronological(entries)) {
    const event: Merged = {
      kind: 'decision', target, at: e.at, actor: await name(e.actor), fromStageLabel: stageLabel(config, e.fromStage), toStageLabel: stageLabel(config, e.toStage),
      decision: e.decision, valid: authorizedTransition(config, e, membership) !== undefined, group: decisionGroup(e), seq: e.id
    };
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
      kind: 'stageChange', target, at: oldestFirst[i].modified, actor: await name(oldestFirst[i].editor),
      fromStageLabel: stageByLabel(config, before)?.label ?? before, toStageLabel: stageByLabel(config, after)?.label ?? after,
      version: oldestFirst[i].label, valid: true
    };
    if (subject !== undefined) event.subject = subject;
    events.push(event);
  }
  return events;
}

export async function buildHistory(input: HistoryInput): Promise<HistoryEvent[]> {
  const own = await itemEvents(input, input.target);
  let all = own;
  if (input.target.list === 'Agreements') {
    const goals = await input.repo.goalsOf(input.target.id);
    const goalEvents = (await Promise.all(goals.map((g) => itemEvents(input, { list: 'Goals', id: g.id }, g.title)))).flat();
    const together = new Set(own.map((e) => e.group).filter((g): g is string => g !== undefined));
    // A goal's stage change within a minute of the agreement's own, to the same stage, is the
    // agreement's move (the goals go along in the same decision).
    const agreementMoves = own.filter((e) => e.kind === 'stageChange');
    const alone = goalEvents.filter((e) => (e.kind === 'decision'
      ? e.group === undefined || !together.has(e.group)
      : !agreementMoves.some((a) => a.toStageLabel === e.toStageLabel && Math.abs(Date.parse(a.at) - Date.parse(e.at)) < 60_000)));
    all = [...own, ...alone];
  }
  // SharePoint keeps whole seconds, so decisions on the agreement and on a goal in the same second
  // tie on `at`; the approval log's item ids are in the order the decisions were made.
  const order = (a: Merged, b: Merged): number =>
    a.kind === b.kind ? (a.seq ?? 0) - (b.seq ?? 0) : a.kind === 'stageChange' ? -1 : 1;
  return all
    .sort((a, b) => a.at.localeCompare(b.at) || order(a, b))
    .map(({ group: _group, seq: _seq, ...event }) => event);
}
