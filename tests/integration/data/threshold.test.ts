// Every query the product makes keeps working on a Goals list of 20,000 items (ten years of a
// large municipality), past SharePoint's 5,000-item list view threshold.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import '@pnp/sp/items';
import { GoalRepository } from '../../../src/data/repositories';
import { GOALS } from '../../../src/data/repositories/mappers/goalMapper';
import { createViewQueries } from '../../../src/services/queries';
import { createSp } from '../../../src/data/pnp';
import { bulkAgreements, bulkGoals, CONFIG, countingFetch, Fixture, seedFrame, startFixture } from './support/fixture';

const GOAL_COUNT = 20000;
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const YEAR = 2025;
let fx: Fixture;
let departmentIds: number[];

beforeAll(async () => {
  fx = await startFixture();
  const frame = await seedFrame(fx.layer().sp, YEAR, 40);
  departmentIds = frame.departmentIds;
  // seedFrame made this year's agreements; the other nine years are written in bulk.
  const earlier = await bulkAgreements(
    fx.raw,
    departmentIds,
    YEARS.filter((y) => y !== YEAR)
  );
  const agreementId = (d: number, y: number): number => (y === YEAR ? (frame.agreementIds.get(d) ?? 0) : earlier(d, y));
  // Every 50th goal waits for the board's approval: the approval queue has something to find.
  await bulkGoals(fx.raw, { count: GOAL_COUNT, years: YEARS, departmentIds, agreementId, stageOf: (i) => (i % 50 === 0 ? 'boardApproval' : 'approved') });
}, 240000);

afterAll(async () => {
  await fx.close();
});

describe(`queries on ${GOAL_COUNT} goals`, () => {
  it('the list really is past the threshold, and an unindexed query fails there', async () => {
    const list = fx.raw.web.lists.getByTitle(GOALS.list.title);
    const info = await list.select('ItemCount')<{ ItemCount: number }>();
    expect(info.ItemCount).toBeGreaterThanOrEqual(GOAL_COUNT);
    // The naive query the data layer refuses to write: filter first on a column without an index.
    const naive = createSp(fx.raw).web.lists.getByTitle(GOALS.list.title).items.filter("Title eq 'Mål 7'").top(100);
    await expect(naive()).rejects.toMatchObject({ kind: 'threshold' });
  });

  it('repository queries return complete results', async () => {
    const goals = new GoalRepository(fx.layer().sp, CONFIG);
    const perDepartmentYear = GOAL_COUNT / departmentIds.length / YEARS.length;
    expect(await goals.forDepartmentYear(departmentIds[3], YEAR)).toHaveLength(perDepartmentYear);
    expect(await goals.forYear(YEAR)).toHaveLength(GOAL_COUNT / YEARS.length);
    expect(await goals.inStage('boardApproval')).toHaveLength(GOAL_COUNT / 50);
  });

  it("the department view's goals read returns the year's goals, not the five years it looks back over", async () => {
    // Only a multi-year agreement's goals belong to a later year (its last year is read through the
    // Agreement lookup); the single-year agreements of the four years before send nothing.
    const goals = new GoalRepository(fx.layer().sp, CONFIG);
    const read = await goals.store.query(GoalRepository.forDepartmentYears(departmentIds[7], YEAR));
    expect(read).toHaveLength(GOAL_COUNT / departmentIds.length / YEARS.length);
    expect(read.every((g) => g.year === YEAR)).toBe(true);
  });

  it('the department view takes at most 2 requests', async () => {
    const counter = countingFetch();
    const queries = createViewQueries(fx.layer(undefined, { fetch: counter.fetch }).sp, CONFIG);
    const view = await queries.loadDepartmentView(departmentIds[5], YEAR);
    expect(counter.requests).toBeLessThanOrEqual(2);
    expect(view.goals).toHaveLength(GOAL_COUNT / departmentIds.length / YEARS.length);
    expect(view.agreement).toBeDefined();
    expect(view.strategy?.tracks).toHaveLength(3);
  });

  it('the organisation overview and the approval queue work', async () => {
    const queries = createViewQueries(fx.layer().sp, CONFIG);
    const overview = await queries.loadOrganisationOverview(YEAR);
    expect(overview.goals).toHaveLength(GOAL_COUNT / YEARS.length);
    expect(overview.departments).toHaveLength(departmentIds.length);
    const queue = await queries.loadApprovalQueue(['approvers']);
    expect(queue.goals).toHaveLength(GOAL_COUNT / 50);
  });
});
