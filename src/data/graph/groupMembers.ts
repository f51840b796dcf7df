// Members of an Entra ID group, transitively (nested groups included), from Microsoft Graph:
// GET /groups/{id}/transitiveMembers/microsoft.graph.user?$select=id,userPrincipalName,mail
// (https://learn.microsoft.com/en-us/graph/api/group-list-transitivemembers; delegated permission
// GroupMember.Read.All, requested in config/package-solution.json). Pages are followed through
// @odata.nextLink.
import type { GraphClient } from './graphClient';

interface MembersPage {
  value: Array<{ id: string; userPrincipalName?: string | null; mail?: string | null }>;
  '@odata.nextLink'?: string;
}

/** The UPNs (lower case) of every user in the group. Throws GraphError (403 when the tenant has
 * not approved the permission). */
export async function transitiveMemberUpns(graph: GraphClient, groupId: string): Promise<string[]> {
  const upns: string[] = [];
  let path: string | undefined = `/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user?$select=id,userPrincipalName,mail&$top=999`;
  while (path !== undefined) {
    const page: MembersPage = await graph.get<MembersPage>(path);
    for (const u of page.value) if (u.userPrincipalName) upns.push(u.userPrincipalName.toLowerCase());
    const next = page['@odata.nextLink'];
    // The next link is absolute (https://graph.microsoft.com/v1.0/...); the client wants the path.
    path = next === undefined ? undefined : next.slice(next.indexOf('/v1.0') + '/v1.0'.length);
  }
  return upns;
}
