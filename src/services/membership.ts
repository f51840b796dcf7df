// Who is in each of the product's SharePoint groups, including people who are members only through
// an Entra ID security group or Microsoft 365 group that IT put into the SharePoint group. One map,
// read once per page view, serves both the current user's own groups (actions, Mine opgaver) and
// the verification of everyone else's log entries, so a member through Entra gets exactly what a
// direct member gets.
//
// Design (issue #14.5): SharePoint lists only direct members (users and the Entra group as a
// principal), so the Entra groups are expanded through Microsoft Graph's transitiveMembers
// (GroupMember.Read.All) and their UPNs mapped to the site's user ids. Effective permissions would
// let SharePoint answer for the current user alone; a reader cannot ask SharePoint about another
// user's permissions, and verifying an approval means asking exactly that about its author.
import type { SPFI } from '@pnp/sp';
import type { GroupKey, GroupMembership, PersonRef } from '../domain';
import { GROUPS } from '../data/schema';
import { GroupRepository, loginUpn, PRINCIPAL_SECURITY_GROUP, type GroupPrincipal } from '../data/repositories/groupRepository';
import { isGraphError, type GraphClient } from '../data/graph/graphClient';
import { transitiveMemberUpns } from '../data/graph/groupMembers';

export interface MembershipSnapshot {
  /** User ids per group, direct and through Entra ID groups. */
  membership: GroupMembership;
  /** Every member as a person (names and e-mail for history and notifications). */
  people: Map<number, PersonRef>;
  /** Danish: Entra ID groups whose members could not be read, and what that means. */
  problems: string[];
}

/** The object id in a group principal's claim (c:0t.c|tenant|<id>, c:0o.c|federateddirectoryclaimprovider|<id>). */
function objectIdOf(principal: GroupPrincipal): string | undefined {
  const id = principal.loginName.split('|').pop() ?? '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id.toLowerCase() : undefined;
}

function problemText(principal: GroupPrincipal, groupTitle: string, error: unknown): string {
  const why =
    isGraphError(error) && error.status === 403
      ? 'fordi appens tilladelse GroupMember.Read.All til Microsoft Graph ikke er godkendt (SharePoint Admin Center, API-adgang)'
      : error === undefined
        ? 'fordi gruppen ikke kan slås op i Microsoft Graph'
        : 'fordi Microsoft Graph ikke svarede';
  return (
    `Medlemmerne af Entra ID-gruppen »${principal.title}« i »${groupTitle}« kan ikke læses, ${why}. ` +
    'Indtil da får de ikke gruppens handlinger, og deres beslutninger vises som ikke verificeret.'
  );
}

export async function readMembership(sp: SPFI, graph: GraphClient | undefined): Promise<MembershipSnapshot> {
  const repo = new GroupRepository(sp);
  const direct = await repo.directMembers();
  const entra = new Map<string, GroupPrincipal>();
  for (const g of GROUPS) for (const p of direct[g.key]) if (p.principalType === PRINCIPAL_SECURITY_GROUP) entra.set(p.loginName, p);

  // Each Entra group once, whatever the number of SharePoint groups it is in.
  const upnsOf = new Map<string, string[]>();
  const failed = new Map<string, unknown>();
  await Promise.all(
    [...entra.values()].map(async (p) => {
      const id = objectIdOf(p);
      if (id === undefined || graph === undefined) {
        failed.set(p.loginName, undefined);
        return;
      }
      try {
        upnsOf.set(p.loginName, await transitiveMemberUpns(graph, id));
      } catch (error) {
        failed.set(p.loginName, error);
      }
    })
  );

  const people = new Map<number, PersonRef>();
  const byUpn = new Map<string, GroupPrincipal>();
  for (const g of GROUPS) for (const p of direct[g.key]) if (p.principalType !== PRINCIPAL_SECURITY_GROUP) byUpn.set(loginUpn(p.loginName), p);
  const missing = Array.from(new Set([...upnsOf.values()].flat())).filter((upn) => !byUpn.has(upn));
  for (const u of await repo.usersByUpn(missing)) byUpn.set(loginUpn(u.loginName), u);

  const membership: Partial<Record<GroupKey, number[]>> = {};
  const problems: string[] = [];
  for (const g of GROUPS) {
    const ids = new Set<number>();
    for (const p of direct[g.key]) {
      const members =
        p.principalType === PRINCIPAL_SECURITY_GROUP
          ? (upnsOf.get(p.loginName) ?? []).map((upn) => byUpn.get(upn)).filter((u): u is GroupPrincipal => u !== undefined)
          : [p];
      if (failed.has(p.loginName)) problems.push(problemText(p, g.title, failed.get(p.loginName)));
      for (const m of members) {
        ids.add(m.id);
        people.set(m.id, { id: m.id, title: m.title, email: m.email });
      }
    }
    membership[g.key] = [...ids];
  }
  return { membership, people, problems };
}
