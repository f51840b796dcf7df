import { GROUPS, SCHEMA } from '../../../src/data/schema';
import { prefixedListUrl, useInstallationPrefix } from '../../../src/data/schema/installation';

describe('a prefixed test installation (npm run test:tenant)', () => {
  it('puts the prefix on every list URL and title, every group and the permission level, and takes it off again', () => {
    const urls = SCHEMA.lists.map((l) => l.url);
    const restore = useInstallationPrefix('UATest1');
    try {
      expect(SCHEMA.lists.map((l) => l.url)).toEqual(urls.map((u) => prefixedListUrl(u, 'UATest1')));
      expect(SCHEMA.lists.find((l) => l.key === 'Goals')?.url).toBe('Lists/UATest1Goals');
      expect(GROUPS.every((g) => g.title.startsWith('UATest1 Udviklingsaftaler - '))).toBe(true);
      expect(SCHEMA.roleDefinition.name).toBe('UATest1 Kun tilføj');
    } finally {
      restore();
    }
    expect(SCHEMA.lists.map((l) => l.url)).toEqual(urls);
    expect(SCHEMA.roleDefinition.name).toBe('Kun tilføj');
  });

  it('refuses a prefix that cannot be part of a list URL', () => {
    for (const bad of ['', 'abc', '1abc', 'ua test', 'UA-Test', 'x'.repeat(25)]) expect(() => useInstallationPrefix(bad)).toThrow(/Præfikset/);
    expect(SCHEMA.lists[0].url).toBe('Lists/Strategies');
  });
});
