import { describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES, parseStageConfiguration, type ApprovalLogEntry } from '../../../src/domain';
import type { ItemState } from '../../../src/data/repositories/approvalStateRepository';
import { stageFact } from '../../../src/services/approvals/stageFacts';

// Issue #17.5: the facts behind "Venter på ledergruppen (sendt …)" and "Godkendt af direktionen …".
const BOARD = { id: 3, title: 'Dorte Direktør', email: 'd@k.local' };
const EDITOR = { id: 9, title: 'Rasmus Lund', email: 'r@k.local' };
const membership = { approvers: [3], editors: [9] };
const people = new Map<number, { id: number; title: string; email: string }>();
const state = (stage: string): ItemState => ({
  list: 'Agreements',
  id: 1,
  title: 'A',
  stage,
  version: '6.0',
  etag: '"6"',
  modified: '2026-12-06T09:00:00Z',
  editor: EDITOR,
  departmentId: 1,
  year: 2026,
  agreementId: 1
});
const approval: ApprovalLogEntry = {
  id: 4,
  targetList: 'Agreements',
  targetId: 1,
  fromStage: 'boardApproval',
  toStage: 'approved',
  decision: 'approved',
  approvedVersion: '6.0',
  actor: BOARD,
  at: '2000-01-01T00:00:00Z',
  author: BOARD,
  created: '2019-12-03T10:00:00Z'
};

describe('stageFact', () => {
  it("an editor's move into a queue: sent by the item's Editor at Modified, waiting for the stage's deciders", () => {
    expect(stageFact(SKANDERBORG_STAGES, { status: 'verified', state: state('leaderGroup'), entries: [] }, membership, people)).toEqual({
      status: 'verified',
      kind: 'queue',
      deciders: { text: 'ledergruppen', groups: ['leaders'] },
      at: '2026-12-06T09:00:00Z',
      by: 'Rasmus Lund'
    });
  });

  it("an approval: decided by the deciders of the stage it came from, at the entry's Created (not the client's At)", () => {
    expect(stageFact(SKANDERBORG_STAGES, { status: 'verified', state: state('approved'), entries: [approval] }, membership, people)).toEqual({
      status: 'verified',
      kind: 'decided',
      decision: 'approved',
      deciders: { text: 'direktionen', groups: ['approvers'] },
      at: '2019-12-03T10:00:00Z',
      by: 'Dorte Direktør'
    });
  });

  it('no words for what is not verified, nor for a forged entry', () => {
    expect(stageFact(SKANDERBORG_STAGES, { status: 'unverified', state: state('approved'), entries: [approval] }, membership, people)).toEqual({
      status: 'unverified'
    });
    const forged = { ...approval, author: EDITOR, actor: EDITOR };
    expect(stageFact(SKANDERBORG_STAGES, { status: 'verified', state: state('approved'), entries: [forged] }, membership, people)).toEqual({
      status: 'verified'
    });
  });

  it('the configuration JSON takes "decidedBy" per stage and refuses one that is not text', () => {
    const json = JSON.parse(JSON.stringify(SKANDERBORG_STAGES)) as { stages: Array<Record<string, unknown>> };
    expect(parseStageConfiguration(JSON.stringify(json))).toEqual({ ok: true, config: SKANDERBORG_STAGES });
    json.stages[1].decidedBy = 7;
    const parsed = parseStageConfiguration(JSON.stringify(json));
    expect(parsed.ok).toBe(false);
  });
});
