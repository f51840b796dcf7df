// The host mounts React once the first screen's reads are on the wire (issue 21): PnPjs sends each
// read from a timer and a $batch one timer after its parts, so a mount queued when the reads start
// would run (tens of ms of one task) before the view's batch has left.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { spfi, SPBrowser } from '@pnp/sp';
import { createDataLayer } from '../../../src/data/pnp';
import { createViewQueries } from '../../../src/services/queries';
import { ALBERTSLUND_STAGES, DEFAULT_STAGE_CONFIGURATIONS, SKANDERBORG_STAGES } from '../../../src/domain';
import type { StageConfiguration } from '../../../src/domain/workflowTypes';
import { FakeSharePoint } from './support/fakeSharePoint';
import { PageFormDigest } from '../../../devhost/client/pageDigest';
import { AGREEMENTS } from '../../../src/data/repositories/mappers/agreementMapper';
import { GOALS } from '../../../src/data/repositories/mappers/goalMapper';
import { REQUIREMENTS, STRATEGIES, TRACKS } from '../../../src/data/repositories/mappers/strategyMappers';
import { DATA_WAIT_MS, MOUNT_WAIT_MS, sendWatch, startedOnce, startFirstReads } from '../../../src/webparts/udviklingsaftaler/firstReads';
import { parseRoute } from '../../../src/webparts/udviklingsaftaler/routing/route';
import { fixtureServices, sample } from '../../component/fixtures/services';
import type { AppServices, DepartmentViewData, SiteSetup } from '../../../src/services/AppServices';

let siteNumber = 0;

function viewOverPnp(): { fake: FakeSharePoint; read: () => Promise<unknown>; batchSent: Promise<void> } {
  const site = `https://kommune.example/sites/wire${++siteNumber}`;
  const fake = new FakeSharePoint(site);
  for (const list of [AGREEMENTS, GOALS, STRATEGIES, TRACKS, REQUIREMENTS]) fake.lists.set(list.list.title, []);
  const watch = sendWatch();
  // The page's digest is known (SPFx's page context): the batch needs no contextinfo first.
  const layer = createDataLayer(spfi(site).using(SPBrowser(), PageFormDigest(site, { value: 'page-digest', timeoutSeconds: 1800 })), {
    fetch: fake.fetch,
    onSend: watch.onSend
  });
  const queries = createViewQueries(layer.sp, DEFAULT_STAGE_CONFIGURATIONS[0]);
  return { fake, read: () => queries.loadDepartmentView(7, 2023), batchSent: watch.batchSent };
}

const sentPaths = (fake: FakeSharePoint): string[] => fake.requests.map((r) => new URL(r.url).pathname.replace(/^\/sites\/wire\d+/, ''));

describe('the first reads on the wire', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('a task queued when the view read starts runs before its $batch leaves; batchSent settles after', async () => {
    const { fake, read, batchSent } = viewOverPnp();
    const seenByNextTask: string[][] = [];
    const done = read();
    // What the web part did before: mount one task after starting the reads.
    setTimeout(() => seenByNextTask.push(sentPaths(fake)), 0);
    await batchSent;
    expect(sentPaths(fake)).toEqual(['/_api/$batch']); // the fetch has been called
    await done;
    expect(seenByNextTask).toEqual([[]]); // a mount then would have held the batch back
  });

  it('only a $batch settles batchSent, not a single read', async () => {
    const watch = sendWatch();
    let settled = false;
    void watch.batchSent.then(() => (settled = true));
    watch.onSend("https://x/sites/a/_api/web/getList('/sites/a/Lists/Settings')/items");
    await Promise.resolve();
    expect(settled).toBe(false);
    watch.onSend('https://x/sites/a/_api/$batch');
    await Promise.resolve();
    expect(settled).toBe(true);
  });

  it('is on the wire at once when the route names no department view', async () => {
    const { onTheWire } = startFirstReads(fixtureServices(sample), parseRoute('#/overblik/2020'), new Promise<void>(() => undefined));
    await expect(onTheWire).resolves.toBeUndefined();
  });

  it("waits for the view's batch, not for its answer", async () => {
    let sent: () => void = () => undefined;
    const batchSent = new Promise<void>((resolve) => (sent = resolve));
    const services = fixtureServices(sample, { loadDepartmentView: () => new Promise<DepartmentViewData>(() => undefined) });
    const { onTheWire } = startFirstReads(services, parseRoute('#/afdeling/10/2020'), batchSent);
    let wired = false;
    void onTheWire.then(() => (wired = true));
    await Promise.resolve();
    expect(wired).toBe(false);
    sent();
    await onTheWire;
    expect(wired).toBe(true);
  });

  it('mounts anyway when the read fails before any batch leaves', async () => {
    const services = fixtureServices(sample, { loadDepartmentView: () => Promise.reject(new Error('offline')) });
    const { onTheWire } = startFirstReads(services, parseRoute('#/afdeling/10/2020'), new Promise<void>(() => undefined));
    await expect(onTheWire).resolves.toBeUndefined();
  });

  it(`mounts after ${MOUNT_WAIT_MS} ms when the batch has not left (a digest round trip first)`, async () => {
    jest.useFakeTimers();
    const services = fixtureServices(sample, { loadDepartmentView: () => new Promise<DepartmentViewData>(() => undefined) });
    const { onTheWire } = startFirstReads(services, parseRoute('#/afdeling/10/2020'), new Promise<void>(() => undefined));
    let wired = false;
    void onTheWire.then(() => (wired = true));
    jest.advanceTimersByTime(MOUNT_WAIT_MS - 1);
    await Promise.resolve();
    expect(wired).toBe(false);
    jest.advanceTimersByTime(1);
    await onTheWire;
    expect(wired).toBe(true);
  });

  it('takes the view read started at boot once its answer is in, as its first ask', async () => {
    const reads: Array<Promise<DepartmentViewData>> = [];
    const services = fixtureServices(sample, {
      loadDepartmentView: (departmentId, year) => {
        const read = fixtureServices(sample).loadDepartmentView(departmentId, year);
        reads.push(read);
        return read;
      }
    });
    const { services: withReads } = startFirstReads(services, parseRoute('#/afdeling/10/2020'), new Promise<void>(() => undefined));
    expect(withReads.takeFirstDepartmentView?.(10, 2020)).toBeUndefined(); // still travelling
    await reads[0];
    await Promise.resolve();
    expect(withReads.takeFirstDepartmentView?.(11, 2020)).toBeUndefined(); // another view
    const taken = withReads.takeFirstDepartmentView?.(10, 2020);
    expect(taken).toBe(await reads[0]);
    expect(withReads.takeFirstDepartmentView?.(10, 2020)).toBeUndefined(); // taken once
    await withReads.loadDepartmentView(10, 2020); // the next ask reads anew
    expect(reads).toHaveLength(2);
  });

  it('takes nothing from a read that failed or was asked for already', async () => {
    const failed = startedOnce(() => Promise.reject(new Error('offline')));
    await Promise.resolve();
    await Promise.resolve();
    expect(failed.take()).toBeUndefined();
    const asked = startedOnce(() => Promise.resolve('svar'));
    await asked();
    expect(asked.take()).toBeUndefined();
  });

  it('is ready to mount when the view read has settled, at once without one', async () => {
    let answer: (data: DepartmentViewData) => void = () => undefined;
    const services = fixtureServices(sample, { loadDepartmentView: () => new Promise<DepartmentViewData>((resolve) => (answer = resolve)) });
    const routed = startFirstReads(services, parseRoute('#/afdeling/10/2020'), new Promise<void>(() => undefined));
    let ready = false;
    void routed.readyToMount().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    answer(await fixtureServices(sample).loadDepartmentView(10, 2020));
    await routed.readyToMount();
    const unrouted = startFirstReads(services, parseRoute('#/overblik/2020'), new Promise<void>(() => undefined));
    await expect(unrouted.readyToMount()).resolves.toBeUndefined();
  });

  it('leaves no wait behind once the batch has left and the reads are in', async () => {
    jest.useFakeTimers();
    let sent: () => void = () => undefined;
    const { onTheWire, readyToMount } = startFirstReads(
      fixtureServices(sample),
      parseRoute('#/afdeling/10/2020'),
      new Promise<void>((resolve) => (sent = resolve))
    );
    sent();
    await onTheWire;
    await readyToMount();
    // Neither MOUNT_WAIT_MS's timer nor DATA_WAIT_MS's is still pending.
    expect(jest.getTimerCount()).toBe(0);
  });

  it(`mounts ${DATA_WAIT_MS} ms after the app is in when the view's data has not come`, async () => {
    jest.useFakeTimers();
    const services = fixtureServices(sample, { loadDepartmentView: () => new Promise<DepartmentViewData>(() => undefined) });
    const { readyToMount } = startFirstReads(services, parseRoute('#/afdeling/10/2020'), new Promise<void>(() => undefined));
    let ready = false;
    void readyToMount().then(() => (ready = true));
    jest.advanceTimersByTime(DATA_WAIT_MS - 1);
    await Promise.resolve();
    expect(ready).toBe(false);
    jest.advanceTimersByTime(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(ready).toBe(true);
  });
});

describe('the site check started at boot, taken whole for the first render (issue 21)', () => {
  const setupAnswer: SiteSetup = { missingLists: [], canProvision: true };
  /** Lets the fixtures' answers (and startFirstReads' handlers on them) settle. */
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

  /** Services whose site check and configuration answer when the test says; counts the site checks asked of them. */
  function heldBack(): {
    services: AppServices;
    checks: () => number;
    answerSetup: (setup: SiteSetup) => void;
    answerConfiguration: (config: StageConfiguration) => void;
    failConfiguration: (error: Error) => void;
  } {
    let checks = 0;
    let answerSetup: (setup: SiteSetup) => void = () => undefined;
    let answerConfiguration: (config: StageConfiguration) => void = () => undefined;
    let failConfiguration: (error: Error) => void = () => undefined;
    const services = fixtureServices(sample, {
      siteSetup: () => {
        checks++;
        return new Promise<SiteSetup>((resolve) => (answerSetup = resolve));
      },
      siteConfiguration: () =>
        new Promise<StageConfiguration>((resolve, reject) => {
          answerConfiguration = resolve;
          failConfiguration = reject;
        })
    });
    return {
      services,
      checks: () => checks,
      answerSetup: (setup) => answerSetup(setup),
      answerConfiguration: (config) => answerConfiguration(config),
      failConfiguration: (error) => failConfiguration(error)
    };
  }

  it.each([
    ['names no department view', '#/overblik/2020'],
    ['names a department view', '#/afdeling/10/2020']
  ])('is undefined until both the check and the configuration are in, then both (the route %s)', async (_, hash) => {
    const held = heldBack();
    const { services } = startFirstReads(held.services, parseRoute(hash), new Promise<void>(() => undefined));
    expect(services.takeFirstSiteCheck?.()).toBeUndefined(); // both travelling
    held.answerSetup(setupAnswer);
    await settle();
    // The check is in, the configuration travels: not taken yet (and so not used up).
    expect(services.takeFirstSiteCheck?.()).toBeUndefined();
    held.answerConfiguration(ALBERTSLUND_STAGES);
    await settle();
    expect(services.takeFirstSiteCheck?.()).toEqual({ ...setupAnswer, stageConfiguration: ALBERTSLUND_STAGES });
  });

  it('is undefined while the check travels, the configuration in', async () => {
    const held = heldBack();
    const { services } = startFirstReads(held.services, parseRoute('#/overblik/2020'));
    held.answerConfiguration(ALBERTSLUND_STAGES);
    await settle();
    expect(services.takeFirstSiteCheck?.()).toBeUndefined();
    held.answerSetup(setupAnswer);
    await settle();
    expect(services.takeFirstSiteCheck?.()).toEqual({ ...setupAnswer, stageConfiguration: ALBERTSLUND_STAGES });
  });

  it('is taken once', async () => {
    const held = heldBack();
    const { services } = startFirstReads(held.services, parseRoute('#/overblik/2020'));
    held.answerSetup(setupAnswer);
    held.answerConfiguration(ALBERTSLUND_STAGES);
    await settle();
    expect(services.takeFirstSiteCheck?.()).toEqual({ ...setupAnswer, stageConfiguration: ALBERTSLUND_STAGES });
    expect(services.takeFirstSiteCheck?.()).toBeUndefined();
  });

  it('has no stage configuration when the configuration could not be read', async () => {
    const held = heldBack();
    const { services } = startFirstReads(held.services, parseRoute('#/overblik/2020'));
    held.answerSetup(setupAnswer);
    held.failConfiguration(new Error('Settings list unreadable'));
    await settle();
    const taken = services.takeFirstSiteCheck?.();
    expect(taken).toEqual({ ...setupAnswer, stageConfiguration: undefined });
    expect(taken).toHaveProperty('stageConfiguration', undefined);
  });

  it('counts as the first ask of the site check: the next ask reads anew', async () => {
    const held = heldBack();
    const { services } = startFirstReads(held.services, parseRoute('#/overblik/2020'));
    expect(held.checks()).toBe(1); // started at boot
    held.answerSetup(setupAnswer);
    held.answerConfiguration(SKANDERBORG_STAGES);
    await settle();
    expect(services.takeFirstSiteCheck?.()).toEqual({ ...setupAnswer, stageConfiguration: SKANDERBORG_STAGES });
    const again = services.siteSetup();
    expect(held.checks()).toBe(2); // a new read, not the one taken
    held.answerSetup({ missingLists: ['Udviklingsmål'], canProvision: true });
    await expect(again).resolves.toEqual({ missingLists: ['Udviklingsmål'], canProvision: true });
  });

  it('takes nothing once the site check was asked for', async () => {
    const held = heldBack();
    const { services } = startFirstReads(held.services, parseRoute('#/overblik/2020'));
    held.answerSetup(setupAnswer);
    held.answerConfiguration(SKANDERBORG_STAGES);
    await expect(services.siteSetup()).resolves.toEqual(setupAnswer); // the read started at boot
    await settle();
    expect(held.checks()).toBe(1);
    expect(services.takeFirstSiteCheck).toBeInstanceOf(Function);
    expect(services.takeFirstSiteCheck?.()).toBeUndefined();
  });
});
