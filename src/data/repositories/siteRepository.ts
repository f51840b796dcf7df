// The site itself: who the user is, what SharePoint lets them do on the web and in each
// department's folder, and which of the schema's lists exist. Services ask here instead of calling
// sp.web themselves (docs/architecture.md, "Repositories own their queries").
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { ListDef } from '../schema/types';
import { departmentFolderName } from './departmentFolder';
import { listByUrl } from './listByUrl';

export interface SiteUser {
  id: number;
  login: string;
  title: string;
  email: string;
}

/** The permissions the product asks about, by what they allow. */
export type SitePermission = 'manageWeb' | 'manageLists' | 'managePermissions' | 'addListItems' | 'editListItems';

const KINDS: Record<SitePermission, PermissionKind> = {
  manageWeb: PermissionKind.ManageWeb,
  manageLists: PermissionKind.ManageLists,
  managePermissions: PermissionKind.ManagePermissions,
  addListItems: PermissionKind.AddListItems,
  editListItems: PermissionKind.EditListItems
};

/** An effective-permissions mask as SharePoint returned it. */
export interface Permissions {
  has(permission: SitePermission): boolean;
}

/** The user's effective permissions on each department folder of one list. */
export interface FolderPermissions {
  /** Whether the list has any department folders at all (a site not yet set up has none). */
  readonly count: number;
  /** False when the department has no folder. */
  allows(departmentId: number, permission: SitePermission): boolean;
}

interface FolderPermissionRow {
  Name: string;
  ListItemAllFields?: { EffectiveBasePermissions?: { High: string | number; Low: string | number } };
}

export class SiteRepository {
  public constructor(private readonly sp: SPFI) {}

  public async currentUser(): Promise<SiteUser> {
    const u = await this.sp.web.currentUser<{ Id: number; LoginName: string; Title: string; Email: string }>();
    return { id: u.Id, login: u.LoginName, title: u.Title, email: u.Email };
  }

  /** The signed-in user's effective permissions on the web. */
  public async webPermissions(): Promise<Permissions> {
    return this.permissionsOf(await this.sp.web.getCurrentUserEffectivePermissions());
  }

  /**
   * One read gives the user's effective permissions on every department's folder of `list`
   * (ListItem.EffectiveBasePermissions,
   * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/jj245955(v=office.15)).
   */
  public async departmentFolderPermissions(list: Pick<ListDef, 'url'>): Promise<FolderPermissions> {
    const folders = await listByUrl(this.sp, list).rootFolder.folders.select('Name', 'ListItemAllFields/EffectiveBasePermissions').expand('ListItemAllFields')<
      FolderPermissionRow[]
    >();
    return {
      count: folders.length,
      allows: (departmentId, permission) => {
        const folder = folders.find((f) => f.Name.toLowerCase() === departmentFolderName(departmentId));
        const mask = folder?.ListItemAllFields?.EffectiveBasePermissions;
        return mask !== undefined && this.permissionsOf({ High: Number(mask.High), Low: Number(mask.Low) }).has(permission);
      }
    };
  }

  /** The lists of `lists` the web does not have (compared by web-relative URL, "Lists/Goals"). */
  public async missingLists<L extends Pick<ListDef, 'url'>>(lists: readonly L[]): Promise<L[]> {
    const present = await this.sp.web.lists.select('RootFolder/ServerRelativeUrl').expand('RootFolder')<Array<{ RootFolder: { ServerRelativeUrl: string } }>>();
    const urls = new Set(present.map((l) => l.RootFolder.ServerRelativeUrl.toLowerCase().replace(/.*\/(lists\/[^/]+)$/, '$1')));
    return lists.filter((l) => !urls.has(l.url.toLowerCase()));
  }

  private permissionsOf(mask: IBasePermissions): Permissions {
    return { has: (permission) => this.sp.web.hasPermissions(mask, KINDS[permission]) };
  }
}
