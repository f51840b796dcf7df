// The seeded users the journeys sign in as: a municipality's user by role (seed/), by login.
import { seedMunicipalities } from '../../../seed';

/** A seeded municipality ('skanderborg', 'albertslund'): its site path and users. */
export function seedMunicipality(key: string): (typeof seedMunicipalities)[number] {
  const found = seedMunicipalities.find((m) => m.key === key);
  if (!found) throw new Error(`seed has no municipality ${key}`);
  return found;
}

/** The login of the seeded user with this role in this municipality. */
export function seedLogin(municipality: string, role: string): string {
  const user = seedMunicipality(municipality).users.find((u) => u.role === role);
  if (!user) throw new Error(`seed has no ${municipality} ${role}`);
  return user.login;
}
