// The DUS administration against the emulator through the real @pnp/sp client, on the seeded
// Skanderborg site: the secretariat edits 2023's DUS with ETags, starts 2024 as a copy of 2023
// (twice, and twice at once for 2025: one copy each), a used track cannot be removed, and readers
// and editors get SharePoint's 403 when they try to write.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import { SKANDERBORG_STAGES, toDraftOf } from './support';
import { StrategyRepository } from '../../../src/data/repositories/strategyRepository';
import { GoalRepository } from '../../../src/data/repositories/goalRepository';
import { isDataError } from '../../../src/data/errors';
import { createAppServices } from '../../../src/services/createAppServices';
import type { StrategyAdminServices } from '../../../src/services/strategyAdmin/strategyAdminServices';
import { seedAllSites } from '../../../scripts/seed/seedSites';
import { graphForUser, OWNER, spForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { derivedClientId } from '../../../src/data/repositories/clientId';

const SITE = '/sites/skanderborg';
const SECRETARIAT = 'sekretariat.skanderborg@kommune.local';
const EDITOR = 'redaktoer.skanderborg@kommune.local';
const READER = 'medarbejder.skanderborg@kommune.local';

let emulator: TestEmulator;

const sp = (login: string): SPFI => spForUser(emulator.siteUrl(SITE), login);
const admin = (login: string): StrategyAdminServices =>
  createAppServices(sp(login), { stageConfiguration: SKANDERBORG_STAGES, graph: graphForUser(emulator.url, login) }).strategyAdmin;
const repo = (): StrategyRepository => new StrategyRepository(sp(OWNER));

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  await seedAllSites(emulator.url);
}, 180000);

afterAll(() => emulator.close());

describe('reading the DUS', () => {
  it("gives everyone the year's DUS, and the edit right only to the secretariat", async () => {
    const secretariat = await admin(SECRETARIAT).load(2023);
    expect(secretariat.canEdit).toBe(true);
    expect(secretariat.current?.tracks.map((t) => t.number)).toEqual([1, 2]);
    expect(secretariat.current?.requirements).toHaveLength(6);
    expect(secretariat.years.map((y) => y.year)).toEqual([2020, 2022, 2023]);
    for (const login of [READER, EDITOR]) {
      const other = await admin(login).load(2023);
      expect(other.canEdit).toBe(false);
      expect(other.current?.strategy.title).toBe(secretariat.current?.strategy.title);
    }
  });
});

describe('the secretariat edits and copies', () => {
  it('saves 2023 with deadlines, an edited track and a new requirement, sending ETags', async () => {
    const services = admin(SECRETARIAT);
    const { current } = await services.load(2023);
    if (!current) throw new Error('2023 missing');
    const draft = toDraftOf(current);
    draft.strategy.deadlines = [
      { title: 'Afleveres til direktionen', date: '2022-12-01' },
      { title: 'Opfølgning på aftalen', date: '2024-02-29' }
    ];
    draft.tracks[1] = { ...draft.tracks[1], description: 'Ledelsesgrundlaget og arbejdsmiljøet.' };
    draft.requirements.push({ number: 7, title: 'Bidrag til klimaplanen', appliesTo: 'goal', clientId: derivedClientId('integration-req-7') });
    const saved = await services.save(draft, current);
    expect(saved.strategy.deadlines).toHaveLength(2);
    expect(saved.tracks[1].description).toBe('Ledelsesgrundlaget og arbejdsmiljøet.');
    expect(saved.tracks[0].etag).toBe(current.tracks[0].etag); // untouched items are not written
    expect(saved.requirements.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // A retry of the same save (a lost response) finds the requirement by its ClientId; the
    // strategy's own patch meets the newer ETag and is reported as a conflict, never written twice.
    await services.save(draft, current).catch(() => undefined);
    expect((await services.load(2023)).current?.requirements).toHaveLength(7);
  });

  it('refuses a stale save of the same field as a conflict', async () => {
    const services = admin(SECRETARIAT);
    const { current } = await services.load(2023);
    if (!current) throw new Error('2023 missing');
    const first = toDraftOf(current);
    first.strategy.vision = 'Mennesker møder mennesker';
    await services.save(first, current);
    const second = toDraftOf(current);
    second.strategy.vision = 'En anden vision';
    const error = await errorOf(services.save(second, current));
    expect(isDataError(error) && error.kind).toBe('conflict');
    expect((await services.load(2023)).current?.strategy.vision).toBe('Mennesker møder mennesker');
  });

  it("refuses to remove a track that 2023's goals use, naming how many, and writes nothing", async () => {
    const services = admin(SECRETARIAT);
    const { current } = await services.load(2023);
    if (!current) throw new Error('2023 missing');
    // The seeded 2023 goals have no track marks: two departments' leaders mark the first track.
    const goals = new GoalRepository(sp(OWNER), SKANDERBORG_STAGES);
    const marked = (await goals.forYear(2023)).slice(0, 2);
    await Promise.all(marked.map((g) => goals.update(g, { trackIds: [current.tracks[0].id] })));
    const used = await services.goalsUsingTrack(current.tracks[0], { year: 2023 });
    expect(used).toBe(2);
    expect(await services.goalsUsingTrack(current.tracks[1], { year: 2023 })).toBe(0);
    const draft = toDraftOf(current);
    draft.tracks = draft.tracks.slice(1);
    draft.strategy.title = 'Må ikke blive gemt';
    const error = await errorOf(services.save(draft, current));
    expect(isDataError(error) && error.kind).toBe('validation');
    expect(isDataError(error) && error.problems).toEqual([
      { field: 'track.0.title', code: 'trackInUse', params: { kind: 'track', title: current.tracks[0].title, goals: used } }
    ]);
    const after = await services.load(2023);
    expect(after.current?.tracks).toHaveLength(2);
    expect(after.current?.strategy.title).toBe(current.strategy.title);
    // A track no goal uses may go.
    const unused = toDraftOf(current);
    unused.tracks = unused.tracks.slice(0, 1);
    expect((await services.save(unused, current)).tracks.map((t) => t.id)).toEqual([current.tracks[0].id]);
    const restored = toDraftOf(current);
    restored.tracks[1] = { ...restored.tracks[1], id: undefined, clientId: derivedClientId('integration-track-2-back') };
    const back = await services.save(restored, (await services.load(2023)).current);
    expect(back.tracks.map((t) => t.title)).toEqual(current.tracks.map((t) => t.title));
  });

  it('starts 2024 as a copy of 2023; pressing twice gives one copy', async () => {
    const services = admin(SECRETARIAT);
    expect(await services.copyToNextYear(2023)).toBe(2024);
    expect(await services.copyToNextYear(2023)).toBe(2024);
    const source = (await services.load(2023)).current;
    const copy = (await services.load(2024)).current;
    if (!source || !copy) throw new Error('strategies missing');
    expect((await repo().all()).filter((s) => s.year === 2024)).toHaveLength(1);
    expect(copy.strategy.title).toBe(source.strategy.title.replace('2023', '2024'));
    expect(copy.strategy.deadlines).toEqual([
      { title: 'Afleveres til direktionen', date: '2023-12-01' },
      { title: 'Opfølgning på aftalen', date: '2025-02-28' }
    ]);
    expect(copy.strategy.minimumGoalContent).toEqual(source.strategy.minimumGoalContent);
    expect(copy.strategy.goalTemplate).toBe(source.strategy.goalTemplate);
    expect(copy.tracks.map((t) => [t.kind, t.number, t.title, t.description])).toEqual(source.tracks.map((t) => [t.kind, t.number, t.title, t.description]));
    expect(copy.requirements.map((r) => [r.number, r.title, r.appliesTo])).toEqual(source.requirements.map((r) => [r.number, r.title, r.appliesTo]));
    // The copy's tracks are items of its own: 2023's goals keep pointing at 2023's tracks.
    expect(copy.tracks.every((t) => !source.tracks.some((s) => s.id === t.id))).toBe(true);
  });

  it('copies 2024 to 2025 once when pressed twice at once, and completes an interrupted copy', async () => {
    const services = admin(SECRETARIAT);
    expect(await Promise.all([services.copyToNextYear(2024), services.copyToNextYear(2024)])).toEqual([2025, 2025]);
    const copy = (await services.load(2025)).current;
    expect((await repo().all()).filter((s) => s.year === 2025)).toHaveLength(1);
    expect(copy?.tracks).toHaveLength(2);
    expect(copy?.requirements).toHaveLength(7);
    // An interrupted copy (one track lost) is completed by the next press, without duplicates.
    const lost = copy?.tracks[1];
    if (!lost) throw new Error('track missing');
    await repo().tracks.remove(lost);
    await services.copyToNextYear(2024);
    const completed = (await services.load(2025)).current;
    expect(completed?.tracks.map((t) => t.title)).toEqual(copy?.tracks.map((t) => t.title));
    expect(completed?.requirements).toHaveLength(7);
  });
});

describe('a new year from scratch', () => {
  it('creates 2030 once, also when the save is repeated after a lost response', async () => {
    const services = admin(SECRETARIAT);
    const draft = {
      strategy: {
        year: 2030,
        title: 'DUS 2030',
        deadlines: [{ title: 'Afleveres til direktionen', date: '2029-12-01' }],
        minimumGoalContent: ['purpose' as const],
        clientId: derivedClientId('integration-dus-2030')
      },
      tracks: [{ kind: 'track' as const, number: 1, title: 'Ét spor', clientId: derivedClientId('integration-dus-2030-track-1') }],
      requirements: [{ number: 1, title: 'Ét krav', appliesTo: 'agreement' as const, clientId: derivedClientId('integration-dus-2030-req-1') }]
    };
    const first = await services.save(draft, undefined);
    const again = await services.save(draft, undefined);
    expect(again.strategy.id).toBe(first.strategy.id);
    expect(again.tracks.map((t) => t.id)).toEqual(first.tracks.map((t) => t.id));
    expect(again.requirements.map((r) => r.id)).toEqual(first.requirements.map((r) => r.id));
    expect((await repo().all()).filter((s) => s.year === 2030)).toHaveLength(1);
    // Without the ClientId it is a second DUS for the year: refused with the reason's code (the UI says it).
    const error = await errorOf(services.save({ ...draft, strategy: { ...draft.strategy, clientId: derivedClientId('another') } }, undefined));
    expect(isDataError(error) && error.problems).toEqual([{ field: 'year', code: 'yearTaken', params: { year: 2030 } }]);
  });
});

describe('SharePoint refuses writes from readers and editors', () => {
  it.each([READER, EDITOR])('%s gets 403 on the strategy, a track, a requirement and a copy', async (login) => {
    const theirs = new StrategyRepository(sp(login));
    const current = await theirs.forYear(2023);
    if (!current) throw new Error('2023 missing');
    const writes: Array<() => Promise<unknown>> = [
      () => theirs.strategies.update(current.strategy, { title: 'Hacket' }),
      () => theirs.tracks.create({ strategyId: current.strategy.id, kind: 'track', number: 9, title: 'Uønsket' }),
      () => theirs.requirements.remove(current.requirements[0]),
      () => admin(login).copyToNextYear(2025)
    ];
    for (const write of writes) {
      const error = await errorOf(write());
      expect(isDataError(error) && [error.kind, error.status]).toEqual(['forbidden', 403]);
    }
    const after = await repo().forYear(2023);
    expect(after?.strategy.title).toBe(current.strategy.title);
    expect(after?.requirements).toHaveLength(current.requirements.length);
    expect((await repo().all()).some((s) => s.year === 2026)).toBe(false);
  });
});
