// Where SharePoint holds a goal or an agreement, judged against the department it names. The
// department folders' permissions are what stops department A from writing department B's items;
// an editor of A can still create an item in A's own folder that names B. Such an item must not be
// taken as B's: like a forged approval, it is shown as not verified.

/** ownFolder: in the folder of the department it names; otherFolder: in another department's
 * folder; outsideFolders: at the list's root or in a folder that is no department's. */
export type FilingCode = 'ownFolder' | 'otherFolder' | 'outsideFolders';

/** `folderDepartmentId`: the department whose folder holds the item, undefined when none does. */
export function filingOf(folderDepartmentId: number | undefined, departmentId: number): FilingCode {
  if (folderDepartmentId === undefined) return 'outsideFolders';
  return folderDepartmentId === departmentId ? 'ownFolder' : 'otherFolder';
}

/** What a view shows about an item's filing: nothing when it is in its own folder. */
export function misfiling(folderDepartmentId: number | undefined, departmentId: number): Exclude<FilingCode, 'ownFolder'> | undefined {
  const code = filingOf(folderDepartmentId, departmentId);
  return code === 'ownFolder' ? undefined : code;
}
