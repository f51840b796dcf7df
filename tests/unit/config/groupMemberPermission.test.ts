// Membership through Entra ID groups is read from Microsoft Graph (transitiveMembers), which needs
// the delegated permission GroupMember.Read.All: the package must request it, so the SharePoint
// admin can approve it under API access (README, "Authority comes from SharePoint").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

describe('config/package-solution.json', () => {
  it('requests Microsoft Graph GroupMember.Read.All', () => {
    const config = JSON.parse(readFileSync(join(__dirname, '../../../config/package-solution.json'), 'utf8')) as {
      solution: { webApiPermissionRequests?: Array<{ resource: string; scope: string }> };
    };
    expect(config.solution.webApiPermissionRequests).toContainEqual({ resource: 'Microsoft Graph', scope: 'GroupMember.Read.All' });
  });
});
