// The Microsoft Graph endpoints the product calls for group membership, on the emulator's origin
// under /v1.0 (the user named as for SharePoint). Shapes as Graph documents them:
//   GET /v1.0/groups/{id}/transitiveMembers/microsoft.graph.user?$select=id,userPrincipalName,mail
//   -> { value: [{ '@odata.type': '#microsoft.graph.user', id, userPrincipalName, mail }], '@odata.nextLink'? }
//   https://learn.microsoft.com/en-us/graph/api/group-list-transitivemembers (delegated
//   GroupMember.Read.All; without it Graph answers 403 Authorization_RequestDenied,
//   "Insufficient privileges to complete the operation."). Pages of $top (default 100, max 999).
import type { Directory } from '../directory';
import { userObjectId } from '../directory';

export interface GraphResponse {
  status: number;
  json: unknown;
}

const graphError = (status: number, code: string, message: string): GraphResponse => ({
  status,
  json: { error: { code, message, innerError: { date: new Date().toISOString() } } }
});

export function handleGraphGroups(url: URL, origin: string, login: string | undefined, directory: Directory): GraphResponse {
  if (!login) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  const match = /^\/v1\.0\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user\/?$/i.exec(url.pathname);
  if (!match) return graphError(400, 'BadRequest', `Resource not found for the segment '${url.pathname}'.`);
  if (!directory.state.groupMemberReadGranted) return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  const group = directory.group(decodeURIComponent(match[1]));
  if (!group)
    return graphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${match[1]}' does not exist or one of its queried reference-property objects are not present.`
    );
  const top = Math.min(Math.max(Number(url.searchParams.get('$top') ?? 100) || 100, 1), 999);
  const skip = Number(url.searchParams.get('$skiptoken') ?? 0) || 0;
  const members = directory.transitiveMembers(group.id).sort();
  const page = members
    .slice(skip, skip + top)
    .map((upn) => ({ '@odata.type': '#microsoft.graph.user', id: userObjectId(upn), userPrincipalName: upn, mail: upn }));
  const json: Record<string, unknown> = { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName,mail)', value: page };
  if (skip + top < members.length) {
    const next = new URL(url.toString(), origin);
    next.searchParams.set('$skiptoken', String(skip + top));
    json['@odata.nextLink'] = `${origin}${next.pathname}${next.search}`;
  }
  return { status: 200, json };
}
