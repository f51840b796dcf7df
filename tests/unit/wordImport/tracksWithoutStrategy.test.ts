// A year without a DUS (issue 19): marked track columns are kept aside as unmatched, not saved as
// policies; "Andet (X)" and the agreement's own policies are still policies. With a DUS year
// picked, the same columns resolve to that year's tracks.
import type { ImportedGoal } from '../../../src/domain/wordImport/assemble';
import { resolveGoal } from '../../../src/domain/wordImport/assemble';
import type { Track } from '../../../src/domain/types';

const goal: ImportedGoal = {
  position: 0,
  title: 'Bedre anlægsstyring',
  evidence: [],
  sharedWithNames: [],
  requirementNumbers: [],
  markedColumns: ['Vores relationer til folkestyret', 'Andet (Økonomiske politik)', 'IT strategien', 'Andet']
};
const policies = ['IT-strategien'];

describe('resolveGoal in a year without a DUS', () => {
  it('keeps the track columns aside and saves none of them as policies', () => {
    const { resolved, problems } = resolveGoal(goal, { tracks: [], requirements: [], departments: [], agreementPolicies: policies, withoutStrategy: true });
    expect(resolved.trackIds).toEqual([]);
    expect(resolved.policies).toEqual(['Økonomiske politik', 'IT-strategien']);
    expect(resolved.unmatchedColumns).toEqual(['Vores relationer til folkestyret']);
    expect(problems).toEqual([{ code: 'trackWithoutStrategy', goal: 0, params: { column: 'Vores relationer til folkestyret' } }]);
  });

  it("with another year's DUS picked, the column is that year's track", () => {
    const tracks: Track[] = [{ id: 12, strategyId: 3, kind: 'track', number: 1, title: 'Vores relationer til folkestyret' }];
    const { resolved, problems } = resolveGoal(goal, { tracks, requirements: [], departments: [], agreementPolicies: policies });
    expect(resolved.trackIds).toEqual([12]);
    expect(resolved.unmatchedColumns).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('in a year with a DUS, a column matching no track is still a policy (as before)', () => {
    const { resolved } = resolveGoal(goal, {
      tracks: [{ id: 1, strategyId: 1, kind: 'track', number: 1, title: 'Noget andet' }],
      requirements: [],
      departments: [],
      agreementPolicies: policies
    });
    expect(resolved.policies).toContain('Vores relationer til folkestyret');
  });
});
