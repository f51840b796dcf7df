// Two clients, one goal: the second save meets 412 and gets a conflict carrying both values for
// the field both changed, while its other changes are saved. No silent overwrite, nothing lost.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GoalRepository } from '../../../src/data/repositories';
import { isDataError } from '../../../src/data/errors';
import { CONFIG, Fixture, Frame, seedFrame, startFixture } from './support/fixture';

const YEAR = 2024;
let fx: Fixture;
let frame: Frame;

beforeAll(async () => {
  fx = await startFixture();
  frame = await seedFrame(fx.layer().sp, YEAR, 1);
});

afterAll(async () => {
  await fx.close();
});

async function sharedGoal(): Promise<{ anna: GoalRepository; bo: GoalRepository; id: number }> {
  const anna = new GoalRepository(fx.layer().sp, CONFIG);
  const bo = new GoalRepository(fx.layer().sp, CONFIG);
  const departmentId = frame.departmentIds[0];
  const created = await anna.create({
    agreementId: frame.agreementIds.get(departmentId) ?? 0,
    departmentId,
    year: YEAR,
    title: 'Sygefravær',
    purpose: 'Før',
    activities: 'Før',
    sharedWithDepartmentIds: [],
    trackIds: [],
    policies: [],
    requirementIds: [],
    stage: 'draft',
    evidence: []
  });
  return { anna, bo, id: created.id };
}

describe('concurrent edits of one goal', () => {
  it('reports a conflict with both values where both changed the same field, and saves the rest', async () => {
    const { anna, bo, id } = await sharedGoal();
    const annasCopy = await anna.getById(id);
    const bosCopy = await bo.getById(id);

    await anna.update(annasCopy, { purpose: 'Annas formål' });
    let conflict: unknown;
    try {
      await bo.update(bosCopy, { purpose: 'Bos formål', activities: 'Bos aktiviteter' });
    } catch (e) {
      conflict = e;
    }
    expect(isDataError(conflict) && conflict.kind).toBe('conflict');
    if (!isDataError(conflict)) throw new Error('expected a DataError');
    expect(conflict.conflicts).toEqual([{ field: 'Purpose', base: 'Før', mine: 'Bos formål', theirs: 'Annas formål' }]);
    expect(conflict.message).toMatch(/En anden har ændret/);

    const now = await anna.getById(id);
    expect(now.purpose).toBe('Annas formål'); // not overwritten
    expect(now.activities).toBe('Bos aktiviteter'); // Bo's other change is not lost
    expect(conflict.currentETag).toBe(now.etag);

    // Bo resolves by saving against the current version.
    const resolved = await bo.update(now, { purpose: 'Bos formål' });
    expect(resolved.purpose).toBe('Bos formål');
  });

  it('merges silently when the two edits touch different fields', async () => {
    const { anna, bo, id } = await sharedGoal();
    const annasCopy = await anna.getById(id);
    const bosCopy = await bo.getById(id);
    await anna.update(annasCopy, { title: 'Lavere sygefravær' });
    const saved = await bo.update(bosCopy, { activities: 'Dialogmøder' });
    expect(saved.title).toBe('Lavere sygefravær');
    expect(saved.activities).toBe('Dialogmøder');
  });

  it('refuses to delete a goal someone changed since it was read', async () => {
    const { anna, bo, id } = await sharedGoal();
    const bosCopy = await bo.getById(id);
    await anna.update(await anna.getById(id), { activities: 'Nyt' });
    await expect(bo.remove(bosCopy)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await anna.getById(id)).activities).toBe('Nyt');
  });
});
