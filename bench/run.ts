// `npm run bench`: every benchmark in bench/ (files named *.bench.ts), one after the other so they
// do not compete for this machine's two cores; each rewrites its own section of bench/results.md.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const benches = readdirSync(__dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n== bench/${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    process.stderr.write(`bench/${file} failed with exit code ${result.status}\n`);
  }
}
process.stdout.write(`\n${benches.length - failed} benchmarks ran, ${failed} failed; results in bench/results.md\n`);
process.exit(failed > 0 ? 1 : 0);
