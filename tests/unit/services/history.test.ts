// The history on SharePoint's whole seconds: steps of one second have equal timestamps, so their
// order comes from the approval log's ids and each item's versions, and two decisions by one person
// in the same second stay two (a goal's entry belongs to its agreement's decision only when its
// ClientId derives from that decision's first entry).
import { buildHistory, type HistoryInput } from '../../../src/services/approvals/history';
import { decisionEntryClientId } from '../../../src/data/repositories/clientId';
import { SKANDERBORG_STAGES, type ApprovalLogEntry } from '../../../src/domain';
import type { ApprovalTarget } from '../../../src/services/approvals/approvalTypes';

const SECOND = '2026-03-02T10:15:07Z';
const editor = { id: 2, email: 'redaktoer@kommune.local', title: 'Redaktør' };
const approver = { id: 3, email: 'godkender@kommune.local', title: 'Godkender' };
const stage = (code: string): string => SKANDERBORG_STAGES.stages.find((s) => s.code === code)?.label ?? code;

function entry(id: number, target: ApprovalTarget, from: string, to: string, version: string, clientId: string): ApprovalLogEntry {
  return {
    id,
    targetList: target.list,
    targetId: target.id,
    fromStage: from,
    toStage: to,
    decision: to === 'draft' ? 'returned' : 'approved',
    approvedVersion: version,
    clientId,
    actor: approver,
    at: SECOND,
    author: approver,
    created: SECOND
  };
}

it('orders one second by log ids and versions, and keeps two decisions of one person in one second apart', async () => {
  const agreement: ApprovalTarget = { list: 'Agreements', id: 1 };
  const goalMoving: ApprovalTarget = { list: 'Goals', id: 5 };
  const goalAlone: ApprovalTarget = { list: 'Goals', id: 6 };
  const approveAll = '0b9d1c7e-5a43-4e2f-9f11-3c6a2d8e4b70';
  const approveGoal = '6f3e2a10-9c4b-4d8e-a7f2-1b5c0d9e8a36';
  const log = new Map<string, ApprovalLogEntry[]>([
    // approvedVersion: the version the decision's Stage update made.
    ['Agreements:1', [entry(12, agreement, 'boardApproval', 'approved', '4.0', decisionEntryClientId(approveAll, 0))]],
    ['Goals:5', [entry(13, goalMoving, 'boardApproval', 'approved', '3.0', decisionEntryClientId(approveAll, 1))]],
    [
      'Goals:6',
      [
        entry(11, goalAlone, 'boardApproval', 'draft', '3.0', 'a1b2c3d4-0000-4000-8000-000000000001'),
        entry(14, goalAlone, 'boardApproval', 'approved', '5.0', decisionEntryClientId(approveGoal, 0))
      ]
    ]
  ]);
  const row = (
    label: string,
    stageLabel: string,
    who = editor
  ): { label: string; modified: string; editor: typeof editor; values: Record<string, unknown> } => ({
    label,
    modified: SECOND,
    editor: who,
    values: { Stage: stageLabel }
  });
  const versions = new Map<string, ReturnType<typeof row>[]>([
    // Newest first, as SharePoint answers /versions.
    ['Agreements:1', [row('4.0', stage('approved'), approver), row('3.0', stage('leaderGroup')), row('2.0', stage('leaderGroup')), row('1.0', stage('draft'))]],
    ['Goals:5', [row('3.0', stage('approved'), approver), row('2.0', stage('boardApproval')), row('1.0', stage('boardApproval'))]],
    [
      'Goals:6',
      [
        row('5.0', stage('approved'), approver),
        row('4.0', stage('boardApproval')),
        row('3.0', stage('draft'), approver),
        row('2.0', stage('boardApproval')),
        row('1.0', stage('boardApproval'))
      ]
    ]
  ]);
  const input = {
    repo: {
      versions: async (list: string, id: number) => versions.get(`${list}:${id}`) ?? [],
      goalsOf: async () => [
        { id: 5, title: 'Mål fem' },
        { id: 6, title: 'Mål seks' }
      ],
      user: async () => approver
    },
    config: SKANDERBORG_STAGES,
    membership: { approvers: [approver.id], editors: [editor.id] },
    people: new Map([
      [editor.id, editor],
      [approver.id, approver]
    ]),
    target: agreement,
    entriesOf: async (t: ApprovalTarget) => log.get(`${t.list}:${t.id}`) ?? []
  } as unknown as HistoryInput;
  const steps = (await buildHistory(input)).map((e) => [e.kind, e.subject ?? 'aftalen', e.toStageLabel]);
  // Goal 5 moved with the agreement (its entry derives from the decision's first): not a step of its
  // own. Goal 6's approval by the same person in the same second is. A stage change sits right
  // before the first decision on its item that approved its version or a later one.
  expect(steps).toEqual([
    ['decision', 'Mål seks', stage('draft')],
    ['stageChange', 'aftalen', stage('leaderGroup')],
    ['decision', 'aftalen', stage('approved')],
    ['stageChange', 'Mål seks', stage('boardApproval')],
    ['decision', 'Mål seks', stage('approved')]
  ]);
});
