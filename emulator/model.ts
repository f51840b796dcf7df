// The emulator's state: sites with their users, groups, permission levels, lists, fields, views and
// items. Plain JSON, so the store can persist any part of it as one line.
import { createHash } from 'node:crypto';
import type { ItemMap } from './itemMap';

export interface EmUser {
  id: number;
  loginName: string;
  title: string;
  email: string;
  /** SP.Utilities.PrincipalType: 1 user (when absent), 4 an Entra ID security or Microsoft 365
   * group added as a principal (its members get what it is granted; SharePoint never lists them). */
  principalType?: 1 | 4;
  /** For a group principal: the directory group's object id. */
  directoryGroupId?: string;
}

export interface EmGroup {
  id: number;
  title: string;
  description: string;
  memberIds: number[];
  /** "Who can view the membership of the group?": true (absent) = group members only. SharePoint
   * sets it for groups created through the API; the site's default groups have it false. */
  onlyAllowMembersViewMembership?: boolean;
}

export interface EmRoleDef {
  id: number;
  name: string;
  description: string;
  order: number;
  roleTypeKind: number;
  high: number;
  low: number;
}

export interface EmRoleAssignment {
  principalId: number;
  roleDefIds: number[];
}

export type EmFieldType =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Integer'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'LookupMulti'
  | 'User'
  | 'UserMulti'
  | 'Guid'
  | 'URL'
  | 'Computed';

export interface EmField {
  id: string;
  internalName: string;
  title: string;
  type: EmFieldType;
  description: string;
  required: boolean;
  indexed: boolean;
  maxLength?: number;
  choices?: string[];
  lookupListId?: string;
  lookupField?: string;
  builtIn: boolean;
  readOnly: boolean;
  schemaXml: string;
}

export interface EmView {
  id: string;
  title: string;
  viewQuery: string;
  rowLimit: number;
  defaultView: boolean;
  personalView: boolean;
  fields: string[];
}

export interface EmVersion {
  label: string;
  fields: Record<string, unknown>;
  modified: string;
  editorId: number;
}

export interface EmItem {
  id: number;
  fields: Record<string, unknown>;
  version: number;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  /** Earlier versions, oldest first; the current one is built from the item itself. */
  history: EmVersion[];
  /** Server-relative URL of the folder holding the item (FileDirRef); absent: the list's root. */
  dir?: string;
  /** A folder (FSObjType 1) rather than an item; its name is `leaf`. */
  folder?: boolean;
  leaf?: string;
  /** Unique role assignments (HasUniqueRoleAssignments); absent: inherits from its folder or list. */
  unique?: EmRoleAssignment[];
}

export interface EmListMeta {
  id: string;
  title: string;
  description: string;
  /** Server-relative root folder URL, e.g. /sites/skanderborg/Lists/Goals. */
  url: string;
  baseTemplate: number;
  enableVersioning: boolean;
  created: string;
  fields: EmField[];
  views: EmView[];
  hasUniqueRoleAssignments: boolean;
  roleAssignments: EmRoleAssignment[];
  nextItemId: number;
}

export interface EmList extends EmListMeta {
  /** A Map whose revision every change bumps (itemMap.ts). */
  items: ItemMap;
}

export interface EmSiteMeta {
  path: string;
  id: string;
  title: string;
  users: EmUser[];
  groups: EmGroup[];
  roleDefs: EmRoleDef[];
  webRoleAssignments: EmRoleAssignment[];
  ownerGroupId: number;
  nextPrincipalId: number;
  /** A subsite inherits its permission levels from the site collection's root web (the path
   * given) unless it was given its own; its roleDefs are then the root web's. */
  roleDefinitionsFrom?: string;
}

export interface EmSite extends EmSiteMeta {
  lists: EmList[];
}

export const SITE_OWNER_LOGIN = 'admin@kommune.local';

/** SharePoint's PermissionKind numbers (bit = kind - 1 across Low then High). */
export const PERMISSION = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ViewVersions: 7,
  ManageLists: 12,
  Open: 17,
  ViewPages: 18,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  EnumeratePermissions: 63
} as const;

export function hasPermission(mask: { high: number; low: number }, kind: number): boolean {
  const bit = kind - 1;
  if (bit < 32) return ((mask.low >>> bit) & 1) === 1;
  return ((mask.high >>> (bit - 32)) & 1) === 1;
}

/** SharePoint Online's built-in permission levels (ids and masks as SharePoint reports them). */
export function builtInRoleDefs(): EmRoleDef[] {
  return [
    { id: 1073741829, name: 'Full Control', description: 'Has full control.', order: 1, roleTypeKind: 5, high: 2147483647, low: 4294967295 },
    {
      id: 1073741830,
      name: 'Edit',
      description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
      order: 48,
      roleTypeKind: 6,
      high: 432,
      low: 1011030767
    },
    {
      id: 1073741827,
      name: 'Contribute',
      description: 'Can view, add, update, and delete list items and documents.',
      order: 64,
      roleTypeKind: 3,
      high: 432,
      low: 1011028719
    },
    {
      id: 1073741826,
      name: 'Read',
      description: 'Can view pages and list items and download documents.',
      order: 128,
      roleTypeKind: 2,
      high: 176,
      low: 138612833
    },
    {
      id: 1073741825,
      name: 'Limited Access',
      description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
      order: 160,
      roleTypeKind: 1,
      high: 48,
      low: 134418529
    }
  ];
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function newGuid(): string {
  const hex = [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function newSite(path: string): EmSite {
  const owner: EmUser = { id: 1, loginName: `i:0#.f|membership|${SITE_OWNER_LOGIN}`, title: 'Administrator', email: SITE_OWNER_LOGIN };
  const ownerGroup: EmGroup = {
    id: 3,
    title: `${path.split('/').pop()} Owners`,
    description: 'Site owners',
    memberIds: [owner.id],
    onlyAllowMembersViewMembership: false
  };
  return {
    path,
    id: newGuid(),
    title: path.split('/').pop() ?? path,
    users: [owner],
    groups: [ownerGroup],
    roleDefs: builtInRoleDefs(),
    webRoleAssignments: [{ principalId: ownerGroup.id, roleDefIds: [1073741829] }],
    ownerGroupId: ownerGroup.id,
    nextPrincipalId: 10,
    lists: []
  };
}

export function siteMeta(site: EmSite): EmSiteMeta {
  const { lists: _lists, ...meta } = site;
  return meta;
}

export function listMeta(list: EmList): EmListMeta {
  const { items: _items, ...meta } = list;
  return meta;
}

/** "i:0#.f|membership|x@y" and "x@y" name the same person. */
export function plainLogin(login: string): string {
  return login.split('|').pop()?.trim().toLowerCase() ?? '';
}

export function itemEtag(item: EmItem): string {
  return `"${item.version}"`;
}

/** The item's own GUID (its GUID column and odata.id), derived from list and id so nothing is stored. */
export function itemGuid(listId: string, itemId: number): string {
  const hex = createHash('sha1').update(`${listId.toLowerCase()}/${itemId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The ETag HTTP header SharePoint Online sends for an item: "<guid>,<version>" (pnp/pnpjs#2569,
 * and the recorded create in tests/conformance/fixtures/item-create.json), while the body's
 * odata.etag is "<version>". Both forms are accepted in If-Match.
 */
export function itemEtagHeader(list: { id: string }, item: EmItem): string {
  return `"${itemGuid(list.id, item.id)},${item.version}"`;
}

/** A mail accepted by the Graph-compatible POST /v1.0/me/sendMail, as the outbox keeps it. */
export interface EmMail {
  id: string;
  /** The sender: the signed-in user's address (Graph's /me). */
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  contentType: 'HTML' | 'Text';
  body: string;
  saveToSentItems: boolean;
  at: string;
}

/** What the simulated tenant's admin has decided: the API access requests it has approved. */
export interface EmTenant {
  /** The package's webApiPermissionRequests entry for Microsoft Graph Mail.Send is approved. */
  mailSendGranted: boolean;
}
