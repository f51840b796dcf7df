// The approval log is append-only: entries are added (idempotently, by ClientId) and read, never
// updated or deleted. The actor is the signed-in user, resolved once per repository.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { listByUrl } from './listByUrl';
import type { ApprovalLogEntry, ApprovalTargetList, NewApprovalLogEntry } from '../../domain';
import { chronological } from '../../domain/authority';
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
    return chronological(entries);
  }

  /** Entries about many items of one list, oldest first, in one read per 40 ids (TargetId is
   * indexed; an OR of equalities on it stays within the list view threshold). */
  public async forTargets(list: ApprovalTargetList, targetIds: readonly number[]): Promise<Array<Versioned<ApprovalLogEntry>>> {
    const ids = Array.from(new Set(targetIds));
    const chunks: number[][] = [];
    for (let i = 0; i < ids.length; i += 40) chunks.push(ids.slice(i, i + 40));
    const pages = await Promise.all(
      chunks.map((chunk) => this.store.query({ filter: and(anyOf(LOG.targetId, chunk), eq(LOG.targetList, list)), indexedField: LOG.targetId }))
    );
    return chronological(pages.flat());
  }

  public async append(entry: NewApprovalLogEntry, at: Date = new Date()): Promise<Versioned<ApprovalLogEntry>> {
    const actorId = await this.actorId();
    return this.store.create({ ...entry, actorId, at: at.toISOString() });
  }

  /**
   * Entries of one decision by `actorId`, made together at `at`, in one $batch. A part that
   * failed is written again on its own; the ClientId makes that idempotent when the first attempt
   * did land after all.
   */
  public async appendAll(entries: readonly NewApprovalLogEntry[], actorId: number, at: Date): Promise<void> {
    const fields = entries.map((e) => approvalLogMapping.toFields({ ...e, actorId, at: at.toISOString() }));
    const [batched, execute] = this.sp.batched();
    const adds = fields.map((f) =>
      listByUrl(batched, approvalLogMapping.list)
        .items.add(f)
        .then(
          () => true,
          () => false
        )
    );
    let landed: boolean[];
    try {
      await execute();
      landed = await Promise.all(adds);
    } catch {
      landed = entries.map(() => false);
    }
    for (let i = 0; i < entries.length; i++) {
      if (!landed[i]) await this.store.create({ ...entries[i], actorId, at: at.toISOString() });
    }
  }

  private actorId(): Promise<number> {
    if (this.currentUserId === undefined) {
      const pending = this.sp.web.currentUser
        .select('Id')<{ Id: number }>()
        .then((u) => u.Id);
      // A failed lookup is not cached: the next append asks again.
      pending.catch(() => {
        this.currentUserId = undefined;
      });
      this.currentUserId = pending;
    }
    return this.currentUserId;
  }
}
