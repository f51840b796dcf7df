// The simulated tenant's directory (Entra ID): the people a login resolves to. SharePoint takes a
// user's display name from the directory when the user is first seen on a site (ensureUser, first
// sign-in), never from the login, so the demo users carry their seeded names everywhere (history,
// "på vegne af", e-mails). Logins not in the directory get a name made from the login.
import { seedMunicipalities, SITE_OWNER_DISPLAY_NAME, SITE_OWNER_LOGIN } from '../seed';

const people = new Map<string, string>([[SITE_OWNER_LOGIN.toLowerCase(), SITE_OWNER_DISPLAY_NAME]]);
/** The Department of each demo user's profile: as HR names the unit, else the unit's title. */
const profileDepartments = new Map<string, string>();
for (const municipality of seedMunicipalities) {
  for (const user of municipality.users) {
    people.set(user.login.toLowerCase(), user.displayName);
    const department = municipality.departments.find((d) => d.key === user.departmentKey);
    const name = user.profileDepartment ?? department?.title;
    if (name !== undefined) profileDepartments.set(user.login.toLowerCase(), name);
  }
}

/** The Department property of a plain login's user profile ('' when the directory has none). */
export function directoryDepartment(plainLogin: string): string {
  return profileDepartments.get(plainLogin.toLowerCase()) ?? '';
}

/** The display name of a plain login (user@domain). */
export function directoryDisplayName(plainLogin: string): string {
  return people.get(plainLogin) ?? plainLogin.split('@')[0].replace(/[._]/g, ' ');
}
