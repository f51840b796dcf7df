// Bundles the dev host page (devhost/client). While developing: esbuild, rebuilt in a second. For
// production (the benchmarks' page): webpack, as SPFx builds the web part (webpackBuild.ts).
import { build } from 'esbuild';
import { join, relative, sep } from 'node:path';
import { fluentImportsPlugin } from './fluentImports';
import { webpackPage } from './webpackBuild';

/** The page's files and how the page loads them.
 * Development: esbuild's split ES modules. Every `import()` (the editor, the document, the Excel
 * and Word writers, the chart) is a chunk loaded when used, as in the web part. esbuild splits the
 * boot and the UI into many chunks each, which the browser would find only one import level at a
 * time: the page names the boot's up front (modulepreload) and the UI's all at once when it asks
 * for them, so each loads side by side.
 * Production: webpack's main file and chunks, as in the .sppkg. The benchmarks measure this page
 * against a floor built the same way; with esbuild's 75 module files its first render cost 1.7 to
 * 2.3 times the floor's where the shipped bundle's cost 1.3 to 1.4 times (issue 21). */
export interface DevhostBundle {
  /** The files by name. Every name carries a hash of its content, as SPFx's bundle files do: a
   * browser keeps them (and V8 its compiled code) between visits, as it keeps the web part's
   * files from SharePoint's CDN, so a revisit is measured as users meet it (issue 21). */
  files: Map<string, string>;
  /** The entry's file name. */
  entry: string;
  /** module: the entry and its chunks are ES modules (esbuild). script: a classic script whose
   * runtime loads its chunks (webpack). */
  format: 'module' | 'script';
  /** The chunks the entry imports statically (transitively): the boot, the data layer and the
   * services. The page names them for preloading. Empty for webpack's single main file. */
  eager: string[];
  /** The page's UI (client/ui.tsx) and the chunks it imports statically that the boot does not:
   * the page asks for them all at once when the first reads are on the wire (as the web part asks
   * for its app chunk then), so their fetching and compiling does not hold the boot back. Empty
   * for webpack, whose runtime asks for a chunk's files together. */
  ui: string[];
}

export async function bundleClient(production = false, options: { minimize?: boolean } = {}): Promise<DevhostBundle> {
  if (production) {
    const page = await webpackPage(join(__dirname, 'client', 'main.tsx'), options);
    return { ...page, format: 'script', eager: [], ui: [] };
  }
  const outdir = join(__dirname, '.out');
  const result = await build({
    entryPoints: { app: join(__dirname, 'client', 'main.tsx') },
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    platform: 'browser',
    target: 'es2020',
    jsx: 'transform',
    sourcemap: 'inline',
    define: { 'process.env.NODE_ENV': '"development"' },
    metafile: true,
    plugins: [fluentImportsPlugin()],
    logLevel: 'silent'
  });
  const name = (path: string): string => relative(outdir, join(process.cwd(), path)).split(sep).join('/');
  const outputs = result.metafile.outputs;
  const eager = new Set<string>();
  const visit = (path: string): void => {
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || eager.has(imported.path)) continue;
      eager.add(imported.path);
      visit(imported.path);
    }
  };
  // Every import() target is an entry point of its own too: the page's entry is the one named app.
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined && name(path).startsWith('app-'));
  if (entry === undefined) throw new Error('The dev host bundle has no entry');
  visit(entry);
  const ui = Object.keys(outputs).find((path) => outputs[path].entryPoint?.endsWith('client/ui.tsx'));
  if (ui === undefined) throw new Error('The dev host bundle has no UI chunk');
  // What the UI adds: its chunk and what it imports that the boot does not.
  const boot = new Set(eager);
  eager.add(ui);
  visit(ui);
  return {
    entry: name(entry),
    format: 'module',
    files: new Map(result.outputFiles.map((file) => [relative(outdir, file.path).split(sep).join('/'), file.text])),
    eager: [...boot].map(name),
    ui: [...eager].filter((path) => !boot.has(path)).map(name)
  };
}
