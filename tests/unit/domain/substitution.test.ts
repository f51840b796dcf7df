// The substitute rule (issue #17.3, decision 0009): a substitute's log entry counts only on a
// member's substitution that SharePoint attributes to the member (Author), made before the
// decision, governing then, and running on the decision's Danish day.
import { describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES, evaluateAuthority, type ApprovalLogEntry, type GroupMembership } from '../../../src/domain';
import { authorizedTransition as withCheck } from '../../../src/domain/authority';
import {
  activeSubstitutions,
  currentOf,
  danishDay,
  principalOf,
  substituteCheck,
  substitutionAt,
  substitutionProblems,
  type Substitution
} from '../../../src/domain/substitution';

const LEADER = 3;
const APPROVER = 4;
const SECRETARY = 5;
const OTHER_LEADER = 6;
const membership: GroupMembership = { editors: [LEADER], leaders: [LEADER, OTHER_LEADER], approvers: [APPROVER], secretariat: [SECRETARY] };
const c = SKANDERBORG_STAGES;
const person = (id: number): { id: number; title: string; email: string } => ({ id, title: `P${id}`, email: `p${id}@kommune.local` });

let nextId = 1;
function sub(author: number, substitute: number, from: string, to: string, created: string, extra: Partial<Substitution> = {}): Substitution {
  return { id: nextId++, author: person(author), substitute: person(substitute), group: 'leaders', from, to, created, ...extra };
}
/** The leader group's decision on the item, added by SECRETARY at `created`. */
function decision(created: string, author = SECRETARY): ApprovalLogEntry {
  return {
    id: nextId++,
    targetList: 'Agreements',
    targetId: 1,
    fromStage: 'leaderGroup',
    toStage: 'lmuHearing',
    decision: 'approved',
    approvedVersion: '3.0',
    actor: person(author),
    at: created,
    author: person(author),
    created
  };
}
const AT = '2026-12-07T10:00:00Z';
/** authorizedTransition with the substitutions' rule, as the services hand it in. */
const authorizedTransition = (config: typeof c, e: ApprovalLogEntry, m: GroupMembership, s: Substitution[]) => withCheck(config, e, m, substituteCheck(s, m));

describe("a substitute's decision", () => {
  it("counts on a member's substitution made before it and running on its day, and names the member", () => {
    const s = [sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z')];
    expect(authorizedTransition(c, decision(AT), membership, s)).toBeDefined();
    expect(principalOf(c, decision(AT), membership, s)?.id).toBe(LEADER);
    expect(
      evaluateAuthority({ config: c, stage: 'lmuHearing', version: '3.0', entries: [decision(AT)], membership, substitute: substituteCheck(s, membership) })
    ).toBe('verified');
  });

  it('does not count without a substitution', () => {
    expect(authorizedTransition(c, decision(AT), membership, [])).toBeUndefined();
    expect(
      evaluateAuthority({ config: c, stage: 'lmuHearing', version: '3.0', entries: [decision(AT)], membership, substitute: substituteCheck([], membership) })
    ).toBe('unverified');
  });

  it('does not count on a substitution by someone outside the group (an approver naming a substitute for the leader group)', () => {
    expect(authorizedTransition(c, decision(AT), membership, [sub(APPROVER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z')])).toBeUndefined();
  });

  it('does not count outside the period: expired, or not yet begun', () => {
    expect(authorizedTransition(c, decision(AT), membership, [sub(LEADER, SECRETARY, '2026-11-01', '2026-12-06', '2026-10-30T08:00:00Z')])).toBeUndefined();
    expect(authorizedTransition(c, decision(AT), membership, [sub(LEADER, SECRETARY, '2026-12-08', '2026-12-20', '2026-11-30T08:00:00Z')])).toBeUndefined();
  });

  it("takes the period's days in Danish time: 23.30 UTC on 6 December is 7 December", () => {
    expect(danishDay('2026-12-06T23:30:00Z')).toBe('2026-12-07');
    const s = [sub(LEADER, SECRETARY, '2026-12-07', '2026-12-07', '2026-12-01T08:00:00Z')];
    expect(authorizedTransition(c, decision('2026-12-06T23:30:00Z'), membership, s)).toBeDefined();
    expect(authorizedTransition(c, decision('2026-12-06T22:30:00Z'), membership, s)).toBeUndefined();
  });

  it('does not count on a substitution created after the decision, even one dated back over it', () => {
    expect(authorizedTransition(c, decision(AT), membership, [sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-12-07T10:00:01Z')])).toBeUndefined();
    expect(authorizedTransition(c, decision(AT), membership, [sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', AT)])).toBeUndefined();
  });

  it('does not count on an edited (amended) substitution', () => {
    expect(
      authorizedTransition(c, decision(AT), membership, [sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z', { amended: true })])
    ).toBeUndefined();
  });

  it('an end record stops later decisions and leaves earlier ones standing', () => {
    const started = sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z');
    const ended = sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-12-07T12:00:00Z', { ended: true });
    expect(authorizedTransition(c, decision(AT), membership, [started, ended])).toBeDefined();
    expect(authorizedTransition(c, decision('2026-12-07T13:00:00Z'), membership, [started, ended])).toBeUndefined();
  });

  it("a record of the decision's own second (SharePoint keeps whole seconds): an end ends it, a start backs nothing", () => {
    const started = sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z');
    expect(
      authorizedTransition(c, decision(AT), membership, [started, sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', AT, { ended: true })])
    ).toBeUndefined();
    expect(authorizedTransition(c, decision(AT), membership, [sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', AT)])).toBeUndefined();
  });

  it('a later record cannot widen an earlier decision: the record governing then decides', () => {
    const narrow = sub(LEADER, SECRETARY, '2026-12-01', '2026-12-03', '2026-11-30T08:00:00Z');
    const wide = sub(LEADER, SECRETARY, '2026-12-01', '2026-12-31', '2026-12-08T08:00:00Z');
    expect(authorizedTransition(c, decision(AT), membership, [narrow, wide])).toBeUndefined();
    expect(authorizedTransition(c, decision('2026-12-09T08:00:00Z'), membership, [narrow, wide])).toBeDefined();
  });

  it('counts only for the group it names: a leader-group substitution gives no board decision', () => {
    const s = [sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z')];
    const board: ApprovalLogEntry = { ...decision(AT), fromStage: 'boardApproval', toStage: 'approved' };
    expect(authorizedTransition(c, board, membership, s)).toBeUndefined();
  });

  it('a forged Actor still makes the entry count for nothing', () => {
    const s = [sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z')];
    expect(authorizedTransition(c, { ...decision(AT), actor: person(LEADER) }, membership, s)).toBeUndefined();
  });

  it("a member's own decision names nobody it was made for", () => {
    expect(principalOf(c, decision(AT, LEADER), membership, [])).toBeUndefined();
  });
});

describe("the substitute's queue and the principal's list", () => {
  const now = new Date('2026-12-07T10:00:00Z');
  it('gives the substitute the group while the period runs, and not after it ended', () => {
    const started = sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z');
    expect(activeSubstitutions([started], SECRETARY, now, membership).map((a) => [a.group, a.principal.id])).toEqual([['leaders', LEADER]]);
    expect(activeSubstitutions([started], SECRETARY, new Date('2026-12-11T10:00:00Z'), membership)).toEqual([]);
    const ended = sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-12-07T09:00:00Z', { ended: true });
    expect(activeSubstitutions([started, ended], SECRETARY, now, membership)).toEqual([]);
    expect(substitutionAt([started], SECRETARY, ['approvers'], AT, membership)).toBeUndefined();
  });

  it("lists the principal's running and coming substitutions, not ended or past ones", () => {
    const running = sub(LEADER, SECRETARY, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z');
    const coming = sub(LEADER, APPROVER, '2027-01-01', '2027-01-10', '2026-11-30T09:00:00Z');
    const past = sub(LEADER, OTHER_LEADER, '2026-11-01', '2026-11-10', '2026-10-30T09:00:00Z');
    const endedOnce = sub(LEADER, 9, '2026-12-01', '2026-12-10', '2026-11-30T08:00:00Z');
    const end = sub(LEADER, 9, '2026-12-01', '2026-12-10', '2026-12-01T08:00:00Z', { ended: true });
    expect(currentOf([running, coming, past, endedOnce, end], LEADER, now).map((s) => s.id)).toEqual([running.id, coming.id]);
  });
});

describe('substitutionProblems', () => {
  const writers = [SECRETARY, APPROVER, LEADER];
  it('codes each problem at its field', () => {
    expect(substitutionProblems({}, LEADER, membership, writers, '2026-12-07').map((p) => `${p.field}:${p.code}`)).toEqual([
      'group:required',
      'substitute:required',
      'from:required',
      'to:required'
    ]);
    expect(
      substitutionProblems(
        { group: 'approvers', substitute: person(LEADER), from: '2026-12-08', to: '2026-12-01' },
        LEADER,
        membership,
        writers,
        '2026-12-07'
      ).map((p) => `${p.field}:${p.code}`)
    ).toEqual(['group:notMember', 'substitute:self', 'to:inPast']);
    expect(
      substitutionProblems({ group: 'leaders', substitute: person(77), from: '2026-12-10', to: '2026-12-08' }, LEADER, membership, writers, '2026-12-07').map(
        (p) => `${p.field}:${p.code}`
      )
    ).toEqual(['substitute:cannotWrite', 'to:toBeforeFrom']);
    expect(
      substitutionProblems({ group: 'leaders', substitute: person(SECRETARY), from: '2026-12-07', to: '2026-12-08' }, LEADER, membership, writers, '2026-12-07')
    ).toEqual([]);
  });
});
