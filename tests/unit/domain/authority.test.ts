import { describe, expect, it } from '@jest/globals';
import {
  ALBERTSLUND_STAGES, SKANDERBORG_STAGES, authorityProblems, availableTransitions, diffVersions, evaluateAuthority, lastValidReturn,
  parseStageConfiguration, type ApprovalLogEntry, type GroupMembership
} from '../../../src/domain';

const LEADER = 3;
const APPROVER = 4;
const EDITOR = 2;
const SECRETARY = 5;
const membership: GroupMembership = { editors: [EDITOR, LEADER], leaders: [LEADER], approvers: [APPROVER], secretariat: [SECRETARY] };
const c = SKANDERBORG_STAGES;

let nextId = 1;
function entry(actorId: number, fromStage: string, toStage: string, decision: ApprovalLogEntry['decision'], approvedVersion: string, at: string): ApprovalLogEntry {
  return { id: nextId++, targetList: 'Goals', targetId: 7, fromStage, toStage, decision, approvedVersion, actor: { id: actorId, title: 'x', email: 'x@kommune.local' }, at };
}

const leaderApproved = entry(LEADER, 'leaderGroup', 'lmuHearing', 'approved', '3.0', '2023-01-10T10:00:00Z');
const heard = { ...entry(APPROVER, 'lmuHearing', 'boardApproval', 'consulted', '4.0', '2023-01-20T10:00:00Z'), meetingDate: '2023-01-19', minutesUrl: 'https://intra/lmu' };
const boardApproved = entry(APPROVER, 'boardApproval', 'approved', 'approved', '5.0', '2023-02-01T10:00:00Z');

describe('evaluateAuthority', () => {
  it('verifies an approval by a member of the allowed group on the current version', () => {
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [leaderApproved, heard, boardApproved], membership })).toBe('verified');
  });

  it('says "Ændret efter godkendelse" when the item was edited after the approval', () => {
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '6.0', entries: [boardApproved], membership })).toBe('staleAfterApproval');
  });

  it('never verifies a Stage set without a log entry (forgery through REST)', () => {
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '2.0', entries: [], membership })).toBe('unverified');
  });

  it('ignores an entry by someone outside the allowed group (the secretariat cannot approve)', () => {
    const bySecretary = entry(SECRETARY, 'boardApproval', 'approved', 'approved', '5.0', '2023-02-01T10:00:00Z');
    expect(evaluateAuthority({ config: c, stage: 'approved', version: '5.0', entries: [bySecretary], membership })).toBe('unverified');
  });

  it('ignores an approver claiming the leader group\'s decision', () => {
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

  it('verifies a follow-up only of an approved item, and an unknown stage never', () => {
    expect(evaluateAuthority({ config: c, stage: 'followUp', version: '9.0', entries: [boardApproved], membership })).toBe('verified');
    expect(evaluateAuthority({ config: c, stage: 'followUp', version: '9.0', entries: [], membership })).toBe('unverified');
    expect(evaluateAuthority({ config: c, stage: 'Arkiveret', version: '1.0', entries: [], membership })).toBe('unverified');
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
    const fields = [{ key: 'Title', label: 'Titel' }, { key: 'Purpose', label: 'Baggrund og formål' }, { key: 'TracksId', label: 'Spor' }];
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
    const fields = [{ key: 'DepartmentId', altKey: 'Department', label: 'Afdeling' }, { key: 'TracksId', altKey: 'Tracks', label: 'Spor' }, { key: 'ResponsibleId', altKey: 'Responsible', label: 'Ansvarlig' }];
    // The department was renamed between the versions; the goal still points at the same one.
    const before = { Department: { LookupId: 1, LookupValue: 'Økonomi' }, Tracks: [{ LookupId: 3, LookupValue: 'Spor 1' }], Responsible: { LookupId: 9, LookupValue: 'Anne', Email: 'anne@kommune.dk' } };
    const renamed = { Department: { LookupId: 1, LookupValue: 'Økonomi og Stab' }, Tracks: [{ LookupId: 3, LookupValue: 'Spor 1 (nyt navn)' }], Responsible: { LookupId: 9, LookupValue: 'Anne B.', Email: 'anne@kommune.dk' } };
    expect(diffVersions(fields, before, renamed)).toEqual([]);
    const moved = { Department: { LookupId: 2, LookupValue: 'HR' }, Tracks: [{ LookupId: 3, LookupValue: 'Spor 1' }, { LookupId: 4, LookupValue: 'Spor 2' }], Responsible: null };
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

  it('gives Danish problems for broken JSON, missing parts and decisions editors could never log', () => {
    expect(parseStageConfiguration('{')).toEqual({ ok: false, problems: ['Arbejdsgangens indstilling er ikke gyldig JSON.'] });
    const noGroups = { ...ALBERTSLUND_STAGES, transitions: [{ ...ALBERTSLUND_STAGES.transitions[0], allowedGroups: ['chefer'] }] };
    const parsed = parseStageConfiguration(JSON.stringify(noGroups));
    expect(parsed.ok === false && parsed.problems[0]).toMatch(/skal nævne mindst én gruppe/);
    const editorsApprove = { ...ALBERTSLUND_STAGES, transitions: ALBERTSLUND_STAGES.transitions.map((t) => (t.to === 'approved' ? { ...t, allowedGroups: ['editors'] } : t)) };
    expect(authorityProblems(editorsApprove as typeof ALBERTSLUND_STAGES)).toHaveLength(1);
    const result = parseStageConfiguration(JSON.stringify(editorsApprove));
    expect(result.ok === false && result.problems).toEqual(['Overgangen "Godkend" fra "approval" er en beslutning, men redaktører og læsere kan ikke skrive i godkendelsesloggen.']);
  });
});
