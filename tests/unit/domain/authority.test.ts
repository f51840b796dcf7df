import { describe, expect, it } from '@jest/globals';
import {
  ALBERTSLUND_STAGES,
  SKANDERBORG_STAGES,
  authorityProblems,
  availableTransitions,
  changedAfterApproval,
  diffVersions,
  evaluateAuthority,
  lastValidReturn,
  parseStageConfiguration,
  type ApprovalLogEntry,
  type GroupMembership
} from '../../../src/domain';

const LEADER = 3;
const APPROVER = 4;
const EDITOR = 2;
const SECRETARY = 5;
const membership: GroupMembership = { editors: [EDITOR, LEADER], leaders: [LEADER], approvers: [APPROVER], secretariat: [SECRETARY] };
const c = SKANDERBORG_STAGES;

const contentFields = [
  { key: 'Title', label: 'Titel' },
  { key: 'Purpose', label: 'Formål' },
  { key: 'Outcome', label: 'Opfølgning' }
];
const yearEndKeys = ['Outcome'];

let nextId = 1;
function entry(
  actorId: number,
  fromStage: string,
  toStage: string,
  decision: ApprovalLogEntry['decision'],
  approvedVersion: string,
  at: string
): ApprovalLogEntry {
  return {
    id: nextId++,
    targetList: 'Goals',
    targetId: 7,
    fromStage,
    toStage,
    decision,
    approvedVersion,
    actor: { id: actorId, title: 'x', email: 'x@kommune.local' },
    at,
    author: { id: actorId, title: 'x', email: 'x@kommune.local' },
    created: at
  };
}

const leaderApproved = entry(LEADER, 'leaderGroup', 'lmuHearing', 'approved', '3.0', '2023-01-10T10:00:00Z');
const heard = {
  ...entry(APPROVER, 'lmuHearing', 'boardApproval', 'consulted', '4.0', '2023-01-20T10:00:00Z'),
  meetingDate: '2023-01-19',
  minutesUrl: 'https://intra/lmu'
};
const boardApproved = entry(APPROVER, 'boardApproval', 'approved', 'approved', '5.0', '2023-02-01T10:00:00Z');

describe('evaluateAuthority', () => {
  it('verifies an approval by a member of the allowed group on the current version', () => {
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [leaderApproved, heard, boardApproved], membership })).toBe('verified');
  });

  it('says "Ændret efter godkendelse" when the item was edited after the approval', () => {
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '6.0', entries: [boardApproved], membership })).toBe('staleAfterApproval');
  });

  it('in a decided stage, tells a later version that changed no content (the choice migration, ADR 0010) from an edit', () => {
    const approved = { Title: 'Mål', Purpose: 'x', Outcome: null, Stage: 'Godkendt' };
    const binding = (later: Record<string, unknown>) => ({
      versions: [
        { label: '5.0', values: approved },
        { label: '6.0', values: later }
      ],
      contentFields,
      yearEndKeys
    });
    const input = { config: c, stage: 'approved', version: '6.0', entries: [boardApproved], membership };
    expect(evaluateAuthority({ ...input, binding: binding({ ...approved, StageComment: 'x' }) })).toBe('verified');
    expect(evaluateAuthority({ ...input, binding: binding({ ...approved, Purpose: 'y' }) })).toBe('staleAfterApproval');
    // The approved version gone from the history: it cannot be shown unchanged.
    expect(evaluateAuthority({ ...input, binding: { versions: [{ label: '6.0', values: approved }], contentFields, yearEndKeys } })).toBe('staleAfterApproval');
  });

  it('never verifies a Stage set without a log entry (forgery through REST)', () => {
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '2.0', entries: [], membership })).toBe('unverified');
  });

  it('ignores an entry by someone outside the allowed group (the secretariat cannot approve)', () => {
    const bySecretary = entry(SECRETARY, 'boardApproval', 'approved', 'approved', '5.0', '2023-02-01T10:00:00Z');
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [bySecretary], membership })).toBe('unverified');
  });

  it("ignores an approver claiming the leader group's decision", () => {
    const byApprover = entry(APPROVER, 'leaderGroup', 'lmuHearing', 'approved', '3.0', '2023-01-10T10:00:00Z');
    expect(evaluateAuthority({ config: c, stage: 'lmuHearing', version: '3.0', entries: [byApprover], membership })).toBe('unverified');
    expect(evaluateAuthority({ config: c, stage: 'lmuHearing', version: '3.0', entries: [leaderApproved], membership })).toBe('verified');
  });

  it('does not let an old approval back a Stage set again after a return', () => {
    const returned = entry(APPROVER, 'boardApproval', 'draft', 'returned', '6.0', '2023-03-01T10:00:00Z');
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '6.0', entries: [boardApproved, returned], membership })).toBe('unverified');
  });

  it('accepts queues the editors fill (submission, resubmission) and the initial stage', () => {
    expect(evaluateAuthority({ config: c, stage: 'draft', version: '9.0', entries: [], membership })).toBe('verified');
    expect(evaluateAuthority({ config: c, stage: 'leaderGroup', version: '2.0', entries: [], membership })).toBe('verified');
    const returned = entry(APPROVER, 'boardApproval', 'draft', 'returned', '5.0', '2023-02-01T10:00:00Z');
    expect(evaluateAuthority({ config: c, stage: 'boardApproval', version: '8.0', entries: [leaderApproved, heard, returned], membership })).toBe('verified');
    // Skipping the hearing: boardApproval without a consultation or a return from there.
    expect(evaluateAuthority({ config: c, stage: 'boardApproval', version: '8.0', entries: [leaderApproved], membership })).toBe('unverified');
  });

  it("trusts the entry's Author (Created By), never the client-written Actor (issue #15)", () => {
    // The leader adds an entry naming the approver as Actor: SharePoint records the leader as Author.
    const forged: ApprovalLogEntry = { ...boardApproved, id: 90, author: { id: LEADER, email: 'leder@kommune.local' } };
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [forged], membership })).toBe('unverified');
    // The secretariat naming itself as Actor is still not a member of the approvers.
    const bySecretariat: ApprovalLogEntry = { ...boardApproved, id: 91, actor: { id: SECRETARY, email: 's' }, author: { id: SECRETARY, email: 's' } };
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [bySecretariat], membership })).toBe('unverified');
    // An approver who wrote someone else's name as Actor: the entry is forged, even by an allowed author.
    const otherName: ApprovalLogEntry = { ...boardApproved, id: 92, actor: { id: SECRETARY, email: 's' } };
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [otherName], membership })).toBe('unverified');
    // An entry changed after it was added (only a site collection administrator could) counts for nothing.
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [{ ...boardApproved, amended: true }], membership })).toBe('unverified');
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [boardApproved], membership })).toBe('verified');
  });

  it('orders decisions by Created, not by the client-written At', () => {
    // A return written later but back-dated in At must still undo the approval.
    const returned = { ...entry(APPROVER, 'boardApproval', 'draft', 'returned', '6.0', '2020-01-01T00:00:00Z'), created: '2023-03-01T10:00:00Z' };
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '6.0', entries: [boardApproved, returned], membership })).toBe('unverified');
  });

  it('verifies a follow-up only of an approved item, and an unknown stage never', () => {
    const binding = {
      versions: [
        { label: '5.0', values: { Title: 'A', Stage: 'Godkendt' } },
        { label: '9.0', values: { Title: 'A', Stage: 'Opfølgning' } }
      ],
      contentFields,
      yearEndKeys
    };
    expect(evaluateAuthority({ config: c, stage: 'followUp', version: '9.0', entries: [boardApproved], membership, binding })).toBe('verified');
    // Without the versions a stage past an approval cannot be shown unchanged.
    expect(evaluateAuthority({ config: c, stage: 'followUp', version: '9.0', entries: [boardApproved], membership })).toBe('unverified');
    expect(evaluateAuthority({ config: c, stage: 'followUp', version: '9.0', entries: [], membership, binding })).toBe('unverified');
    expect(evaluateAuthority({ config: c, stage: 'Arkiveret', version: '1.0', entries: [], membership })).toBe('unverified');
  });
});

describe('changedAfterApproval (a stage past an approval is bound to the approved version)', () => {
  const v = (label: string, Stage: string, Title = 'A', Outcome: string | null = null): { label: string; values: Record<string, unknown> } => ({
    label,
    values: { Title, Stage, Outcome }
  });
  const binding = (...versions: Array<ReturnType<typeof v>>) => ({ versions, contentFields, yearEndKeys });

  it('allows workflow moves, and the outcome once the item is in follow-up', () => {
    expect(
      changedAfterApproval(c, '5.0', binding(v('4.0', 'Kladde', 'Før'), v('5.0', 'Godkendt'), v('6.0', 'Opfølgning'), v('7.0', 'Opfølgning', 'A', 'Nået')))
    ).toBe(false);
    // Moving to follow-up and recording the outcome in one request is fine too.
    expect(changedAfterApproval(c, '5.0', binding(v('5.0', 'Godkendt'), v('6.0', 'Opfølgning', 'A', 'Nået')))).toBe(false);
    // Earlier versions (before the approval) do not count.
    expect(
      changedAfterApproval(
        c,
        '5.0',
        binding(v('7.0', 'Afsluttet', 'A', 'Nået'), v('6.0', 'Opfølgning', 'A', 'Nået'), v('5.0', 'Godkendt'), v('1.0', 'Kladde', 'X'))
      )
    ).toBe(false);
  });

  it('finds a content change hidden in the move to follow-up, or made before it', () => {
    expect(changedAfterApproval(c, '5.0', binding(v('5.0', 'Godkendt'), v('6.0', 'Opfølgning', 'B')))).toBe(true);
    expect(changedAfterApproval(c, '5.0', binding(v('5.0', 'Godkendt'), v('6.0', 'Godkendt', 'A', 'Nået'), v('7.0', 'Opfølgning', 'A', 'Nået')))).toBe(true);
    expect(changedAfterApproval(c, '5.0', binding(v('6.0', 'Opfølgning')))).toBeUndefined();
  });

  it('makes follow-up and closed stages "Ændret efter godkendelse" after such a change', () => {
    const changed = binding(v('5.0', 'Godkendt'), v('6.0', 'Opfølgning', 'B'), v('7.0', 'Afsluttet', 'B'));
    expect(evaluateAuthority({ config: c, stage: 'followUp', version: '6.0', entries: [boardApproved], membership, binding: changed })).toBe(
      'staleAfterApproval'
    );
    const closed = entry(APPROVER, 'followUp', 'closed', 'completed', '7.0', '2024-01-10T10:00:00Z');
    expect(evaluateAuthority({ config: c, stage: 'closed', version: '7.0', entries: [boardApproved, closed], membership, binding: changed })).toBe(
      'staleAfterApproval'
    );
    const clean = binding(v('5.0', 'Godkendt'), v('6.0', 'Opfølgning'), v('7.0', 'Afsluttet'));
    expect(evaluateAuthority({ config: c, stage: 'closed', version: '7.0', entries: [boardApproved, closed], membership, binding: clean })).toBe('verified');
  });
});

describe('availableTransitions', () => {
  it('offers each group its moves and a returned item a resubmission to where it was returned from', () => {
    expect(availableTransitions(c, 'draft', ['editors']).map((t) => t.label)).toEqual(['Send til ledergruppen']);
    const returned = entry(APPROVER, 'boardApproval', 'draft', 'returned', '5.0', '2023-02-01T10:00:00Z');
    const last = lastValidReturn(c, [heard, returned], membership);
    expect(last).toBe(returned);
    expect(availableTransitions(c, 'draft', ['editors'], last).map((t) => [t.to, t.label])).toEqual([
      ['boardApproval', 'Send igen til »Til godkendelse i direktionen«'],
      ['leaderGroup', 'Send til ledergruppen']
    ]);
    expect(availableTransitions(c, 'draft', ['approvers'], last)).toEqual([]);
    expect(availableTransitions(c, 'boardApproval', ['approvers']).map((t) => t.to)).toEqual(['approved', 'draft']);
    expect(availableTransitions(ALBERTSLUND_STAGES, 'approval', ['leaders'])).toEqual([]);
  });
});

describe('diffVersions', () => {
  it('lists changed fields with their Danish labels, treating null and empty alike', () => {
    const fields = [
      { key: 'Title', label: 'Titel' },
      { key: 'Purpose', label: 'Baggrund og formål' },
      { key: 'TracksId', label: 'Spor' }
    ];
    expect(diffVersions(fields, { Title: 'A', Purpose: null, TracksId: [1] }, { Title: 'A', Purpose: '', TracksId: [1, 2] })).toEqual([
      { key: 'TracksId', label: 'Spor', before: '1', after: '1, 2' }
    ]);
    expect(diffVersions(fields, { Title: 'A' }, { Title: 'B' })).toEqual([{ key: 'Title', label: 'Titel', before: 'A', after: 'B' }]);
    // SharePoint's version rows: a lookup as {LookupId, LookupValue} under the field's own name.
    const lookups = [{ key: 'DepartmentId', altKey: 'Department', label: 'Afdeling' }];
    expect(diffVersions(lookups, { Department: { LookupId: 1, LookupValue: 'Økonomi' } }, { Department: { LookupId: 2, LookupValue: 'HR' } })).toEqual([
      { key: 'DepartmentId', label: 'Afdeling', before: 'Økonomi', after: 'HR' }
    ]);
  });

  it('compares lookups and people in version rows on their ids, showing their values', () => {
    const fields = [
      { key: 'DepartmentId', altKey: 'Department', label: 'Afdeling' },
      { key: 'TracksId', altKey: 'Tracks', label: 'Spor' },
      { key: 'ResponsibleId', altKey: 'Responsible', label: 'Ansvarlig' }
    ];
    // The department was renamed between the versions; the goal still points at the same one.
    const before = {
      Department: { LookupId: 1, LookupValue: 'Økonomi' },
      Tracks: [{ LookupId: 3, LookupValue: 'Spor 1' }],
      Responsible: { LookupId: 9, LookupValue: 'Anne', Email: 'anne@kommune.dk' }
    };
    const renamed = {
      Department: { LookupId: 1, LookupValue: 'Økonomi og Stab' },
      Tracks: [{ LookupId: 3, LookupValue: 'Spor 1 (nyt navn)' }],
      Responsible: { LookupId: 9, LookupValue: 'Anne B.', Email: 'anne@kommune.dk' }
    };
    expect(diffVersions(fields, before, renamed)).toEqual([]);
    const moved = {
      Department: { LookupId: 2, LookupValue: 'HR' },
      Tracks: [
        { LookupId: 3, LookupValue: 'Spor 1' },
        { LookupId: 4, LookupValue: 'Spor 2' }
      ],
      Responsible: null
    };
    expect(diffVersions(fields, before, moved)).toEqual([
      { key: 'DepartmentId', label: 'Afdeling', before: 'Økonomi', after: 'HR' },
      { key: 'TracksId', label: 'Spor', before: 'Spor 1', after: 'Spor 1, Spor 2' },
      { key: 'ResponsibleId', label: 'Ansvarlig', before: 'Anne', after: '' }
    ]);
  });
});

describe('parseStageConfiguration', () => {
  it('accepts the built-in configurations as JSON', () => {
    expect(parseStageConfiguration(JSON.stringify(ALBERTSLUND_STAGES))).toEqual({ ok: true, config: ALBERTSLUND_STAGES });
    expect(parseStageConfiguration(JSON.stringify(SKANDERBORG_STAGES))).toEqual({ ok: true, config: SKANDERBORG_STAGES });
  });

  it('gives problems as codes for broken JSON, missing parts and decisions editors could never log', () => {
    expect(parseStageConfiguration('{')).toEqual({ ok: false, problems: [{ code: 'notJson' }] });
    const noGroups = { ...ALBERTSLUND_STAGES, transitions: [{ ...ALBERTSLUND_STAGES.transitions[0], allowedGroups: ['chefer'] }] };
    const parsed = parseStageConfiguration(JSON.stringify(noGroups));
    expect(parsed.ok === false && parsed.problems[0]).toEqual({ code: 'transitionGroups', params: { row: 1, label: 'Send til godkendelse' } });
    const editorsApprove = {
      ...ALBERTSLUND_STAGES,
      transitions: ALBERTSLUND_STAGES.transitions.map((t) => (t.to === 'approved' ? { ...t, allowedGroups: ['editors'] } : t))
    };
    expect(authorityProblems(editorsApprove as typeof ALBERTSLUND_STAGES)).toHaveLength(1);
    const result = parseStageConfiguration(JSON.stringify(editorsApprove));
    expect(result.ok === false && result.problems).toEqual([{ code: 'decisionByEditors', params: { label: 'Godkend', from: 'approval' } }]);
  });
});
