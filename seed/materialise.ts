// Resolves a municipality's key references to numeric ids, in the order a loader must create
// the items (departments, strategies with tracks and requirements, agreements, goals). Ids are
// assigned 1, 2, 3 ... per list, which is what a fresh SharePoint list (or the emulator) gives;
// a loader writing to a site with existing items uses the ids the site returns instead. Every
// unresolved key is an error: a seed with a dangling reference must not load half-way.
import type { Agreement, Department, Goal, Requirement, Strategy, Track } from '../src/domain/types';
import type { SeedMunicipality, SeedTrackRef } from './types';

export class SeedReferenceError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SeedReferenceError';
  }
}

export interface MaterialisedMunicipality {
  departments: Department[];
  strategies: Strategy[];
  tracks: Track[];
  requirements: Requirement[];
  agreements: Agreement[];
  goals: Goal[];
  /** Seed key to id, per list. */
  ids: {
    departments: ReadonlyMap<string, number>;
    strategies: ReadonlyMap<string, number>;
    agreements: ReadonlyMap<string, number>;
    goals: ReadonlyMap<string, number>;
  };
}

function idMap(keys: string[], list: string): Map<string, number> {
  const map = new Map<string, number>();
  keys.forEach((key, index) => {
    if (map.has(key)) {
      throw new SeedReferenceError(`Duplicate ${list} key "${key}"`);
    }
    map.set(key, index + 1);
  });
  return map;
}

function resolve(map: ReadonlyMap<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) {
    throw new SeedReferenceError(`Unresolved ${what} "${key}"`);
  }
  return id;
}

export function materialise(m: SeedMunicipality): MaterialisedMunicipality {
  const departmentIds = idMap(
    m.departments.map((d) => d.key),
    'department'
  );
  const strategyIds = idMap(
    m.strategies.map((s) => s.key),
    'strategy'
  );
  const agreementIds = idMap(
    m.agreements.map((a) => a.key),
    'agreement'
  );
  const goalIds = idMap(
    m.goals.map((g) => g.key),
    'goal'
  );

  const departments: Department[] = m.departments.map(({ key, parentKey, ...rest }) => ({
    ...rest,
    id: resolve(departmentIds, key, 'department'),
    parentId: parentKey === undefined ? undefined : resolve(departmentIds, parentKey, `parent of ${key}`)
  }));

  const strategies: Strategy[] = [];
  const tracks: Track[] = [];
  const requirements: Requirement[] = [];
  for (const { key, source: _source, tracks: seedTracks, requirements: seedRequirements, ...rest } of m.strategies) {
    const strategyId = resolve(strategyIds, key, 'strategy');
    strategies.push({ ...rest, id: strategyId });
    seedTracks.forEach((t) => tracks.push({ ...t, strategyId, id: tracks.length + 1 }));
    seedRequirements.forEach((r) => requirements.push({ ...r, strategyId, id: requirements.length + 1 }));
  }

  const agreements: Agreement[] = m.agreements.map(({ key, departmentKey, source: _source, ...rest }) => ({
    ...rest,
    id: resolve(agreementIds, key, 'agreement'),
    departmentId: resolve(departmentIds, departmentKey, `department of agreement ${key}`)
  }));

  const strategyOfYear = (year: number): Strategy | undefined => strategies.find((s) => s.year === year);
  const trackId = (year: number, ref: SeedTrackRef, goalKey: string): number => {
    const strategy = strategyOfYear(year);
    const track = tracks.find((t) => t.strategyId === strategy?.id && t.kind === ref.kind && t.number === ref.number);
    if (!track) {
      throw new SeedReferenceError(`Goal ${goalKey}: no ${ref.kind} ${ref.number} in the strategy of ${year}`);
    }
    return track.id;
  };
  const requirementId = (year: number, number: number, goalKey: string): number => {
    const strategy = strategyOfYear(year);
    const requirement = requirements.find((r) => r.strategyId === strategy?.id && r.number === number);
    if (!requirement) {
      throw new SeedReferenceError(`Goal ${goalKey}: no requirement ${number} in the strategy of ${year}`);
    }
    return requirement.id;
  };

  const goals: Goal[] = m.goals.map((g) => {
    const {
      key,
      agreementKey,
      sharedWithDepartmentKeys,
      trackRefs,
      requirementRefs,
      continuesFromKey,
      heading: _heading,
      continuesFromNote: _continuesFromNote,
      ...rest
    } = g;
    const agreementId = resolve(agreementIds, agreementKey, `agreement of goal ${key}`);
    const agreement = agreements[agreementId - 1];
    return {
      ...rest,
      id: resolve(goalIds, key, 'goal'),
      agreementId,
      departmentId: agreement.departmentId,
      year: agreement.year,
      sharedWithDepartmentIds: sharedWithDepartmentKeys.map((k) => resolve(departmentIds, k, `partner of goal ${key}`)),
      trackIds: trackRefs.map((ref) => trackId(agreement.year, ref, key)),
      requirementIds: requirementRefs.map((n) => requirementId(agreement.year, n, key)),
      continuesFromId: continuesFromKey === undefined ? undefined : resolve(goalIds, continuesFromKey, `goal continued by ${key}`)
    };
  });

  return {
    departments,
    strategies,
    tracks,
    requirements,
    agreements,
    goals,
    ids: { departments: departmentIds, strategies: strategyIds, agreements: agreementIds, goals: goalIds }
  };
}
