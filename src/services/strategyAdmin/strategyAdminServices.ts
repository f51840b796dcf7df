// The DUS administration: read a year's strategy with its tracks and requirements (everyone), and
// for the secretariat create, edit and copy it. SharePoint enforces who may write (the frame lists
// give readers and editors read only); `canEdit` mirrors that so the UI never offers a refused edit.
import type { SPFI } from '@pnp/sp';
import type { NewRequirement, NewStrategy, NewTrack, Requirement, StageConfiguration, Strategy, Track } from '../../domain';
import { trackRemovalProblem, validateStrategy, type StrategyDraft } from '../../domain/strategyValidation';
import { copyStrategy, copyTargetYear } from '../../domain/strategyCopy';
import { problemCodes } from '../../domain/validationResult';
import { copyClientIds } from '../../data/repositories/clientId';
import { DataError, isDataError } from '../../data/errors/DataError';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { StrategyRepository, type PartWriter, type StrategyWithParts } from '../../data/repositories/strategyRepository';
import type { Versioned } from '../../data/repositories/listStore';
import type { UserPermissions } from '../AppServices';

export type { StrategyWithParts } from '../../data/repositories/strategyRepository';

export interface StrategyYear {
  year: number;
  yearTo?: number;
}

export interface StrategyAdminData {
  year: number;
  /** The year's DUS with the ETags a save sends; undefined when the year has none yet. */
  current: StrategyWithParts | undefined;
  /** Every strategy's years, oldest first (year uniqueness, the year picker, the copy source). */
  years: StrategyYear[];
  /** Member of the secretariat group: the only users SharePoint lets write the DUS. */
  canEdit: boolean;
}

export interface StrategyAdminServices {
  load(year: number): Promise<StrategyAdminData>;
  /**
   * Creates (no `current`) or updates the DUS with its parts. Updates send each item's ETag; a
   * concurrent change of the same field throws a DataError 'conflict'. Removing a track that goals
   * use is refused (DataError 'validation', the Danish reason as message) before anything is written.
   */
  save(draft: StrategyDraft, current: StrategyWithParts | undefined): Promise<StrategyWithParts>;
  /** How many goals of the strategy's years use the track (a track in use may not be removed). */
  goalsUsingTrack(track: Pick<Track, 'id'>, years: StrategyYear): Promise<number>;
  /** Next year's DUS as a copy of `sourceYear`'s; idempotent. Returns the new (or found) year. */
  copyToNextYear(sourceYear: number): Promise<number>;
}

export interface StrategyAdminDeps {
  permissions(): Promise<UserPermissions>;
}

type Editable<T> = Omit<T, 'strategyId'> & { id?: number };

/** Only the keys whose values differ from what was read: a patch stays a patch. */
function changes<T extends object>(before: T, after: T, keys: ReadonlyArray<keyof T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = after[key];
  }
  return out;
}

const STRATEGY_KEYS: ReadonlyArray<keyof NewStrategy> = [
  'year',
  'yearTo',
  'title',
  'vision',
  'intro',
  'deadlines',
  'minimumGoalContent',
  'goalTemplate',
  'agreementSections'
];
const TRACK_KEYS: ReadonlyArray<keyof NewTrack> = ['kind', 'number', 'title', 'description'];
const REQUIREMENT_KEYS: ReadonlyArray<keyof NewRequirement> = ['number', 'title', 'description', 'appliesTo'];

export function createStrategyAdminServices(sp: SPFI, config: StageConfiguration, deps: StrategyAdminDeps): StrategyAdminServices {
  const repo = new StrategyRepository(sp);
  const goals = new GoalRepository(sp, config);

  const years = async (): Promise<StrategyYear[]> => (await repo.all()).map((s) => ({ year: s.year, yearTo: s.yearTo })).sort((a, b) => a.year - b.year);

  const goalsUsingTrack = async (track: Pick<Track, 'id'>, span: StrategyYear): Promise<number> => {
    const counts = await Promise.all(yearsOf(span).map((year) => goals.countUsingTrack(year, track.id)));
    return counts.reduce((a, b) => a + b, 0);
  };

  /** Creates, updates and removes the parts of one list so it holds `wanted`. */
  async function syncParts<T extends Track | Requirement, N extends NewTrack | NewRequirement>(
    writer: PartWriter<T, N>,
    strategyId: number,
    existing: Array<Versioned<T>>,
    wanted: Array<Editable<N>>,
    keys: ReadonlyArray<keyof N>
  ): Promise<void> {
    const writes: Array<Promise<unknown>> = [];
    for (const item of existing) {
      if (!wanted.some((w) => w.id === item.id)) writes.push(writer.remove(item));
    }
    for (const w of wanted) {
      const { id, ...value } = w;
      const next = { ...value, strategyId } as unknown as N;
      const before = id === undefined ? undefined : existing.find((e) => e.id === id);
      if (before === undefined) {
        writes.push(writer.create(next));
      } else {
        const patch = changes(before as unknown as N, next, keys);
        if (Object.keys(patch).length > 0) writes.push(writer.update(before, patch));
      }
    }
    await Promise.all(writes);
  }

  return {
    async load(year) {
      const [current, all, permissions] = await Promise.all([repo.forYear(year), years(), deps.permissions()]);
      return { year, current, years: all, canEdit: permissions.groups.includes('secretariat') };
    },

    goalsUsingTrack,

    async save(input, given) {
      let current = given;
      let draft = input;
      if (!current && draft.strategy.clientId !== undefined) {
        // A create repeated after a lost response (or a failure half-way): the strategy may be
        // there already. Carry on from it, and let the rows it has keep their items.
        const landed = await repo.findByClientId(draft.strategy.clientId);
        current = landed ? await repo.forYear(landed.year) : undefined;
        if (current) draft = adoptLanded(draft, current);
      }
      const others = (await years()).map((y) => y.year).filter((y) => y !== current?.strategy.year);
      const validation = validateStrategy(draft, others);
      if (!validation.valid) {
        throw new DataError('validation', { detail: problemCodes(validation.problems), problems: validation.problems });
      }
      // A track in use is refused before any write, so a refused save changes nothing.
      if (current) {
        const span = { year: current.strategy.year, yearTo: current.strategy.yearTo };
        for (const [index, track] of current.tracks.entries()) {
          if (draft.tracks.some((d) => d.id === track.id)) continue;
          const refusal = trackRemovalProblem(track, await goalsUsingTrack(track, span), index);
          if (refusal) throw new DataError('validation', { detail: problemCodes([refusal]), problems: [refusal] });
        }
      }
      let strategy: Versioned<Strategy>;
      if (current) {
        const patch = changes(current.strategy as NewStrategy, draft.strategy, STRATEGY_KEYS);
        strategy = Object.keys(patch).length > 0 ? await repo.update(current.strategy, patch) : current.strategy;
      } else {
        strategy = await repo.create(draft.strategy);
      }
      await Promise.all([
        syncParts<Track, NewTrack>(repo.trackWriter, strategy.id, current?.tracks ?? [], draft.tracks, TRACK_KEYS),
        syncParts<Requirement, NewRequirement>(repo.requirementWriter, strategy.id, current?.requirements ?? [], draft.requirements, REQUIREMENT_KEYS)
      ]);
      const saved = await repo.forYear(strategy.year);
      if (!saved) throw new DataError('notFound', { detail: `Strategy ${strategy.year} vanished after its save` });
      return saved;
    },

    async copyToNextYear(sourceYear) {
      const source = await repo.forYear(sourceYear);
      if (!source) throw new DataError('notFound', { detail: `No strategy for ${sourceYear} to copy` });
      const copy = copyStrategy(source, copyClientIds);
      const year = copyTargetYear(source.strategy);
      let target = await repo.forYear(year);
      if (target && target.strategy.clientId !== copy.strategy.clientId) {
        // The year was made otherwise (by hand, or copied from another year): never overwrite it.
        return year;
      }
      if (!target) {
        try {
          await repo.create(copy.strategy, { duplicate: 'throw' });
        } catch (e) {
          // Another press won the race: the Year column is unique, so the server refused this one
          // (SPDuplicateValuesFoundException).
          // That press is creating the parts; making them here too could duplicate them.
          if (isDataError(e) && (await repo.forYear(year))) return year;
          throw e;
        }
        target = await repo.forYear(year);
        if (!target) throw new DataError('notFound', { detail: `Strategy ${year} vanished after its create` });
      }
      // Create what is missing (all of it the first time; the rest after an interrupted copy).
      // Each create carries a ClientId from its source item, so a repeat finds it instead.
      const strategyId = target.strategy.id;
      const have = new Set([...target.tracks, ...target.requirements].map((p) => p.clientId));
      await Promise.all([
        ...copy.tracks.filter((t) => !have.has(t.clientId)).map((t) => repo.trackWriter.create({ ...t, strategyId })),
        ...copy.requirements.filter((r) => !have.has(r.clientId)).map((r) => repo.requirementWriter.create({ ...r, strategyId }))
      ]);
      return year;
    }
  };
}

/** Rows without an id whose create landed before (same ClientId) take that item's id. */
function adoptLanded(draft: StrategyDraft, landed: StrategyWithParts): StrategyDraft {
  const adopt = <R extends { id?: number; clientId?: string }>(rows: R[], items: ReadonlyArray<{ id: number; clientId?: string }>): R[] =>
    rows.map((r) => (r.id === undefined && r.clientId !== undefined ? { ...r, id: items.find((i) => i.clientId === r.clientId)?.id } : r));
  return { ...draft, tracks: adopt(draft.tracks, landed.tracks), requirements: adopt(draft.requirements, landed.requirements) };
}

function yearsOf(span: StrategyYear): number[] {
  const out: number[] = [];
  for (let y = span.year; y <= (span.yearTo ?? span.year); y += 1) out.push(y);
  return out;
}
