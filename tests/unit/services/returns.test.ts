import { describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES, type ApprovalLogEntry } from '../../../src/domain';
import type { ItemState } from '../../../src/data/repositories/approvalStateRepository';
import { moveNote, returnNote } from '../../../src/services/approvals/returns';
import { composeEmail } from '../../../src/services/approvals/notifications';

// Issue #17.1-2: what a returned draft shows and the comment that comes with a move.
const LEADER = { id: 7, title: 'Lene Leder', email: 'lene@kommune.local' };
const EDITOR = { id: 9, title: 'Rasmus Lund', email: 'rasmus@kommune.local' };
const membership = { leaders: [7], editors: [9] };
const people = new Map([[7, { ...LEADER, title: 'Lene Leder (katalog)' }]]);

const draft: ItemState = {
  list: 'Agreements',
  id: 1,
  title: 'Aftalen',
  stage: 'draft',
  version: '5.0',
  etag: '"5"',
  modified: '2026-12-06T09:00:00Z',
  editor: EDITOR,
  departmentId: 10,
  year: 2026,
  agreementId: 1
};

const entry = (over: Partial<ApprovalLogEntry>): ApprovalLogEntry => ({
  id: 1,
  targetList: 'Agreements',
  targetId: 1,
  fromStage: 'leaderGroup',
  toStage: 'draft',
  decision: 'returned',
  comment: 'Mangler opfølgning.',
  approvedVersion: '4.0',
  actor: LEADER,
  at: '2020-01-01T00:00:00Z',
  author: LEADER,
  created: '2026-12-05T10:00:00Z',
  ...over
});

describe('returnNote', () => {
  it("names who (the directory's name for the Author), when (Created), from where and why", () => {
    expect(returnNote(SKANDERBORG_STAGES, draft, [entry({})], membership, people)).toEqual({
      target: { list: 'Agreements', id: 1 },
      title: 'Aftalen',
      by: 'Lene Leder (katalog)',
      at: '2026-12-05T10:00:00Z',
      fromStage: 'leaderGroup',
      fromStageLabel: 'Ledergruppe',
      comment: 'Mangler opfølgning.'
    });
  });

  it('is no return when the entry is forged (Actor is not Author), by someone outside the group, or the item was sent again', () => {
    expect(returnNote(SKANDERBORG_STAGES, draft, [entry({ actor: LEADER, author: EDITOR })], membership, people)).toBeUndefined();
    expect(returnNote(SKANDERBORG_STAGES, draft, [entry({ actor: EDITOR, author: EDITOR })], membership, people)).toBeUndefined();
    expect(returnNote(SKANDERBORG_STAGES, { ...draft, stage: 'leaderGroup' }, [entry({})], membership, people)).toBeUndefined();
    // A later valid approval after the return: the latest decision is no return.
    const approved = entry({ id: 2, fromStage: 'leaderGroup', toStage: 'lmuHearing', decision: 'approved', created: '2026-12-06T10:00:00Z' });
    expect(returnNote(SKANDERBORG_STAGES, draft, [entry({}), approved], membership, people)).toBeUndefined();
  });
});

describe('moveNote', () => {
  it("is the StageComment by the version's Editor, and nothing without a comment", () => {
    expect(moveNote({ ...draft, stage: 'leaderGroup', stageComment: 'Rettet: baseline.' }, people)).toEqual({
      by: 'Rasmus Lund',
      at: '2026-12-06T09:00:00Z',
      comment: 'Rettet: baseline.'
    });
    expect(moveNote(draft, people)).toBeUndefined();
  });
});

describe('the e-mails carry the comment', () => {
  it('a return says from which stage, the comment, and where "Send igen" goes; a queue mail has the comment too', () => {
    const back = composeEmail({
      kind: 'returned',
      itemTitle: 'Aftalen',
      stageLabel: 'Kladde',
      fromStageLabel: 'Ledergruppe',
      actorName: 'Lene',
      comment: 'Ret <mål 1>',
      link: 'https://x/#/a'
    });
    expect(back.body).toContain('retur fra »Ledergruppe« til »Kladde«');
    expect(back.body).toContain('Kommentar: Ret &lt;mål 1&gt;');
    expect(back.body).toContain('sendes igen direkte til »Ledergruppe«');
    const queued = composeEmail({
      kind: 'queued',
      itemTitle: 'Aftalen',
      stageLabel: 'Ledergruppe',
      actorName: 'Rasmus',
      comment: 'Rettet.',
      link: 'https://x/#/a'
    });
    expect(queued.body).toContain('Kommentar: Rettet.');
  });
});
