// Lists are addressed by URL, never by title (issue #14): the web path comes from the site URL the
// SPFI was built for, and nothing in src/ may call getByTitle (the lint rule and this scan agree).
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { ESLint } from 'eslint';
import { spfi } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { listByUrl, webServerRelativePath } from '../../../src/data/repositories/listByUrl';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('lists by URL', () => {
  it('derives the web path from the site URL, for subsites, root sites and encoded names', () => {
    expect(webServerRelativePath(spfi('https://contoso.sharepoint.com/sites/hr'))).toBe('/sites/hr');
    expect(webServerRelativePath(spfi('https://contoso.sharepoint.com/sites/hr/aftaler/'))).toBe('/sites/hr/aftaler');
    expect(webServerRelativePath(spfi('https://contoso.sharepoint.com'))).toBe('');
    expect(webServerRelativePath(spfi('https://contoso.sharepoint.com/sites/%C3%A6ble'))).toBe('/sites/æble');
  });

  it('addresses a list with getList and its server-relative URL', () => {
    const url = listByUrl(spfi('https://contoso.sharepoint.com/sites/hr'), { url: 'Lists/Goals' }).items.toUrl();
    expect(url).toBe("https://contoso.sharepoint.com/sites/hr/_api/web/getList('%2Fsites%2Fhr%2FLists%2FGoals')/items");
  });

  it('gives a batched SPFI the same web path', () => {
    const [batched] = spfi('https://contoso.sharepoint.com/sites/hr').batched();
    expect(webServerRelativePath(batched)).toBe('/sites/hr');
  });

  it('refuses an SPFI without a site URL instead of guessing the web', () => {
    expect(() => webServerRelativePath(spfi())).toThrow(/absolute site URL/);
  });

  it('has no getByTitle anywhere in src/', () => {
    const offenders = sourceFiles(join(__dirname, '../../../src')).filter((f) => /\bgetByTitle\s*\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the lint rule refuses getByTitle', async () => {
    // A file of the TypeScript project, so the parser accepts it; the text is the probe. Under CI=true
    // typescript-eslint infers a "single run" and parses the file from disk instead of this text.
    process.env.TSESTREE_SINGLE_RUN = 'false';
    const eslint = new ESLint({ cwd: join(__dirname, '../../..') });
    const [result] = await eslint.lintText("import { spfi } from '@pnp/sp';\nexport const l = spfi('https://x/sites/a').web.lists.getByTitle('Goals');\n", {
      filePath: join(__dirname, '../../../src/data/repositories/listByUrl.ts')
    });
    expect(result.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });
});
