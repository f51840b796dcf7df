// "What changed since the approved version" over SharePoint's /versions rows (issue #14.9): the
// rows carry lookups as {LookupId, LookupValue} under the column's own name (no <Name>Id), and the
// diff names the tracks and departments, not their ids.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GoalRepository } from '../../../src/data/repositories';
import { ApprovalStateRepository } from '../../../src/data/repositories/approvalStateRepository';
import { diffVersions } from '../../../src/domain/versionDiff';
import { diffFields } from '../../../src/services/approvals/diffs';
import { CONFIG, Fixture, Frame, seedFrame, startFixture } from './support/fixture';

let fx: Fixture;
let frame: Frame;

beforeAll(async () => {
  fx = await startFixture();
  frame = await seedFrame(fx.layer().sp, 2024, 2);
});

afterAll(async () => {
  await fx.close();
});

describe('version diffs', () => {
  it('reads the version rows SharePoint gives and names what changed', async () => {
    const sp = fx.layer().sp;
    const goals = new GoalRepository(sp, CONFIG);
    const [d0, d1] = frame.departmentIds;
    const agreementId = frame.agreementIds.get(d0) as number;
    const goal = await goals.create({
      agreementId,
      departmentId: d0,
      year: 2024,
      title: 'Mål med spor',
      sharedWithDepartmentIds: [],
      trackIds: [frame.trackIds[0]],
      policies: [],
      requirementIds: [],
      stage: 'draft',
      evidence: []
    });
    await goals.update(goal, { trackIds: [frame.trackIds[0], frame.trackIds[1]], sharedWithDepartmentIds: [d1] });
    const versions = await new ApprovalStateRepository(sp, CONFIG).versions('Goals', goal.id);
    // A create lands in the department's folder in two steps (AddValidateUpdateItemUsingPath with
    // the locale-free values, then the typed values by MERGE: listStore.ts), so it is two versions.
    expect(versions.map((v) => v.label)).toEqual(['3.0', '2.0', '1.0']);
    expect(versions[1].values).not.toHaveProperty('TracksId');
    const changes = diffVersions(diffFields('Goals'), versions[1].values, versions[0].values);
    expect(changes.map((c) => [c.key, c.before, c.after])).toEqual([
      ['SharedWithId', '', 'Afdeling 1'],
      ['TracksId', 'Spor 1', 'Spor 1, Spor 2']
    ]);
  });
});
