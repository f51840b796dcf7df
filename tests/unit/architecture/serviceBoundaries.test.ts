// Repositories own their queries (docs/architecture.md): a service composes repository methods and
// never imports PnPjs (a type of the connection may pass through), builds OData, reaches into a
// repository's store or calls sp.web itself. The lint rule for src/services (.eslintrc.js) says
// the same at the line; this test keeps it true even if the rule is loosened.
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../../../src/services');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const RULES: Array<{ name: string; pattern: RegExp }> = [
  { name: 'imports a value from @pnp', pattern: /^import\s+(?!type\b)[^;]*from\s+'@pnp\/|^import\s+'@pnp\//m },
  { name: 'imports the OData builders', pattern: /from\s+'[./]*data\/odata(\/[^']*)?'/ },
  { name: "touches a repository's store", pattern: /\.store\b/ },
  { name: 'calls sp.web or sp.batched()', pattern: /\.(web|batched)\b/ },
  { name: 'addresses a list itself', pattern: /listByUrl/ }
];

describe('services reach SharePoint only through repositories', () => {
  const files = sources(root);

  it('finds the service sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(RULES)('no service $name', ({ pattern }) => {
    const offenders = files.filter((f) => pattern.test(code(fs.readFileSync(f, 'utf8')))).map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('the check would see an offender', () => {
    expect(RULES.every(({ pattern }) => !pattern.test(code("import { x } from './y';\nconst a = 1;")))).toBe(true);
    expect(RULES[0].pattern.test("import { PermissionKind } from '@pnp/sp/security';")).toBe(true);
    expect(RULES[0].pattern.test("import type { SPFI } from '@pnp/sp';")).toBe(false);
    expect(RULES[2].pattern.test('goals.store.query(spec)')).toBe(true);
    expect(RULES[3].pattern.test('sp.web.currentUser()')).toBe(true);
  });
});
