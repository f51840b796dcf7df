// The user profile service's PeopleManager, as far as the product uses it: the signed-in user's own
// properties (GET _api/SP.UserProfiles.PeopleManager/GetMyProperties). SharePoint answers a
// PersonProperties (AccountName, DisplayName, Email, Title, UserUrl, …) whose
// UserProfileProperties is a list of SP.KeyValue { Key, Value, ValueType }, "Department" among the
// keys (User profiles REST API reference,
// https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-rest-reference/dn790354(v=office.15);
// PersonProperties.userProfileProperties,
// https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj679700(v=office.15)).
// The values come from the simulated directory (people.ts): the seeded people's departments.
// Only GET: the profile is written by the directory sync, not through this resource.
import { ERR, ok, type EmRequest, type EmResponse } from '../http';
import { directoryDepartment, directoryDisplayName } from '../people';

type Segment = { name: string; arg?: string };

export function peopleManagerRoute(req: EmRequest, segs: Segment[]): EmResponse {
  const name = segs[0]?.name.toLowerCase();
  if (name !== 'getmyproperties' || segs.length > 1) throw ERR.notFound(`The resource 'SP.UserProfiles.PeopleManager/${segs.map((s) => s.name).join('/')}'`);
  if (req.method !== 'GET') throw ERR.badRequest(`The HTTP method '${req.method}' cannot be used on GetMyProperties.`);
  const plain = req.user.loginName.split('|').pop() ?? req.user.loginName;
  const displayName = directoryDisplayName(plain.toLowerCase());
  const property = (key: string, value: string): Record<string, string> => ({ Key: key, Value: value, ValueType: 'Edm.String' });
  return ok({
    AccountName: req.user.loginName,
    DirectReports: [],
    DisplayName: displayName,
    Email: req.user.email,
    ExtendedManagers: [],
    ExtendedReports: [req.user.loginName],
    IsFollowed: false,
    LatestPost: null,
    Peers: [],
    PersonalSiteHostUrl: '',
    PersonalUrl: '',
    PictureUrl: null,
    Title: '',
    UserProfileProperties: [
      property('AccountName', req.user.loginName),
      property('PreferredName', displayName),
      property('WorkEmail', req.user.email),
      property('Department', directoryDepartment(plain)),
      property('SPS-Department', directoryDepartment(plain))
    ],
    UserUrl: ''
  });
}
