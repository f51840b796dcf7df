// Verification of many items at once (a department view: one agreement and its goals; the Overblik:
// every agreement of a year) in a bounded number of reads: the agreements' states (one query per 40)
// and their goals' (one query per agreement, when goals are asked about), the log entries per list
// (one query per 40 ids) and, only for items in a stage past an approval (follow-up, closed), their
// versions in one $batch, to bind the stage to the approved version (issue #15.2).
import type { SPFI } from '@pnp/sp';
import type { AuthorityStatus, GroupMembership, StageConfiguration } from '../../domain';
import { evaluateAuthority } from '../../domain/authority';
import { findStage } from '../../domain/stageMachine';
import type { ApprovalLogRepository } from '../../data/repositories/approvalLogRepository';
import type { ApprovalStateRepository, ItemState, VersionRow } from '../../data/repositories/approvalStateRepository';
import { inOneBatch } from '../../data/repositories/batch';
import { targetKey, type ApprovalTarget } from './approvalTypes';
import { diffFields, yearEndKeys } from './diffs';

export interface VerificationContext {
  sp: SPFI;
  config: StageConfiguration;
  repo: ApprovalStateRepository;
  logRepo: ApprovalLogRepository;
  membership: GroupMembership;
}

/** Follow-up and closed stages stand on the approved version (evaluateAuthority's binding). */
export function boundToApproval(config: StageConfiguration, stage: string): boolean {
  const kind = findStage(config, stage)?.kind;
  return kind === 'followUp' || kind === 'closed';
}

export async function verifyTargets(ctx: VerificationContext, targets: readonly ApprovalTarget[]): Promise<Record<string, AuthorityStatus>> {
  const { repo, logRepo } = ctx;
  const agreementIds = targets.filter((t) => t.list === 'Agreements').map((t) => t.id);
  const goalIds = new Set(targets.filter((t) => t.list === 'Goals').map((t) => t.id));
  // The goals of the asked agreements come with one query per agreement only when goals are
  // asked about (a department view); the Overblik asks about agreements alone.
  const [agreementStates, goalsOfAgreements, agreementEntries, goalEntries] = await Promise.all([
    agreementIds.length > 0 ? repo.states('Agreements', agreementIds) : Promise.resolve([]),
    goalIds.size > 0 ? Promise.all(agreementIds.map((id) => repo.goalsOf(id))) : Promise.resolve([]),
    agreementIds.length > 0 ? logRepo.forTargets('Agreements', agreementIds) : Promise.resolve([]),
    goalIds.size > 0 ? logRepo.forTargets('Goals', [...goalIds]) : Promise.resolve([])
  ]);
  const states = new Map<string, ItemState>();
  for (const s of [...agreementStates, ...goalsOfAgreements.flat()]) states.set(targetKey(s), s);
  // Goals outside the asked agreements (a shared goal of another department) are read one by one.
  const stray = targets.filter((t) => !states.has(targetKey(t)));
  for (const s of await Promise.all(stray.map((t) => repo.state(t.list, t.id)))) states.set(targetKey(s), s);
  const entries = [...agreementEntries, ...goalEntries];
  const stateOf = (t: ApprovalTarget): ItemState => states.get(targetKey(t)) as ItemState;
  const bound = targets.filter((t) => boundToApproval(ctx.config, stateOf(t).stage));
  const versions: Record<string, VersionRow[]> = bound.length === 0 ? {}
    : await inOneBatch(ctx.sp, (batched) => Object.fromEntries(bound.map((t) => [targetKey(t), repo.versions(t.list, t.id, batched)])));
  return Object.fromEntries(targets.map((t): [string, AuthorityStatus] => {
    const state = stateOf(t);
    const own = entries.filter((e) => e.targetList === t.list && e.targetId === t.id);
    const rows = versions[targetKey(t)] as VersionRow[] | undefined;
    const binding = rows === undefined ? undefined : { versions: rows, contentFields: diffFields(t.list), yearEndKeys: yearEndKeys(t.list) };
    // An item outside its department's folder is not the department's own: never verified.
    if (state.misfiled !== undefined) return [targetKey(t), 'unverified'];
    return [targetKey(t), evaluateAuthority({ config: ctx.config, stage: state.stage, version: state.version, entries: own, membership: ctx.membership, binding })];
  }));
}
