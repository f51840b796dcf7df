// Danish labels of the small code-value enumerations of the model.
import type { DepartmentKind, Horizon, TargetDirection, TrackKind, RequirementScope } from './types';

export const DEPARTMENT_KIND_LABELS: Readonly<Record<DepartmentKind, string>> = {
  staff: 'Stab',
  secretariat: 'Fagsekretariat',
  department: 'Afdeling',
  team: 'Team',
  institution: 'Institution'
};

export const TRACK_KIND_LABELS: Readonly<Record<TrackKind, string>> = {
  track: 'Udviklingsspor',
  theme: 'Tværgående tema',
  focusArea: 'Indsatsområde'
};

export const REQUIREMENT_SCOPE_LABELS: Readonly<Record<RequirementScope, string>> = {
  agreement: 'Aftalen',
  goal: 'Hvert mål'
};

export const HORIZON_LABELS: Readonly<Record<Horizon, string>> = {
  oneYear: 'Etårigt',
  multiYear: 'Flerårigt'
};

export const TARGET_DIRECTION_LABELS: Readonly<Record<TargetDirection, string>> = {
  atMost: 'Højst',
  atLeast: 'Mindst',
  exactly: 'Præcis'
};
