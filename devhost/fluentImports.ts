// esbuild plugin: `import { Stack } from '@fluentui/react'` in our source becomes
// `import { Stack } from '@fluentui/react/lib/Stack'` in the dev host's development bundle (its
// production page is webpack's, which leaves unused Fluent modules out itself: webpackBuild.ts).
// Why: with code splitting, esbuild puts every module the package's barrel (lib/index.js)
// re-exports and any chunk uses into one chunk shared with the entry, so the dev host's first
// load carried Fluent components only lazy views use (the date picker, the calendar, pivots):
// about 240 KB more than the shipped web part, whose webpack build leaves them in their chunks
// (issue 21: the dev host should cost what ships). Importing each name
// from its own entry file keeps lazy components in the lazy chunks. The SPFx build is untouched.
import type { Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

const PACKAGE = '@fluentui/react';
const ROOT = join(__dirname, '..');
const OWN_SOURCES = [join(ROOT, 'src', sep), join(ROOT, 'devhost', 'client', sep)];

/** Export name → entry file (`Stack`, `DatePicker`, `Styling`…), from the package's CommonJS build;
 * kept in node_modules/.cache per package version (reading it takes a few seconds). */
function exportEntries(): Map<string, string> {
  const packageJson = require.resolve(`${PACKAGE}/package.json`);
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const cacheFile = join(__dirname, '..', 'node_modules', '.cache', 'udviklingsaftaler', `fluent-react-exports-${version}.json`);
  if (existsSync(cacheFile)) return new Map(Object.entries(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>));
  const dir = join(dirname(packageJson), 'lib-commonjs');
  const entries = new Map<string, string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.js') && f !== 'index.js' && f !== 'version.js')
    .sort()) {
    const entry = file.slice(0, -'.js'.length);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- reading the installed package's export names
    for (const name of Object.keys(require(join(dir, file)) as object)) if (name !== '__esModule' && !entries.has(name)) entries.set(name, entry);
  }
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(entries)));
  return entries;
}

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*'@fluentui\/react';/g;

/** The import statements rewritten per entry file; a name not found stays with the barrel. */
export function rewriteFluentImports(source: string, entries: ReadonlyMap<string, string>): string {
  return source.replace(IMPORT, (_statement, list: string) => {
    const byEntry = new Map<string, string[]>();
    for (const raw of list
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')) {
      if (raw.startsWith('type ')) continue; // erased by the compiler
      const entry = entries.get(raw.split(/\s+as\s+/)[0]);
      const from = entry === undefined ? PACKAGE : `${PACKAGE}/lib/${entry}`;
      byEntry.set(from, [...(byEntry.get(from) ?? []), raw]);
    }
    return [...byEntry].map(([from, names]) => `import { ${names.join(', ')} } from '${from}';`).join(' ');
  });
}

export function fluentImportsPlugin(): Plugin {
  return {
    name: 'fluent-deep-imports',
    setup(build) {
      let entries: Map<string, string> | undefined;
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        // Our own sources only (a package's own src/ folder is not ours to rewrite).
        if (!OWN_SOURCES.some((dir) => args.path.startsWith(dir))) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(`'${PACKAGE}'`)) return undefined;
        entries ??= exportEntries();
        return { contents: rewriteFluentImports(source, entries), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    }
  };
}
