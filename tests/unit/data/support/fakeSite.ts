// A fake SharePoint site laid out from the schema (every list, its indexed columns) and filled
// with a municipality's worth of goals, for tests and the benchmark's in-process run.
import { SCHEMA } from '../../../../src/data/schema';
import { DEFAULT_STAGE_CONFIGURATIONS } from '../../../../src/domain';
import { goalMapping, GOALS } from '../../../../src/data/repositories/mappers/goalMapper';
import { agreementMapping, AGREEMENTS } from '../../../../src/data/repositories/mappers/agreementMapper';
import { departmentMapping, DEPARTMENTS } from '../../../../src/data/repositories/mappers/departmentMapper';
import { REQUIREMENTS, requirementMapping, STRATEGIES, strategyMapping, TRACKS, trackMapping } from '../../../../src/data/repositories/mappers/strategyMappers';
import { FakeSharePoint } from './fakeSharePoint';

export const FAKE_CONFIG = DEFAULT_STAGE_CONFIGURATIONS[0];

export function fakeSiteFromSchema(siteUrl: string): FakeSharePoint {
  const fake = new FakeSharePoint(siteUrl);
  for (const list of SCHEMA.lists) {
    fake.lists.set(list.title, []);
    const indexed = new Set(['ID', 'Id']);
    for (const f of list.fields) {
      if (f.indexed === true)
        indexed.add(f.type === 'Lookup' || f.type === 'LookupMulti' || f.type === 'User' || f.type === 'UserMulti' ? `${f.name}Id` : f.name);
    }
    fake.indexed.set(list.title, indexed);
  }
  return fake;
}

export interface FakeFrame {
  departmentIds: number[];
  trackIds: number[];
  years: number[];
}

const LOREM = 'Vi vil styrke samarbejdet på tværs og følge op på virkningen for borgerne hvert kvartal. ';

/** Departments, ten years of strategies (three tracks, two requirements each), an agreement per
 * department and year, and `goalCount` goals spread evenly; every 50th goal waits for the board. */
export function fillFakeSite(
  fake: FakeSharePoint,
  goalCount: number,
  departmentCount = 40,
  years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]
): FakeFrame {
  let id = 0;
  const next = (): number => ++id;
  const departmentIds: number[] = [];
  for (let i = 0; i < departmentCount; i++) {
    const d = next();
    departmentIds.push(d);
    fake.add(DEPARTMENTS.list.title, { Id: d, ...departmentMapping.toFields({ title: `Afdeling ${i}`, kind: 'department', editors: [], active: true }) });
  }
  const trackIds: number[] = [];
  const agreementIds = new Map<string, number>();
  for (const year of years) {
    const s = next();
    fake.add(STRATEGIES.list.title, { Id: s, ...strategyMapping.toFields({ year, title: `DUS ${year}`, deadlines: [], minimumGoalContent: ['purpose'] }) });
    for (let n = 1; n <= 3; n++) {
      const t = next();
      trackIds.push(t);
      fake.add(TRACKS.list.title, { Id: t, ...trackMapping.toFields({ strategyId: s, kind: 'track', number: n, title: `Spor ${n}` }) });
    }
    for (let n = 1; n <= 2; n++) {
      fake.add(REQUIREMENTS.list.title, {
        Id: next(),
        ...requirementMapping.toFields({ strategyId: s, number: n, title: `Krav ${n}`, appliesTo: 'agreement' })
      });
    }
    for (const departmentId of departmentIds) {
      const a = next();
      agreementIds.set(`${departmentId}:${year}`, a);
      fake.add(AGREEMENTS.list.title, {
        Id: a,
        ...agreementMapping(FAKE_CONFIG).toFields({ departmentId, year, title: `Aftale ${year}`, policies: [], milestones: [], stage: 'approved' })
      });
    }
  }
  const goals = goalMapping(FAKE_CONFIG);
  for (let i = 0; i < goalCount; i++) {
    const departmentId = departmentIds[i % departmentIds.length];
    const year = years[Math.floor(i / departmentIds.length) % years.length];
    fake.add(GOALS.list.title, {
      Id: i + 1,
      ...goals.toFields({
        agreementId: agreementIds.get(`${departmentId}:${year}`) ?? 0,
        departmentId,
        year,
        number: i,
        title: `Mål ${i}`,
        purpose: LOREM.repeat(4),
        activities: LOREM.repeat(3),
        followUpMethod: LOREM,
        sharedWithDepartmentIds: [],
        trackIds: trackIds.slice(0, 2),
        policies: ['Den økonomiske politik'],
        requirementIds: [],
        stage: i % 50 === 0 ? 'boardApproval' : 'approved',
        evidence: [],
        clientId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
      })
    });
  }
  return { departmentIds, trackIds, years };
}
