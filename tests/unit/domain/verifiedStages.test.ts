import { describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { countLabel, verifiedStageCounts } from '../../../src/domain/verifiedStages';

// The Overblik counts items per stage as the approval log backs them (issue #15.1): a forged
// "Godkendt" is counted apart with its reason, never in the approved count.
describe('verified stage counts', () => {
  const goals = [
    { id: 1, stage: 'approved' },
    { id: 2, stage: 'approved' },
    { id: 3, stage: 'approved' },
    { id: 4, stage: 'draft' },
    { id: 5, stage: 'draft' }
  ];
  const verification = {
    'Goals:1': 'verified',
    'Goals:2': 'unverified',
    'Goals:3': 'staleAfterApproval',
    'Goals:4': 'verified',
    'Goals:5': 'foreignEdit'
  } as const;
  const words = {
    unverified: 'Ikke verificeret',
    staleAfterApproval: 'Ændret efter godkendelse',
    foreignEdit: 'Ikke verificeret: ændret af en uden for afdelingen'
  };

  it("counts each stage by status, in the configuration's order, verified first", () => {
    const counts = verifiedStageCounts(SKANDERBORG_STAGES, 'Goals', goals, verification);
    expect(counts.map((c) => [c.stage, c.status, c.count])).toEqual([
      ['draft', 'verified', 1],
      ['draft', 'foreignEdit', 1],
      ['approved', 'verified', 1],
      ['approved', 'unverified', 1],
      ['approved', 'staleAfterApproval', 1]
    ]);
    expect(counts.map((c) => countLabel(c, words, (code) => code))).toEqual([
      'draft',
      'draft (Ikke verificeret: ændret af en uden for afdelingen)',
      'approved',
      'approved (Ikke verificeret)',
      'approved (Ændret efter godkendelse)'
    ]);
  });

  it("counts nothing that was not checked, and reads the list's own keys", () => {
    expect(verifiedStageCounts(SKANDERBORG_STAGES, 'Goals', goals, {})).toEqual([]);
    expect(verifiedStageCounts(SKANDERBORG_STAGES, 'Agreements', goals, verification)).toEqual([]);
  });
});
