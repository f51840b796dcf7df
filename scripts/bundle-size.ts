// The web part's main bundle budget: at most 64 KB gzipped. The main file is what the browser
// compiles and runs before the first request leaves: the boot, the data layer and the services.
// The app itself (React components, Fluent UI) is the `app` chunk, asked for once the first reads
// are on the wire (issue 21, docs/decisions/0014-first-paint-order.md); with it in the main file
// the budget was 150 KB (issue 6). Heavy parts (editor, document view, export libraries) live in
// lazy named chunks and are reported, not counted.
// `npm run build` runs this after packaging and fails over budget; bench/bundle-size.bench.ts records it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const MAIN_BUNDLE_BUDGET_BYTES = 64 * 1024;

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  main: boolean;
}

/** The files of the current build: the manifest's entry and the chunks webpack wrote beside it
 * (gulp does not clean dist/, so older hashes are left out by their age against the manifest). */
function currentFiles(distDir: string): { files: string[]; entry: string } {
  const manifestFile = readdirSync(distDir).find((file) => file.endsWith('.manifest.json'));
  if (!manifestFile) throw new Error('dist/ has no manifest: run gulp bundle --ship first');
  const manifest = JSON.parse(readFileSync(join(distDir, manifestFile), 'utf8')) as {
    loaderConfig: { entryModuleId: string; scriptResources: Record<string, { path?: string }> };
  };
  const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path ?? '';
  const builtAt = statSync(join(distDir, entry)).mtimeMs;
  const files = readdirSync(distDir).filter((file) => file.endsWith('.js') && Math.abs(statSync(join(distDir, file)).mtimeMs - builtAt) < 120000);
  return { files, entry };
}

export function measureBundles(distDir: string = join(__dirname, '..', 'dist')): BundleFile[] {
  const { files, entry } = currentFiles(distDir);
  return files
    .map((file) => {
      const content = readFileSync(join(distDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length, main: file === entry };
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
