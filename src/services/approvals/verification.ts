// Verification of many items at once (a department view: one agreement and its goals; the Overblik:
// every agreement of a year, and its goals for the chart and the exports) in a bounded number of
// reads: the states per list (one query per 40 ids), the log entries per list
// (one query per 40 ids) and, only for items in a stage past an approval (follow-up, closed), their
// the Departments list and every asked item's versions in $batches: a stage past an approval
// is bound to the approved version (issue #15.2), and a content change by someone outside the
// department shows (foreignEdit.ts, issue #15.3).
import type { SPFI } from '@pnp/sp';
import type { ApprovalLogEntry, AuthorityStatus, GroupMembership, PersonRef, StageConfiguration } from '../../domain';
import { evaluateAuthority } from '../../domain/authority';
import { substituteCheck, type Substitution } from '../../domain/substitution';
import { foreignContentEdit, outsidersOf } from '../../domain/foreignEdit';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import type { ApprovalLogRepository } from '../../data/repositories/approvalLogRepository';
import type { ApprovalStateRepository, ItemState, VersionRow } from '../../data/repositories/approvalStateRepository';
import { inOneBatch, type Reads } from '../../data/repositories/batch';
import type { Page } from '../../data/repositories/paging';

const VERSIONS_PER_BATCH = 100;
import { targetKey, type ApprovalTarget } from './approvalTypes';
import { diffFields, yearEndKeys } from './diffs';

export interface VerificationContext {
  sp: SPFI;
  config: StageConfiguration;
  repo: ApprovalStateRepository;
  logRepo: ApprovalLogRepository;
  membership: GroupMembership;
  /** Members' substitutions (a substitute's decision counts on one). */
  substitutions?: readonly Substitution[];
  /** Names from the directory (membership), for the words of the stage. */
  people?: ReadonlyMap<number, PersonRef>;
}

export interface Inspected {
  status: AuthorityStatus;
  state: ItemState;
  /** The log entries about the item, oldest first. */
  entries: ApprovalLogEntry[];
}

export async function verifyTargets(ctx: VerificationContext, targets: readonly ApprovalTarget[]): Promise<Record<string, AuthorityStatus>> {
  const inspected = await inspectTargets(ctx, targets);
  return Object.fromEntries(Object.entries(inspected).map(([k, v]) => [k, v.status]));
}

/** The status of each item with what it was judged on (for the words of the stage, stageFacts.ts). */
export async function inspectTargets(ctx: VerificationContext, targets: readonly ApprovalTarget[]): Promise<Record<string, Inspected>> {
  const { repo, logRepo } = ctx;
  const agreementIds = targets.filter((t) => t.list === 'Agreements').map((t) => t.id);
  const goalIds = new Set(targets.filter((t) => t.list === 'Goals').map((t) => t.id));
  // By id, 40 to a query (the Id column is indexed): a department view's goals are one query, a
  // year's (the Overblik's chart, the exports) one per 40 goals.
  const [agreementStates, goalStates, agreementEntries, goalEntries] = await Promise.all([
    agreementIds.length > 0 ? repo.states('Agreements', agreementIds) : Promise.resolve([]),
    goalIds.size > 0 ? repo.states('Goals', [...goalIds]) : Promise.resolve([]),
    agreementIds.length > 0 ? logRepo.forTargets('Agreements', agreementIds) : Promise.resolve([]),
    goalIds.size > 0 ? logRepo.forTargets('Goals', [...goalIds]) : Promise.resolve([])
  ]);
  const states = new Map<string, ItemState>();
  for (const s of [...agreementStates, ...goalStates]) states.set(targetKey(s), s);
  // An id the query did not return (deleted meanwhile) is read alone: its notFound is the answer.
  const stray = targets.filter((t) => !states.has(targetKey(t)));
  for (const s of await Promise.all(stray.map((t) => repo.state(t.list, t.id)))) states.set(targetKey(s), s);
  const entries = [...agreementEntries, ...goalEntries];
  const stateOf = (t: ApprovalTarget): ItemState => states.get(targetKey(t)) as ItemState;
  // The versions of 100 items per inOneBatch (PnPjs sends a $batch as POSTs of 20 reads each; a
  // throttled part retries only its 100), the Departments list (leaders and editors) in the first.
  const departments = new DepartmentRepository(ctx.sp);
  const versions: Record<string, VersionRow[]> = {};
  let departmentPage: Page | undefined;
  for (let i = 0; i < Math.max(1, targets.length); i += VERSIONS_PER_BATCH) {
    const part = targets.slice(i, i + VERSIONS_PER_BATCH);
    const read = await inOneBatch(
      ctx.sp,
      (batched) =>
        ({
          ...(i === 0 ? { departments: departments.readPage(DepartmentRepository.all(), batched) } : {}),
          ...Object.fromEntries(part.map((t) => [targetKey(t), repo.versions(t.list, t.id, batched)]))
        }) as Reads<Record<string, unknown>>
    );
    for (const t of part) versions[targetKey(t)] = read[targetKey(t)] as VersionRow[];
    if (i === 0) departmentPage = read.departments as typeof departmentPage;
  }
  const departmentList = departmentPage === undefined ? [] : await departments.finishRead(departmentPage);
  const peopleOf = new Map(departmentList.map((d) => [d.id, [d.leader?.id, ...d.editors.map((e) => e.id)].filter((id): id is number => id !== undefined)]));
  return Object.fromEntries(
    targets.map((t): [string, Inspected] => {
      const state = stateOf(t);
      const own = entries.filter((e) => e.targetList === t.list && e.targetId === t.id);
      const rows = versions[targetKey(t)] ?? [];
      // An item outside its department's folder is not the department's own: never verified.
      if (state.misfiled !== undefined) return [targetKey(t), { status: 'unverified', state, entries: own }];
      const contentFields = diffFields(t.list);
      const outsiders = outsidersOf(ctx.membership, peopleOf.get(state.departmentId) ?? []);
      if (
        foreignContentEdit(
          rows.map((r) => ({ label: r.label, editorId: r.editor?.id, values: r.values })),
          contentFields,
          outsiders
        ) !== undefined
      )
        return [targetKey(t), { status: 'foreignEdit', state, entries: own }];
      // Every stage gets the versions: past an approval they are bound to it, and in a decided stage
      // a later version whose content means the same (the choice migration, ADR 0010) is no edit.
      const binding = { versions: rows, contentFields, yearEndKeys: yearEndKeys(t.list) };
      return [
        targetKey(t),
        {
          status: evaluateAuthority({
            config: ctx.config,
            stage: state.stage,
            version: state.version,
            entries: own,
            membership: ctx.membership,
            substitute: substituteCheck(ctx.substitutions ?? [], ctx.membership),
            binding
          }),
          state,
          entries: own
        }
      ];
    })
  );
}
