// The product's queries on a Goals list of 20,000 items, through real PnPjs, against a fake site
// that enforces the list view threshold like SharePoint (first filter clause on an indexed column,
// $top at most 5,000). The same checks run against the emulator in tests/integration/data.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spfi, SPBrowser } from '@pnp/sp';
import { createDataLayer } from '../../../src/data/pnp';
import { GoalRepository } from '../../../src/data/repositories';
import { GOALS } from '../../../src/data/repositories/mappers/goalMapper';
import { createViewQueries } from '../../../src/services/queries';
import { FAKE_CONFIG, FakeFrame, fakeSiteFromSchema, fillFakeSite } from './support/fakeSite';
import type { FakeSharePoint } from './support/fakeSharePoint';

const SITE = 'https://kommune.example/sites/threshold';
const GOAL_COUNT = 20000;
let fake: FakeSharePoint;
let frame: FakeFrame;

function layer(): ReturnType<typeof createDataLayer> {
  return createDataLayer(spfi(SITE).using(SPBrowser()), { fetch: fake.fetch });
}

beforeAll(() => {
  fake = fakeSiteFromSchema(SITE);
  frame = fillFakeSite(fake, GOAL_COUNT);
});

describe(`queries on ${GOAL_COUNT} goals (fake site)`, () => {
  it('an unindexed first clause fails with a typed threshold error', async () => {
    const naive = layer().sp.web.lists.getByTitle(GOALS.list.title).items.filter("Title eq 'Mål 7'").top(100);
    await expect(naive()).rejects.toMatchObject({ kind: 'threshold', message: expect.stringMatching(/5\.000/) });
  });

  it('repository queries are complete, following pages past 5,000 rows', async () => {
    const goals = new GoalRepository(layer().sp, FAKE_CONFIG);
    expect(await goals.forDepartmentYear(frame.departmentIds[3], 2025)).toHaveLength(50);
    expect(await goals.forYear(2025)).toHaveLength(2000);
    expect(await goals.inStage('approved')).toHaveLength(GOAL_COUNT - GOAL_COUNT / 50);
  });

  it('the three views work, the department view in at most 2 requests', async () => {
    const queries = createViewQueries(layer().sp, FAKE_CONFIG);
    fake.requests.length = 0;
    const view = await queries.loadDepartmentView(frame.departmentIds[5], 2025);
    expect(fake.requests.length).toBeLessThanOrEqual(2);
    expect(view.goals).toHaveLength(50);
    expect(view.strategy?.tracks).toHaveLength(3);
    expect(view.agreement).toBeDefined();
    const overview = await queries.loadOrganisationOverview(2025);
    expect(overview.goals).toHaveLength(2000);
    expect(overview.departments).toHaveLength(40);
    const queue = await queries.loadApprovalQueue(['approvers']);
    expect(queue.goals).toHaveLength(GOAL_COUNT / 50);
  });
});
