// The approval log is append-only: entries are added (idempotently, by ClientId) and read, never
// updated or deleted. The actor is the signed-in user, resolved once per repository.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import type { ApprovalLogEntry, ApprovalTargetList, NewApprovalLogEntry } from '../../domain';
import { and, anyOf, eq } from '../odata';
import { ListStore, QuerySpec, Versioned } from './listStore';
import { approvalLogMapping, LOG } from './mappers/approvalLogMapper';

export class ApprovalLogRepository {
  public readonly store: ListStore<ApprovalLogEntry, NewApprovalLogEntry & { actorId?: number; at?: string }>;
  private currentUserId: Promise<number> | undefined;

  public constructor(private readonly sp: SPFI) {
    // One entry added by hand without its actor or decision must not take down every history,
    // verification and Mine opgaver that reads the log: it is left out. Leaving it out can only
    // make an item less verified, never more (authority rests on readable, valid entries).
    this.store = new ListStore(sp, approvalLogMapping, { skipUnreadable: true });
  }

  public static forTarget(list: ApprovalTargetList, targetId: number): QuerySpec {
    return { filter: and(eq(LOG.targetId, targetId), eq(LOG.targetList, list)), indexedField: LOG.targetId };
  }

  /** Entries about one agreement or goal, oldest first. */
  public async forTarget(list: ApprovalTargetList, targetId: number): Promise<Array<Versioned<ApprovalLogEntry>>> {
    const entries = await this.store.query(ApprovalLogRepository.forTarget(list, targetId));
    return entries.sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  }

  /** Entries about many items of one list, oldest first, in one read per 40 ids (TargetId is
   * indexed; an OR of equalities on it stays within the list view threshold). */
  public async forTargets(list: ApprovalTargetList, targetIds: readonly number[]): Promise<Array<Versioned<ApprovalLogEntry>>> {
    const ids = Array.from(new Set(targetIds));
    const chunks: number[][] = [];
    for (let i = 0; i < ids.length; i += 40) chunks.push(ids.slice(i, i + 40));
    const pages = await Promise.all(chunks.map((chunk) => this.store.query({ filter: and(anyOf(LOG.targetId, chunk), eq(LOG.targetList, list)), indexedField: LOG.targetId })));
    return pages.flat().sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  }

  public async append(entry: NewApprovalLogEntry, at: Date = new Date()): Promise<Versioned<ApprovalLogEntry>> {
    const actorId = await this.actorId();
    return this.store.create({ ...entry, actorId, at: at.toISOString() });
  }

  private actorId(): Promise<number> {
    if (this.currentUserId === undefined) {
      const pending = this.sp.web.currentUser.select('Id')<{ Id: number }>().then((u) => u.Id);
      // A failed lookup is not cached: the next append asks again.
      pending.catch(() => { this.currentUserId = undefined; });
      this.currentUserId = pending;
    }
    return this.currentUserId;
  }
}
