// The default stage configurations of the two seed municipalities. Stages are data: another
// municipality writes its own configuration, no code changes.
import type { StageConfiguration, StageTransition } from './types';

const RETURN_LABEL = 'Retur';

function returnTo(to: string, from: string[], allowedGroups: StageTransition['allowedGroups'] = ['approvers']): StageTransition[] {
  return from.map((f) => ({
    from: f,
    to,
    label: RETURN_LABEL,
    decision: 'returned',
    allowedGroups,
    requiresComment: true,
    requiresMeeting: false
  }));
}

/** From the 2020 agreement's "Aftalens tilblivelse": the leader group drafts and treats the goals,
 * the LMU is heard ("behandlet", not an approval), the executive board approves; at year end the
 * goals are followed up. The leader group (its own SharePoint group of department leaders) decides
 * and may return the first review; the approvers (LMU secretary, board) record the hearing, approve
 * and may return from the later stages. */
export const SKANDERBORG_STAGES: StageConfiguration = {
  key: 'skanderborg',
  title: 'Skanderborg Kommune',
  initialStage: 'draft',
  stages: [
    { code: 'draft', label: 'Kladde', kind: 'draft', locksEditing: false },
    { code: 'leaderGroup', label: 'Ledergruppe', kind: 'review', locksEditing: true, decidedBy: 'ledergruppen' },
    { code: 'lmuHearing', label: 'LMU-høring', kind: 'consultation', locksEditing: true, decidedBy: 'LMU' },
    { code: 'boardApproval', label: 'Til godkendelse i direktionen', kind: 'review', locksEditing: true, decidedBy: 'direktionen' },
    { code: 'approved', label: 'Godkendt', kind: 'approved', locksEditing: true },
    { code: 'followUp', label: 'Opfølgning', kind: 'followUp', locksEditing: true },
    { code: 'closed', label: 'Afsluttet', kind: 'closed', locksEditing: true }
  ],
  transitions: [
    {
      from: 'draft',
      to: 'leaderGroup',
      label: 'Send til ledergruppen',
      decision: 'submitted',
      allowedGroups: ['editors'],
      requiresComment: false,
      requiresMeeting: false,
      checks: 'warn'
    },
    {
      from: 'leaderGroup',
      to: 'lmuHearing',
      label: 'Godkendt i ledergruppen: send til LMU-høring',
      decision: 'approved',
      allowedGroups: ['leaders'],
      requiresComment: false,
      requiresMeeting: false
    },
    {
      from: 'lmuHearing',
      to: 'boardApproval',
      label: 'Behandlet i LMU',
      decision: 'consulted',
      allowedGroups: ['approvers'],
      requiresComment: false,
      requiresMeeting: true,
      checks: 'block'
    },
    {
      from: 'boardApproval',
      to: 'approved',
      label: 'Godkend',
      decision: 'approved',
      allowedGroups: ['approvers'],
      requiresComment: false,
      requiresMeeting: false
    },
    {
      from: 'approved',
      to: 'followUp',
      label: 'Start opfølgning',
      decision: 'followUpStarted',
      allowedGroups: ['editors', 'secretariat'],
      requiresComment: false,
      requiresMeeting: false
    },
    {
      from: 'followUp',
      to: 'closed',
      label: 'Afslut opfølgning',
      decision: 'completed',
      allowedGroups: ['approvers', 'secretariat'],
      requiresComment: false,
      requiresMeeting: false
    },
    ...returnTo('draft', ['leaderGroup'], ['leaders']),
    ...returnTo('draft', ['lmuHearing', 'boardApproval'])
  ]
};

/** Albertslund's virksomhedsplan 2016-17 says only that plans and frames are "godkendt" by the
 * directors' forum (DIF) and followed up with an "Opfølgning" per goal; it describes no hearing
 * or leader-group step, so the chain is plain: draft, approval, approved, follow-up, closed. */
export const ALBERTSLUND_STAGES: StageConfiguration = {
  key: 'albertslund',
  title: 'Albertslund Kommune',
  initialStage: 'draft',
  stages: [
    { code: 'draft', label: 'Kladde', kind: 'draft', locksEditing: false },
    { code: 'approval', label: 'Til godkendelse', kind: 'review', locksEditing: true, decidedBy: 'direktørforum (DIF)' },
    { code: 'approved', label: 'Godkendt', kind: 'approved', locksEditing: true },
    { code: 'followUp', label: 'Opfølgning', kind: 'followUp', locksEditing: true },
    { code: 'closed', label: 'Afsluttet', kind: 'closed', locksEditing: true }
  ],
  transitions: [
    {
      from: 'draft',
      to: 'approval',
      label: 'Send til godkendelse',
      decision: 'submitted',
      allowedGroups: ['editors'],
      requiresComment: false,
      requiresMeeting: false
    },
    { from: 'approval', to: 'approved', label: 'Godkend', decision: 'approved', allowedGroups: ['approvers'], requiresComment: false, requiresMeeting: false },
    {
      from: 'approved',
      to: 'followUp',
      label: 'Start opfølgning',
      decision: 'followUpStarted',
      allowedGroups: ['editors', 'secretariat'],
      requiresComment: false,
      requiresMeeting: false
    },
    {
      from: 'followUp',
      to: 'closed',
      label: 'Afslut opfølgning',
      decision: 'completed',
      allowedGroups: ['approvers', 'secretariat'],
      requiresComment: false,
      requiresMeeting: false
    },
    ...returnTo('draft', ['approval'])
  ]
};

export const DEFAULT_STAGE_CONFIGURATIONS: readonly StageConfiguration[] = [SKANDERBORG_STAGES, ALBERTSLUND_STAGES];
