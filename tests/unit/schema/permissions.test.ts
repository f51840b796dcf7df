import { describe, expect, it } from '@jest/globals';
import { ADD_ONLY_ROLE, SCHEMA, basePermissions, listDef } from '../../../src/data/schema';

describe('schema: permissions', () => {
  it('makes the ApprovalLog append-only for the deciding groups: nobody may edit or delete, editors and readers only read', () => {
    const log = listDef(SCHEMA, 'ApprovalLog');
    expect(log.permissions).toEqual({ readers: 'read', editors: 'read', leaders: 'addOnly', approvers: 'addOnly', secretariat: 'addOnly' });
    expect(Object.values(log.permissions)).not.toContain('contribute');
  });

  it('defines "Kun tilføj" with add and view but without EditListItems (3) and DeleteListItems (4)', () => {
    expect(ADD_ONLY_ROLE.name).toBe('Kun tilføj');
    expect(ADD_ONLY_ROLE.permissions).toEqual(expect.arrayContaining([1, 2, 17]));
    expect(ADD_ONLY_ROLE.permissions).not.toContain(3);
    expect(ADD_ONLY_ROLE.permissions).not.toContain(4);
  });

  it('computes SharePoint base permission masks (bit n-1 of Low or High)', () => {
    expect(basePermissions([1, 2])).toEqual({ High: 0, Low: 3 });
    expect(basePermissions([17])).toEqual({ High: 0, Low: 0x10000 });
    expect(basePermissions([32])).toEqual({ High: 0, Low: 0x80000000 });
    expect(basePermissions([37, 38])).toEqual({ High: 0x30, Low: 0 });
  });

  it("lets editors write agreements and goals only in their department's folder, and only read the strategy lists", () => {
    for (const key of ['Agreements', 'Goals'] as const) {
      // Contribute comes from the department folders (departmentFolders.ts), not the list.
      expect(listDef(SCHEMA, key).permissions.editors).toBe('read');
      expect(listDef(SCHEMA, key).folderPerDepartment).toBe(true);
      expect(listDef(SCHEMA, key).permissions.readers).toBe('read');
    }
    for (const key of ['Strategies', 'Tracks', 'Requirements', 'Departments'] as const) {
      expect(listDef(SCHEMA, key).permissions).toEqual({ readers: 'read', editors: 'read', leaders: 'read', approvers: 'read', secretariat: 'contribute' });
    }
  });

  it('lets only the secretariat change the site settings (the stage configuration, notifications)', () => {
    expect(listDef(SCHEMA, 'Settings').permissions).toEqual({
      readers: 'read',
      editors: 'read',
      leaders: 'read',
      approvers: 'read',
      secretariat: 'contribute'
    });
  });
});
