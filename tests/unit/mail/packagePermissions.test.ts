import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The web part sends every e-mail through Microsoft Graph (POST /me/sendMail, delegated Mail.Send).
// SPFx gets that permission only from the package's API access request, which the tenant's admin
// approves (learn.microsoft.com/sharepoint/dev/spfx/use-aad-tutorial: webApiPermissionRequests
// with resource and scope in config/package-solution.json).
describe('config/package-solution.json', () => {
  it('requests Microsoft Graph Mail.Send', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'config', 'package-solution.json'), 'utf8')) as {
      solution: { webApiPermissionRequests?: Array<{ resource: string; scope: string }> };
    };
    expect(pkg.solution.webApiPermissionRequests).toEqual(expect.arrayContaining([{ resource: 'Microsoft Graph', scope: 'Mail.Send' }]));
  });
});
