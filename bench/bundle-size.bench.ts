// Bundle size of what the .sppkg ships: builds with `gulp bundle --ship`, then records every JS
// file's raw and gzipped size against the main-bundle budget (64 KB gzipped: the boot, the data
// layer and the services; the app is a chunk of its own).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { recordSection } from './lib/record';
import { MAIN_BUNDLE_BUDGET_BYTES, measureBundles } from '../scripts/bundle-size';

const root = join(__dirname, '..');
const build = spawnSync('npx', ['gulp', 'bundle', '--ship'], { cwd: root, stdio: 'ignore' });
if (build.status !== 0) {
  process.stderr.write('bundle-size bench: gulp bundle --ship failed\n');
  process.exit(1);
}
const files = measureBundles(join(root, 'dist'));
const main = files.find((f) => f.main);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const rows = files.map(
  (f) => `| ${f.main ? '**main** ' : ''}\`${f.file.replace(/_[0-9a-f]{16,}\.js$/, '_<hash>.js')}\` | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`
);
recordSection(
  'bundle-size',
  [
    '## Bundle size (gulp bundle --ship)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}. Budget: main bundle at most ${kb(MAIN_BUNDLE_BUDGET_BYTES)} KB gzipped (\`npm run build\` fails above it).`,
    '',
    '| file | KB | KB gzipped |',
    '|---|---:|---:|',
    ...rows,
    '',
    `Main bundle: ${main ? kb(main.gzipBytes) : '?'} KB gzipped = ${main ? ((100 * main.gzipBytes) / MAIN_BUNDLE_BUDGET_BYTES).toFixed(0) : '?'} % of the budget.`
  ].join('\n')
);
process.stdout.write(`bundle-size: main ${main ? kb(main.gzipBytes) : '?'} KB gzipped\n`);
