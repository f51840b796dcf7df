// Folders in lists and the permission scope of an item, as SharePoint Online has them.
//
// - A folder is a list item with FSObjType 1 and ContentTypeId 0x0120…; a list's /items returns
//   the items of every folder (and the folders themselves): "Requesting the Items collection for
//   the list will bring back all items and folders regardless of what folder they are in. You can
//   use the file system object type (FSObjType) property" (Rob Windsor, "SharePoint REST API and
//   Lists with Folders", https://www.paitgroup.com/blog/sharepoint-rest-api-and-lists-with-folders).
// - FileDirRef is the server-relative URL of the folder holding the item, FileRef its own URL
//   (an item's leaf is "<id>_.000"), FileLeafRef its name. All read-only through a MERGE: an item
//   changes folder only by a move, never by writing these.
// - An item without unique role assignments inherits them from its folder, the folder from its
//   parent, up to the list (SPListItem.BreakRoleInheritance "copies the role assignments of the
//   parent securable object",
//   https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee551607(v=office.14)).
import { ERR } from './http';
import { hasPermission, type EmItem, type EmList, type EmRoleAssignment, type EmSite, type EmUser } from './model';
import { listMask, maskOfAssignments, type Mask } from './security';

export const FOLDER_CONTENT_TYPE = '0x0120';
export const ITEM_CONTENT_TYPE = '0x01';

export function dirOf(list: EmList, item: EmItem): string {
  return item.dir ?? list.url;
}

export function leafOf(item: EmItem): string {
  return item.folder ? (item.leaf ?? String(item.id)) : `${item.id}_.000`;
}

export function refOf(list: EmList, item: EmItem): string {
  return `${dirOf(list, item)}/${leafOf(item)}`;
}

/** The values SharePoint computes for folders and paths; undefined for every other field. */
export function folderValue(list: EmList, item: EmItem, name: string): unknown {
  switch (name) {
    case 'FSObjType':
      return item.folder ? 1 : 0;
    case 'FileLeafRef':
      return leafOf(item);
    case 'FileDirRef':
      return dirOf(list, item);
    case 'FileRef':
      return refOf(list, item);
    case 'ContentTypeId':
      return item.folder ? FOLDER_CONTENT_TYPE : ITEM_CONTENT_TYPE;
    default:
      return undefined;
  }
}

const sameUrl = (a: string, b: string): boolean => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/** The folder item at a server-relative URL, or undefined (the list's root is no item). */
export function folderAt(list: EmList, url: string): EmItem | undefined {
  for (const item of list.items.values()) if (item.folder && sameUrl(refOf(list, item), url)) return item;
  return undefined;
}

export function isListRoot(list: EmList, url: string): boolean {
  return sameUrl(list.url, url);
}

/** The role assignments that decide over `item`: its own, its nearest folder's with unique ones,
 * or undefined for the list's scope. */
export function scopeOf(list: EmList, item: EmItem, folders: FolderIndex = folderIndex(list)): EmRoleAssignment[] | undefined {
  let current: EmItem | undefined = item;
  for (let depth = 0; current && depth < 64; depth++) {
    if (current.unique) return current.unique;
    const dir = dirOf(list, current);
    current = isListRoot(list, dir) ? undefined : folders.get(dir.replace(/\/+$/, '').toLowerCase());
  }
  return undefined;
}

/** The list's folders by lower-case server-relative URL, built once per request. */
export type FolderIndex = ReadonlyMap<string, EmItem>;

export function folderIndex(list: EmList): FolderIndex {
  // Kept until the list's items change (ItemMap.derive): a query no longer reads the whole list
  // to find its folders.
  return list.items.derive('folders', () => {
    const index = new Map<string, EmItem>();
    for (const item of list.items.values()) if (item.folder) index.set(refOf(list, item).toLowerCase(), item);
    return index;
  });
}

/** Whether any item or folder of the list has permissions of its own. */
function hasUniqueItems(list: EmList): boolean {
  return list.items.derive('unique', () => {
    for (const item of list.items.values()) if (item.unique) return true;
    return false;
  });
}

export function itemMask(site: EmSite, user: EmUser, list: EmList, item: EmItem): Mask {
  const scope = scopeOf(list, item);
  return scope === undefined ? listMask(site, user, list) : maskOfAssignments(site, user, scope);
}

export function requireItem(site: EmSite, user: EmUser, list: EmList, item: EmItem, permission: number): void {
  if (!hasPermission(itemMask(site, user, list, item), permission)) throw ERR.forbidden();
}

/** The scope a new item in folder `url` gets: the folder's, or the list's at the root. */
export function requireInFolder(site: EmSite, user: EmUser, list: EmList, url: string, permission: number): void {
  if (isListRoot(list, url)) {
    if (!hasPermission(listMask(site, user, list), permission)) throw ERR.forbidden();
    return;
  }
  const folder = folderAt(list, url);
  if (!folder) throw ERR.notFound(`File Not Found. The folder '${url}'`);
  requireItem(site, user, list, folder, permission);
}

/** A per-query filter of the items the user may see (SharePoint trims what a user cannot read),
 * computing each distinct scope's mask once. */
export function viewableBy(site: EmSite, user: EmUser, list: EmList, permission: number): (item: EmItem) => boolean {
  const masks = new Map<EmRoleAssignment[] | undefined, boolean>();
  const folders = folderIndex(list);
  if (folders.size === 0 && !hasUniqueItems(list)) return () => true;
  return (item) => {
    const scope = scopeOf(list, item, folders);
    let allowed = masks.get(scope);
    if (allowed === undefined) {
      allowed = hasPermission(scope === undefined ? listMask(site, user, list) : maskOfAssignments(site, user, scope), permission);
      masks.set(scope, allowed);
    }
    return allowed;
  };
}
