// "Sendt retur": what a returned item shows until it is sent again (issue #17.1). The return is
// the item's latest valid log entry when that is a return (lastValidReturn: a forged or amended
// entry, or one by someone outside the group, is no return), and the item is back in the initial
// stage. Who and when are the entry's Author and Created (SharePoint's), never the client's Actor/At.
import type { ApprovalLogEntry, GroupMembership, PersonRef, StageConfiguration } from '../../domain';
import { lastValidReturn } from '../../domain/authority';
import { substituteCheck, type Substitution } from '../../domain/substitution';
import { stageLabel } from '../../domain/stageMachine';
import type { ApprovalLogRepository } from '../../data/repositories/approvalLogRepository';
import type { ApprovalStateRepository, ItemState } from '../../data/repositories/approvalStateRepository';
import { targetKey, type ApprovalTarget, type MoveNote, type ReturnNote } from './approvalTypes';

/** A person's name: the directory's (membership) before the entry's own, the e-mail last. */
export function nameOf(p: PersonRef | undefined, people: ReadonlyMap<number, PersonRef>): string {
  if (p === undefined) return '';
  const known = p.id !== undefined ? people.get(p.id) : undefined;
  return known?.title ?? p.title ?? p.email;
}

export function returnNote(
  config: StageConfiguration,
  state: ItemState,
  entries: readonly ApprovalLogEntry[],
  membership: GroupMembership,
  people: ReadonlyMap<number, PersonRef>,
  substitutions: readonly Substitution[] = []
): ReturnNote | undefined {
  if (state.stage !== config.initialStage) return undefined;
  const entry = lastValidReturn(config, entries, membership, substituteCheck(substitutions, membership));
  if (entry === undefined || entry.toStage !== state.stage) return undefined;
  return {
    target: { list: state.list, id: state.id },
    title: state.title,
    by: nameOf(entry.author, people),
    at: entry.created,
    fromStage: entry.fromStage,
    fromStageLabel: stageLabel(config, entry.fromStage),
    comment: entry.comment ?? ''
  };
}

/** The comment that came with the move into the current stage (StageComment, by the version's
 * Editor), for the next decider's task card. */
export function moveNote(state: ItemState, people: ReadonlyMap<number, PersonRef>): MoveNote | undefined {
  if (state.stageComment === undefined) return undefined;
  return { by: nameOf(state.editor, people), at: state.modified, comment: state.stageComment };
}

export interface ReturnsContext {
  config: StageConfiguration;
  repo: ApprovalStateRepository;
  logRepo: ApprovalLogRepository;
  membership: GroupMembership;
  people: ReadonlyMap<number, PersonRef>;
  substitutions?: readonly Substitution[];
}

/** The returns among `targets`, keyed by targetKey: one read of the states and one of the log
 * per list (40 ids a read). Items not in the initial stage need no log read. */
export async function returnsOf(ctx: ReturnsContext, targets: readonly ApprovalTarget[]): Promise<Record<string, ReturnNote>> {
  const out: Record<string, ReturnNote> = {};
  for (const list of ['Agreements', 'Goals'] as const) {
    const ids = targets.filter((t) => t.list === list).map((t) => t.id);
    if (ids.length === 0) continue;
    const drafts = (await ctx.repo.states(list, ids)).filter((s) => s.stage === ctx.config.initialStage);
    if (drafts.length === 0) continue;
    const entries = await ctx.logRepo.forTargets(
      list,
      drafts.map((d) => d.id)
    );
    for (const state of drafts) {
      const note = returnNote(
        ctx.config,
        state,
        entries.filter((e) => e.targetId === state.id),
        ctx.membership,
        ctx.people,
        ctx.substitutions
      );
      if (note !== undefined) out[targetKey(state)] = note;
    }
  }
  return out;
}
