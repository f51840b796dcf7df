import { describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES, type ApprovalLogEntry, type GroupMembership } from '../../../src/domain';
import { approvedSpans, givenWhileApproved, latestVerifiedByGoal, mayDeleteCheckIn } from '../../../src/domain/checkInAuthority';

// A check-in counts when SharePoint stored it while the approval log shows its agreement approved.
const APPROVER = 4;
const EDITOR = 2;
const membership: GroupMembership = { editors: [EDITOR], approvers: [APPROVER] };
const c = SKANDERBORG_STAGES;

let nextId = 1;
function entry(
  actorId: number,
  fromStage: string,
  toStage: string,
  decision: ApprovalLogEntry['decision'],
  created: string,
  extra: Partial<ApprovalLogEntry> = {}
): ApprovalLogEntry {
  const person = { id: actorId, title: 'x', email: 'x@kommune.local' };
  return {
    id: nextId++,
    targetList: 'Agreements',
    targetId: 7,
    fromStage,
    toStage,
    decision,
    approvedVersion: '5.0',
    actor: person,
    at: created,
    author: person,
    created,
    ...extra
  };
}

const approved = entry(APPROVER, 'boardApproval', 'approved', 'approved', '2023-02-01T10:00:00Z');
const returned = entry(APPROVER, 'boardApproval', 'draft', 'returned', '2023-03-01T10:00:00Z');
const reapproved = entry(APPROVER, 'boardApproval', 'approved', 'approved', '2023-04-01T10:00:00Z');
const closed = entry(APPROVER, 'followUp', 'closed', 'completed', '2024-01-15T10:00:00Z');

describe('approvedSpans', () => {
  it('opens at an approval, closes at a return, opens again, and closes at the end of the follow-up', () => {
    expect(approvedSpans(c, [closed, reapproved, returned, approved], membership)).toEqual([
      { from: '2023-02-01T10:00:00Z', to: '2023-03-01T10:00:00Z' },
      { from: '2023-04-01T10:00:00Z', to: '2024-01-15T10:00:00Z' }
    ]);
  });

  it('has none without a valid approval: by an editor, forged (actor is not the author), or amended', () => {
    const byEditor = entry(EDITOR, 'boardApproval', 'approved', 'approved', '2023-02-01T10:00:00Z');
    const forged = entry(EDITOR, 'boardApproval', 'approved', 'approved', '2023-02-01T10:00:00Z', { actor: { id: APPROVER, email: 'a@kommune.local' } });
    const amended = { ...approved, id: 99, amended: true };
    expect(approvedSpans(c, [byEditor, forged, amended], membership)).toEqual([]);
  });
});

describe('givenWhileApproved', () => {
  const spans = approvedSpans(c, [approved, returned, reapproved], membership);
  it("counts a check-in stored inside a span, by SharePoint's Created", () => {
    expect(givenWhileApproved('2023-02-15T08:00:00Z', spans)).toBe(true);
    expect(givenWhileApproved('2023-06-01T08:00:00Z', spans)).toBe(true);
  });
  it('does not count one stored before the approval or while the agreement was back in draft', () => {
    expect(givenWhileApproved('2023-01-31T08:00:00Z', spans)).toBe(false);
    expect(givenWhileApproved('2023-03-15T08:00:00Z', spans)).toBe(false);
    expect(givenWhileApproved('2023-03-15T08:00:00Z', [])).toBe(false);
  });
});

describe('mayDeleteCheckIn', () => {
  const checkIn = { author: { id: 7 }, createdAt: '2023-05-01T08:00:00Z' };
  const at = (iso: string): Date => new Date(iso);
  it('lets the author take a check-in back within a day, not after', () => {
    expect(mayDeleteCheckIn(checkIn, { id: 7, isSiteOwner: false }, at('2023-05-02T07:59:00Z'))).toBe(true);
    expect(mayDeleteCheckIn(checkIn, { id: 7, isSiteOwner: false }, at('2023-05-02T08:00:00Z'))).toBe(false);
  });
  it('refuses anyone else, and a check-in without a known author', () => {
    expect(mayDeleteCheckIn(checkIn, { id: 8, isSiteOwner: false }, at('2023-05-01T09:00:00Z'))).toBe(false);
    expect(mayDeleteCheckIn({ createdAt: checkIn.createdAt }, { id: 7, isSiteOwner: false }, at('2023-05-01T09:00:00Z'))).toBe(false);
  });
  it('lets a site owner delete at any time', () => {
    expect(mayDeleteCheckIn(checkIn, { id: 1, isSiteOwner: true }, at('2024-05-01T08:00:00Z'))).toBe(true);
  });
});

describe('latestVerifiedByGoal', () => {
  const spans = approvedSpans(c, [approved, returned, reapproved], membership);
  const checkIn = (id: number, goalId: number, createdAt: string) => ({ id, goalId, createdAt });

  it('keeps the latest check-in the log backs and counts the newer ones it does not', () => {
    // Goal 1: verified in February, then one while returned (March) — the February one stays its status.
    // Goal 2: only one while returned — no status. Goal 3: latest verified in April.
    const all = [
      checkIn(1, 1, '2023-02-10T08:00:00Z'),
      checkIn(2, 1, '2023-03-10T08:00:00Z'),
      checkIn(3, 2, '2023-03-11T08:00:00Z'),
      checkIn(4, 3, '2023-02-11T08:00:00Z'),
      checkIn(5, 3, '2023-04-11T08:00:00Z')
    ];
    const got = latestVerifiedByGoal(all, () => spans);
    expect(got.get(1)).toEqual({ latest: all[0], newerUnverified: 1 });
    expect(got.get(2)).toEqual({ newerUnverified: 1 });
    expect(got.get(3)).toEqual({ latest: all[4], newerUnverified: 0 });
  });

  it('counts nothing of a goal whose agreement has no spans (not read, or never approved)', () => {
    const got = latestVerifiedByGoal([checkIn(1, 1, '2023-02-10T08:00:00Z')], (goalId) => (goalId === 1 ? undefined : spans));
    expect(got.get(1)).toEqual({ newerUnverified: 1 });
  });
});
