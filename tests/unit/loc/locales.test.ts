import { loadLocale } from '../../helpers/locales';

function leafPaths(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      leafPaths(child, prefix ? `${prefix}.${key}` : key).forEach((v, k) => out.set(k, v));
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

describe('locale files', () => {
  const da = leafPaths(loadLocale('da-dk'));
  const en = leafPaths(loadLocale('en-us'));

  it('da-dk and en-us have exactly the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
  });

  it.each([
    ['da-dk', da],
    ['en-us', en]
  ] as const)('%s has a non-empty string for every key', (_name, strings) => {
    for (const [key, value] of strings) {
      expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
      expect({ key, empty: String(value).trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('da-dk is Danish, not a copy of en-us', () => {
    // Words that are the same in both languages by nature: product names, 'Data', the X mark.
    const sameByNature = new Set(['SharePoint', 'Data', 'X']);
    const same = [...da.keys()].filter((key) => da.get(key) === en.get(key) && !sameByNature.has(String(da.get(key))));
    expect(same).toEqual([]);
  });
});
