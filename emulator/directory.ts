// The tenant's directory as far as the product needs it: Microsoft Entra ID security groups and
// Microsoft 365 groups with their members (users by UPN, and nested groups), and whether the app's
// Graph permission GroupMember.Read.All has been approved. Tenant-wide, not per site, and kept in
// `directory.json` next to the state log (written with an atomic rename before the reply).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type EntraGroupKind = 'security' | 'microsoft365';

export interface EntraGroup {
  /** The group's object id (a GUID). */
  id: string;
  displayName: string;
  kind: EntraGroupKind;
  /** Members that are users, by UPN. */
  members: string[];
  /** Members that are groups, by object id (transitiveMembers follows them). */
  memberGroups?: string[];
}

export interface DirectoryState {
  groups: EntraGroup[];
  /** False simulates a tenant that has not approved the app's request for GroupMember.Read.All. */
  groupMemberReadGranted: boolean;
}

/** How SharePoint names a directory group as a principal (claims encoding, see
 * https://learn.microsoft.com/en-us/answers/questions/349797/understanding-login-name-format-of-sharepoint
 * and PnP-PowerShell #2960): security groups `c:0t.c|tenant|<objectId>`, Microsoft 365 groups
 * `c:0o.c|federateddirectoryclaimprovider|<objectId>` (members; owners end in `_o`). */
export function groupClaim(group: Pick<EntraGroup, 'id' | 'kind'>): string {
  return group.kind === 'security' ? `c:0t.c|tenant|${group.id}` : `c:0o.c|federateddirectoryclaimprovider|${group.id}`;
}

/** The object id a group claim names, or undefined for a user's login. */
export function claimGroupId(login: string): string | undefined {
  const match = /^c:0(?:t\.c\|tenant|o\.c\|federateddirectoryclaimprovider)\|([0-9a-f-]{36})$/i.exec(login.trim());
  return match ? match[1].toLowerCase() : undefined;
}

/** A user's object id: stable per UPN, GUID-shaped like Entra's. */
export function userObjectId(upn: string): string {
  const h = createHash('sha1').update(upn.toLowerCase()).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class Directory {
  private readonly file: string;
  public state: DirectoryState;

  public constructor(dataDir: string) {
    this.file = join(dataDir, 'directory.json');
    this.state = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as DirectoryState) : { groups: [], groupMemberReadGranted: true };
  }

  public group(id: string): EntraGroup | undefined {
    return this.state.groups.find((g) => g.id.toLowerCase() === id.toLowerCase());
  }

  /** Adds or replaces a group. */
  public putGroup(group: EntraGroup): void {
    const clean: EntraGroup = { ...group, id: group.id.toLowerCase(), members: group.members.map((m) => m.toLowerCase()) };
    this.state.groups = [...this.state.groups.filter((g) => g.id !== clean.id), clean];
    this.save();
  }

  public setGroupMemberReadGranted(granted: boolean): void {
    this.state.groupMemberReadGranted = granted;
    this.save();
  }

  /** Every user (UPN) in the group, through nested groups too, each once. */
  public transitiveMembers(id: string, seen: Set<string> = new Set()): string[] {
    const group = this.group(id);
    if (!group || seen.has(group.id)) return [];
    seen.add(group.id);
    const nested = (group.memberGroups ?? []).flatMap((g) => this.transitiveMembers(g, seen));
    return Array.from(new Set([...group.members, ...nested]));
  }

  /** The groups a user is in, directly or through nested groups. */
  public groupsOf(upn: string): string[] {
    const plain = upn.toLowerCase();
    return this.state.groups.filter((g) => this.transitiveMembers(g.id).includes(plain)).map((g) => g.id);
  }

  private save(): void {
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.file);
  }
}

// Every site of an emulator shares its tenant's directory; the permission checks find it by site.
const DIRECTORIES = new WeakMap<object, Directory>();

export function attachDirectory(site: object, directory: Directory): void {
  DIRECTORIES.set(site, directory);
}

export function directoryOf(site: object): Directory | undefined {
  return DIRECTORIES.get(site);
}
