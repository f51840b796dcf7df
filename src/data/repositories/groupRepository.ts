// The product's SharePoint groups and their direct members, as SharePoint lists them: users, and
// Entra ID groups as principals (PrincipalType 4, SP.Utilities.PrincipalType.SecurityGroup; a
// Microsoft 365 group is one too), which SharePoint does not expand: `sitegroups(n)/users` and
// `currentuser/groups` return direct members only (see "Understanding login name format of
// SharePoint", https://learn.microsoft.com/en-us/answers/questions/349797, and
// https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee541430(v=office.15)
// for PrincipalType). Reads go in one $batch.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { GroupKey } from '../../domain';
import { GROUPS } from '../schema';

/** SP.Utilities.PrincipalType: User 1, SecurityGroup 4 (Entra security and Microsoft 365 groups). */
export const PRINCIPAL_USER = 1;
export const PRINCIPAL_SECURITY_GROUP = 4;

export interface GroupPrincipal {
  id: number;
  title: string;
  email: string;
  loginName: string;
  principalType: number;
}

interface PrincipalRow {
  Id: number;
  Title: string;
  Email: string | null;
  LoginName: string;
  PrincipalType: number;
}

const toPrincipal = (r: PrincipalRow): GroupPrincipal => ({
  id: r.Id,
  title: r.Title,
  email: r.Email ?? '',
  loginName: r.LoginName,
  principalType: r.PrincipalType
});

/** "i:0#.f|membership|x@y" -> "x@y": how a user's login compares with a UPN. */
export function loginUpn(loginName: string): string {
  return (loginName.split('|').pop() ?? '').trim().toLowerCase();
}

export class GroupRepository {
  public constructor(private readonly sp: SPFI) {}

  /** Direct members of each of the product's groups, in one $batch. */
  public async directMembers(): Promise<Record<GroupKey, GroupPrincipal[]>> {
    const [batched, execute] = this.sp.batched();
    const reads = GROUPS.map((g) =>
      batched.web.siteGroups.getByName(g.title).users.select('Id', 'Title', 'Email', 'LoginName', 'PrincipalType')<PrincipalRow[]>()
    );
    const settled = reads.map((r) => r.then((rows) => rows.map(toPrincipal)));
    await execute();
    const lists = await Promise.all(settled);
    return Object.fromEntries(GROUPS.map((g, i) => [g.key, lists[i]])) as Record<GroupKey, GroupPrincipal[]>;
  }

  /** The site's users for these UPNs, in one $batch per 100 (SharePoint's limit of parts per
   * batch); a UPN that has never been a user of the site is left out (it can have written
   * nothing here, and the signed-in user is always a user of the site). */
  public async usersByUpn(upns: readonly string[]): Promise<GroupPrincipal[]> {
    const found: GroupPrincipal[] = [];
    for (let i = 0; i < upns.length; i += 100) {
      const [batched, execute] = this.sp.batched();
      // PnPjs sends the login as a parameter alias, siteUsers(@v)?@v='<login>', encoded.
      const reads = upns.slice(i, i + 100).map((upn) =>
        batched.web.siteUsers
          .getByLoginName(`i:0#.f|membership|${upn}`)
          .select('Id', 'Title', 'Email', 'LoginName', 'PrincipalType')<PrincipalRow>()
          .then(toPrincipal, () => undefined)
      );
      await execute();
      for (const u of await Promise.all(reads)) if (u !== undefined) found.push(u);
    }
    return found;
  }
}
