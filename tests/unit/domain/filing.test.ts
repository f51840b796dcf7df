import { describe, expect, it } from '@jest/globals';
import { filingOf, misfiling } from '../../../src/domain/filing';
import { departmentFolderName, departmentFolderUrl, departmentOfFolder } from '../../../src/data/repositories/departmentFolder';

describe("filing: is an item in its own department's folder?", () => {
  it("says own folder, another department's folder, or outside the folders", () => {
    expect(filingOf(3, 3)).toBe('ownFolder');
    expect(filingOf(4, 3)).toBe('otherFolder');
    expect(filingOf(undefined, 3)).toBe('outsideFolders');
    expect(misfiling(3, 3)).toBeUndefined();
    expect(misfiling(4, 3)).toBe('otherFolder');
  });

  it("names a department's folder by id and reads the department back only from that exact folder", () => {
    expect(departmentFolderName(12)).toBe('afdeling-12');
    expect(departmentFolderUrl('/sites/s/Lists/Goals/', 12)).toBe('/sites/s/Lists/Goals/afdeling-12');
    expect(departmentOfFolder('/sites/s/Lists/Goals/afdeling-12', 'Lists/Goals')).toBe(12);
    expect(departmentOfFolder('/sites/s/lists/goals/Afdeling-12/', 'Lists/Goals')).toBe(12);
    // The list's root, a subfolder, another list, or a look-alike name: no department's folder.
    expect(departmentOfFolder('/sites/s/Lists/Goals', 'Lists/Goals')).toBeUndefined();
    expect(departmentOfFolder('/sites/s/Lists/Goals/afdeling-12/afdeling-13', 'Lists/Goals')).toBeUndefined();
    expect(departmentOfFolder('/sites/s/Lists/Agreements/afdeling-12', 'Lists/Goals')).toBeUndefined();
    expect(departmentOfFolder('/sites/s/Lists/Goals/afdeling-12x', 'Lists/Goals')).toBeUndefined();
  });
});
