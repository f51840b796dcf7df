// One folder per department in the lists that keep their items by department (Agreements, Goals):
// its name, its URL, and which department a folder path belongs to. The folder is named by the
// department's id, not its title, so renaming a department moves nothing.

const PREFIX = 'afdeling-';

export function departmentFolderName(departmentId: number): string {
  return `${PREFIX}${departmentId}`;
}

/** Server-relative URL of the department's folder in the list at `listUrl` (server-relative). */
export function departmentFolderUrl(listUrl: string, departmentId: number): string {
  return `${listUrl.replace(/\/+$/, '')}/${departmentFolderName(departmentId)}`;
}

/**
 * The department whose folder is `fileDirRef` (an item's FileDirRef, server-relative) in the list
 * whose web-relative URL is `listWebUrl` ("Lists/Goals"); undefined for the list's root or any
 * other folder.
 */
export function departmentOfFolder(fileDirRef: string, listWebUrl: string): number | undefined {
  const dir = fileDirRef.replace(/\/+$/, '').toLowerCase();
  const suffix = `/${listWebUrl.replace(/^\/+|\/+$/g, '').toLowerCase()}/${PREFIX}`;
  const at = dir.lastIndexOf(suffix);
  if (at < 0) return undefined;
  const rest = dir.slice(at + suffix.length);
  return /^\d+$/.test(rest) ? Number(rest) : undefined;
}
