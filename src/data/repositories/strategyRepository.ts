// The year's DUS: a strategy with its tracks (tracks, themes, focus areas) and requirements.
// Tracks and Requirements hold a few items a year; they are read by Strategy (indexed lookup).
import type { SPFI } from '@pnp/sp';
import type { NewRequirement, NewStrategy, NewTrack, Requirement, Strategy, Track } from '../../domain';
import { and, compare, eq } from '../odata';
import { MAX_AGREEMENT_YEARS, pickCovering } from '../../domain/yearSpan';
import { ListStore, QuerySpec, Versioned, type CreateOptions } from './listStore';
import type { Page } from './paging';
import { REQUIREMENT, requirementMapping, STRATEGY, strategyMapping, TRACK, trackMapping } from './mappers/strategyMappers';

export interface StrategyWithParts {
  strategy: Versioned<Strategy>;
  tracks: Array<Versioned<Track>>;
  requirements: Array<Versioned<Requirement>>;
}

const byNumber = <T extends { number?: number; id: number }>(a: T, b: T): number =>
  (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) || a.id - b.id;

/** The writes of one part list (tracks or requirements) of a strategy. */
export interface PartWriter<T extends { id: number }, N> {
  create(value: N): Promise<Versioned<T>>;
  update(current: Versioned<T>, changes: Partial<N>): Promise<Versioned<T>>;
  remove(current: Versioned<T>): Promise<void>;
}

function writerOf<T extends { id: number }, N extends { clientId?: string }>(store: ListStore<T, N>): PartWriter<T, N> {
  return { create: (value) => store.create(value), update: (current, changes) => store.update(current, changes), remove: (current) => store.remove(current) };
}

/** The first pages of a year's strategy, tracks and requirements, read in one $batch. */
export interface StrategyPages {
  strategyPage: Promise<Page>;
  trackPage: Promise<Page>;
  requirementPage: Promise<Page>;
}

export class StrategyRepository {
  public readonly strategies: ListStore<Strategy, NewStrategy>;
  public readonly tracks: ListStore<Track, NewTrack>;
  public readonly requirements: ListStore<Requirement, NewRequirement>;

  public constructor(sp: SPFI) {
    this.strategies = new ListStore(sp, strategyMapping);
    this.tracks = new ListStore(sp, trackMapping);
    this.requirements = new ListStore(sp, requirementMapping);
  }

  public static forYear(year: number): QuerySpec {
    return { filter: eq(STRATEGY.year, year), indexedField: STRATEGY.year };
  }

  /** Strategies that may cover the year (a DUS with "Til og med år" runs over several): the
   * indexed Year range; keep the covering one with pickCovering (domain/yearSpan.ts). */
  public static coveringYear(year: number): QuerySpec {
    return { filter: and(compare(STRATEGY.year, 'ge', year - MAX_AGREEMENT_YEARS + 1), compare(STRATEGY.year, 'le', year)), indexedField: STRATEGY.year };
  }

  public static tracksOf(strategyId: number): QuerySpec {
    return { filter: eq(`${TRACK.strategy}Id`, strategyId), indexedField: `${TRACK.strategy}Id` };
  }

  public static requirementsOf(strategyId: number): QuerySpec {
    return { filter: eq(`${REQUIREMENT.strategy}Id`, strategyId), indexedField: `${REQUIREMENT.strategy}Id` };
  }

  /** Every row of a small list, paged by ID (always indexed): used where one batch must carry
   * tracks for a strategy whose id is not known yet. */
  public static allById(): QuerySpec {
    return { indexedField: 'ID', orderBy: { field: 'ID', ascending: true } };
  }

  public static assemble(
    strategies: Array<Versioned<Strategy>>,
    tracks: Array<Versioned<Track>>,
    requirements: Array<Versioned<Requirement>>
  ): StrategyWithParts | undefined {
    const strategy = strategies[0];
    if (strategy === undefined) return undefined;
    return {
      strategy,
      tracks: tracks.filter((t) => t.strategyId === strategy.id).sort(byNumber),
      requirements: requirements.filter((r) => r.strategyId === strategy.id).sort(byNumber)
    };
  }

  /**
   * The year's strategy in a $batch (inOneBatch) with other reads: its tracks and requirements
   * cannot be filtered by a strategy id not known yet, so the two small lists are read whole by
   * ID (a few items per year) and matched to the strategy in finishYear.
   */
  public readYearPages(year: number, batched: SPFI): StrategyPages {
    return {
      strategyPage: this.strategies.page(StrategyRepository.forYear(year), batched),
      trackPage: this.tracks.page(StrategyRepository.allById(), batched),
      requirementPage: this.requirements.page(StrategyRepository.allById(), batched)
    };
  }

  /** As readYearPages, but the strategies that may cover the year (a multi-year DUS, "Til og med
   * år"); finishCoveringYear keeps the covering one (pickCovering). */
  public readCoveringYearPages(year: number, batched: SPFI): StrategyPages {
    return { ...this.readYearPages(year, batched), strategyPage: this.strategies.page(StrategyRepository.coveringYear(year), batched) };
  }

  public async finishCoveringYear(pages: { [K in keyof StrategyPages]: Page }, year: number): Promise<StrategyWithParts | undefined> {
    const [found, tracks, requirements] = await Promise.all([
      this.strategies.finish(pages.strategyPage),
      this.tracks.finish(pages.trackPage),
      this.requirements.finish(pages.requirementPage)
    ]);
    const covering = pickCovering(found, year);
    return StrategyRepository.assemble(covering ? [covering] : [], tracks, requirements);
  }

  /** The strategy covering the year alone (no tracks or requirements), or undefined. */
  public async strategyCoveringYear(year: number): Promise<Versioned<Strategy> | undefined> {
    return pickCovering(await this.strategies.query(StrategyRepository.coveringYear(year)), year);
  }

  public async finishYear(pages: { [K in keyof StrategyPages]: Page }): Promise<StrategyWithParts | undefined> {
    const [list, tracks, requirements] = await Promise.all([
      this.strategies.finish(pages.strategyPage),
      this.tracks.finish(pages.trackPage),
      this.requirements.finish(pages.requirementPage)
    ]);
    return StrategyRepository.assemble(list, tracks, requirements);
  }

  /** The year's strategy with its parts, or undefined when the year has none. */
  public async forYear(year: number): Promise<StrategyWithParts | undefined> {
    const strategies = await this.strategies.query(StrategyRepository.forYear(year));
    const strategy = strategies[0];
    if (strategy === undefined) return undefined;
    const [tracks, requirements] = await Promise.all([
      this.tracks.query(StrategyRepository.tracksOf(strategy.id)),
      this.requirements.query(StrategyRepository.requirementsOf(strategy.id))
    ]);
    return StrategyRepository.assemble(strategies, tracks, requirements);
  }

  /** The year's strategy alone (no tracks or requirements), or undefined when the year has none. */
  public async strategyOfYear(year: number): Promise<Versioned<Strategy> | undefined> {
    return (await this.strategies.query(StrategyRepository.forYear(year)))[0];
  }

  /** A strategy a create repeated after a lost response may have made already. */
  public findByClientId(clientId: string): Promise<Versioned<Strategy> | undefined> {
    return this.strategies.findByClientId(clientId);
  }

  public create(strategy: NewStrategy, options?: CreateOptions): Promise<Versioned<Strategy>> {
    return this.strategies.create(strategy, options);
  }

  public update(current: Versioned<Strategy>, changes: Partial<NewStrategy>): Promise<Versioned<Strategy>> {
    return this.strategies.update(current, changes);
  }

  public get trackWriter(): PartWriter<Track, NewTrack> {
    return writerOf(this.tracks);
  }

  public get requirementWriter(): PartWriter<Requirement, NewRequirement> {
    return writerOf(this.requirements);
  }

  public all(): Promise<Array<Versioned<Strategy>>> {
    return this.strategies.query(StrategyRepository.allById());
  }
}
