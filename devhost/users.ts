// The user switcher's list: the seeded demo users of each municipality (seed/), the site owner
// included, so a developer or an evaluator can see the product as each role sees it.
import { seedMunicipalities } from '../seed';
import type { SeedRole } from '../seed/types';

export interface DevhostUser {
  login: string;
  displayName: string;
  role: SeedRole | 'owner';
}

export interface DevhostMunicipality {
  key: string;
  title: string;
  sitePath: string;
  stageConfigurationKey: string;
  users: DevhostUser[];
}

export const ROLE_ORDER: Array<DevhostUser['role']> = ['reader', 'editor', 'leader', 'approver', 'secretariat', 'owner'];

export function devhostMunicipalities(): DevhostMunicipality[] {
  return seedMunicipalities.map((municipality) => ({
    key: municipality.key,
    title: municipality.title,
    sitePath: municipality.sitePath,
    stageConfigurationKey: municipality.stageConfigurationKey,
    users: [
      ...[...municipality.users]
        .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
        .map((user) => ({ login: user.login, displayName: user.displayName, role: user.role })),
      { login: municipality.siteOwnerLogin, displayName: 'Webstedsejer (admin)', role: 'owner' as const }
    ]
  }));
}
