import { describe, expect, it } from '@jest/globals';
import {
  ALBERTSLUND_STAGES,
  SKANDERBORG_STAGES,
  checkTransition,
  findStage,
  isEditingLocked,
  stageByLabel,
  stageLabel,
  transitionsFrom,
  validateStageConfiguration,
  type StageConfiguration
} from '../../../src/domain';

const meeting = { meetingDate: '2019-11-26', minutesUrl: 'https://intra.example/lmu/2019-11-26' };

describe('Skanderborg default: Kladde → Ledergruppe → LMU-høring → direktionen → Godkendt → Opfølgning → Afsluttet', () => {
  const c = SKANDERBORG_STAGES;

  it('has the Danish labels of the Skanderborg chain in order (docs/decisions/0002)', () => {
    expect(c.stages.map((s) => s.label)).toEqual([
      'Kladde',
      'Ledergruppe',
      'LMU-høring',
      'Til godkendelse i direktionen',
      'Godkendt',
      'Opfølgning',
      'Afsluttet'
    ]);
    expect(validateStageConfiguration(c)).toEqual([]);
  });

  it('walks the whole chain with the right group at each step', () => {
    const steps: Array<[string, string, 'editors' | 'leaders' | 'approvers' | 'secretariat']> = [
      ['draft', 'leaderGroup', 'editors'],
      ['leaderGroup', 'lmuHearing', 'leaders'],
      ['lmuHearing', 'boardApproval', 'approvers'],
      ['boardApproval', 'approved', 'approvers'],
      ['approved', 'followUp', 'editors'],
      ['followUp', 'closed', 'secretariat']
    ];
    for (const [from, to, group] of steps) {
      const check = checkTransition(c, { from, to, groups: [group], ...meeting });
      expect(check.ok).toBe(true);
    }
  });

  it('treats the LMU step as a consultation recorded as "behandlet" with meeting date and minutes', () => {
    expect(findStage(c, 'lmuHearing')?.kind).toBe('consultation');
    const t = transitionsFrom(c, 'lmuHearing').find((x) => x.to === 'boardApproval');
    expect(t?.decision).toBe('consulted');
    expect(t?.label).toBe('Behandlet i LMU');
    const noDate = checkTransition(c, { from: 'lmuHearing', to: 'boardApproval', groups: ['approvers'], minutesUrl: meeting.minutesUrl });
    expect(noDate).toEqual({ ok: false, error: { code: 'meetingDateRequired', problems: [{ field: 'meetingDate', code: 'meetingDateRequired' }] } });
    const noLink = checkTransition(c, { from: 'lmuHearing', to: 'boardApproval', groups: ['approvers'], meetingDate: '2019-11-26', minutesUrl: 'referat' });
    expect(noLink.ok === false && noLink.error.code).toBe('minutesUrlRequired');
  });

  it.each([
    ['leaderGroup', 'leaders'],
    ['lmuHearing', 'approvers'],
    ['boardApproval', 'approvers']
  ] as const)('lets the deciding group return from %s (%s) only with a comment', (from, group) => {
    const bare = checkTransition(c, { from, to: 'draft', groups: [group], comment: '  ' });
    expect(bare).toEqual({ ok: false, error: { code: 'commentRequired', problems: [{ field: 'comment', code: 'commentRequired' }] } });
    const commented = checkTransition(c, { from, to: 'draft', groups: [group], comment: 'Målet mangler opfølgning.' });
    expect(commented.ok && commented.transition.decision).toBe('returned');
  });

  it('refuses a move the configuration does not have', () => {
    const skip = checkTransition(c, { from: 'draft', to: 'approved', groups: ['approvers', 'editors'] });
    expect(skip).toEqual({ ok: false, error: { code: 'notAllowed', params: { from: 'Kladde', to: 'Godkendt' } } });
    expect(checkTransition(c, { from: 'approved', to: 'draft', groups: ['approvers'], comment: 'x' }).ok).toBe(false);
  });

  it('refuses a move by a group that may not make it', () => {
    const check = checkTransition(c, { from: 'boardApproval', to: 'approved', groups: ['editors', 'readers'] });
    expect(check).toEqual({
      ok: false,
      error: { code: 'forbidden', params: { action: 'Godkend', from: 'Til godkendelse i direktionen', groups: 'approvers' } }
    });
  });

  it('refuses an unknown stage', () => {
    const check = checkTransition(c, { from: 'draft', to: 'archived', groups: ['editors'] });
    expect(check.ok === false && check.error).toEqual({ code: 'unknownStage', params: { stage: 'archived', workflow: 'Skanderborg Kommune' } });
  });

  it('offers each group only its own moves', () => {
    expect(transitionsFrom(c, 'leaderGroup', ['editors'])).toEqual([]);
    expect(transitionsFrom(c, 'leaderGroup', ['approvers'])).toEqual([]);
    expect(transitionsFrom(c, 'leaderGroup', ['leaders']).map((t) => t.to)).toEqual(['lmuHearing', 'draft']);
  });

  it('locks editing outside the draft, and for stages it does not know', () => {
    expect(isEditingLocked(c, 'draft')).toBe(false);
    for (const code of ['leaderGroup', 'lmuHearing', 'boardApproval', 'approved', 'followUp', 'closed', 'unknown']) {
      expect(isEditingLocked(c, code)).toBe(true);
    }
  });

  it('maps the stored Danish label back to the code', () => {
    expect(stageByLabel(c, 'LMU-høring')?.code).toBe('lmuHearing');
    expect(stageLabel(c, 'boardApproval')).toBe('Til godkendelse i direktionen');
    expect(stageLabel(c, 'nope')).toBe('nope');
  });
});

describe('Albertslund default: plain approval chain', () => {
  const c = ALBERTSLUND_STAGES;

  it('is sound and has no hearing', () => {
    expect(validateStageConfiguration(c)).toEqual([]);
    expect(c.stages.map((s) => s.label)).toEqual(['Kladde', 'Til godkendelse', 'Godkendt', 'Opfølgning', 'Afsluttet']);
    expect(c.stages.some((s) => s.kind === 'consultation')).toBe(false);
  });

  it('allows draft → approval by editors and approval → approved by approvers, return with comment', () => {
    expect(checkTransition(c, { from: 'draft', to: 'approval', groups: ['editors'] }).ok).toBe(true);
    expect(checkTransition(c, { from: 'approval', to: 'approved', groups: ['editors'] }).ok).toBe(false);
    expect(checkTransition(c, { from: 'approval', to: 'approved', groups: ['approvers'] }).ok).toBe(true);
    expect(checkTransition(c, { from: 'approval', to: 'draft', groups: ['approvers'] }).ok).toBe(false);
    expect(checkTransition(c, { from: 'approval', to: 'draft', groups: ['approvers'], comment: 'Mangler dokumentation.' }).ok).toBe(true);
  });
});

describe('validateStageConfiguration', () => {
  it('finds duplicate codes, unknown stages, unreachable stages, uncommented returns and groupless moves', () => {
    const broken: StageConfiguration = {
      key: 'x',
      title: 'X',
      initialStage: 'start',
      stages: [
        { code: 'a', label: 'A', kind: 'draft', locksEditing: false },
        { code: 'a', label: 'A2', kind: 'review', locksEditing: true },
        { code: 'island', label: 'Ø', kind: 'closed', locksEditing: true }
      ],
      transitions: [
        { from: 'a', to: 'b', label: 'Videre', decision: 'submitted', allowedGroups: [], requiresComment: false, requiresMeeting: false },
        { from: 'a', to: 'a', label: 'Retur', decision: 'returned', allowedGroups: ['approvers'], requiresComment: false, requiresMeeting: false }
      ]
    };
    expect(validateStageConfiguration(broken)).toEqual([
      { code: 'stageTwice', params: { stage: 'a' } },
      { code: 'initialStageUnknown', params: { stage: 'start' } },
      { code: 'transitionStageUnknown', params: { label: 'Videre', stage: 'b' } },
      { code: 'transitionNoGroup', params: { label: 'Videre', from: 'a' } },
      { code: 'returnWithoutComment', params: { label: 'Retur', from: 'a' } },
      { code: 'stageUnreachable', params: { stage: 'a' } },
      { code: 'stageUnreachable', params: { stage: 'island' } }
    ]);
  });
});
