// The web part's main bundle budget: at most 150 KB gzipped (issue 6). Heavy parts (editor,
// document view, export libraries) live in lazy named chunks and are reported, not counted.
// `npm run build` runs this after packaging and fails over budget; bench/bundle-size.bench.ts records it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const MAIN_BUNDLE_BUDGET_BYTES = 150 * 1024;

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  main: boolean;
}

export function measureBundles(distDir: string = join(__dirname, '..', 'dist')): BundleFile[] {
  return readdirSync(distDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(join(distDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length, main: file.startsWith('udviklingsaftaler-web-part_') };
    })
    .sort((a, b) => Number(b.main) - Number(a.main) || b.gzipBytes - a.gzipBytes);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (require.main === module) {
  const files = measureBundles();
  const main = files.find((f) => f.main);
  if (!main) {
    process.stderr.write('bundle-size: no main bundle in dist/: run gulp bundle --ship first\n');
    process.exit(1);
  }
  for (const f of files) process.stdout.write(`bundle-size: ${f.file}  ${kb(f.bytes)}  (${kb(f.gzipBytes)} gzipped)${f.main ? '  [main]' : ''}\n`);
  if (main.gzipBytes > MAIN_BUNDLE_BUDGET_BYTES) {
    process.stderr.write(`bundle-size: main bundle ${kb(main.gzipBytes)} gzipped exceeds the budget of ${kb(MAIN_BUNDLE_BUDGET_BYTES)}\n`);
    process.exit(1);
  }
  process.stdout.write(`bundle-size: main bundle ${kb(main.gzipBytes)} gzipped, within the ${kb(MAIN_BUNDLE_BUDGET_BYTES)} budget\n`);
}
