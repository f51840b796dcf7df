// The year's DUS: a strategy with its tracks (tracks, themes, focus areas) and requirements.
// Tracks and Requirements hold a few items a year; they are read by Strategy (indexed lookup).
import type { SPFI } from '@pnp/sp';
import type { NewRequirement, NewStrategy, NewTrack, Requirement, Strategy, Track } from '../../domain';
import { and, compare, eq } from '../odata';
import { MAX_AGREEMENT_YEARS } from '../../domain/yearSpan';
import { ListStore, QuerySpec, Versioned } from './listStore';
import { REQUIREMENT, requirementMapping, STRATEGY, strategyMapping, TRACK, trackMapping } from './mappers/strategyMappers';

export interface StrategyWithParts {
  strategy: Versioned<Strategy>;
  tracks: Array<Versioned<Track>>;
  requirements: Array<Versioned<Requirement>>;
}

const byNumber = <T extends { number?: number; id: number }>(a: T, b: T): number =>
  (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) || a.id - b.id;

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

  public all(): Promise<Array<Versioned<Strategy>>> {
    return this.strategies.query(StrategyRepository.allById());
  }
}
