// The signed-in user's SharePoint user profile (the first screen's last resort). Its own file, not
// siteRepository: @pnp/sp/profiles loads only with the first-screen chunk.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';

/** One entry of PersonProperties.UserProfileProperties (SP.KeyValue): Key, Value, ValueType. */
interface ProfileProperty {
  Key: string;
  Value: string;
}

/**
 * The Department of the signed-in user's SharePoint user profile:
 * GET _api/SP.UserProfiles.PeopleManager/GetMyProperties answers a PersonProperties whose
 * UserProfileProperties is a list of { Key, Value, ValueType } (User profiles REST API reference,
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-rest-reference/dn790354(v=office.15);
 * "Department" is one of the keys, PersonProperties.userProfileProperties,
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj679700(v=office.15)).
 * A tenant without the user profile service, or a profile that cannot be read, gives none.
 */
export async function profileDepartment(sp: SPFI): Promise<string | undefined> {
  try {
    const properties = await sp.profiles.myProperties<{ UserProfileProperties?: ProfileProperty[] | { results?: ProfileProperty[] } }>();
    const raw = properties.UserProfileProperties;
    const list = Array.isArray(raw) ? raw : (raw?.results ?? []);
    const value = list.find((p) => p.Key === 'Department')?.Value;
    return value !== undefined && value.trim() !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}
