// Bundles the dev host page (devhost/client) with esbuild. SPFx's own gulp/webpack build is for the
// .sppkg; the dev host only needs the same root component in a plain page, rebuilt in a second.
import { build } from 'esbuild';
import { join, relative, sep } from 'node:path';
import { fluentImportsPlugin } from './fluentImports';

/** production: minified, React's production build, no source map (benchmarks measure this).
 * Split like the SPFx build: every `import()` (the editor, the document, the Excel and Word writers,
 * the chart) is a chunk loaded when used, so the page costs what the shipped web part costs.
 * SPFx ships the boot as one file and the app as a chunk with the Fluent chunks it shares; esbuild
 * splits each into many chunks, which the browser would find only one import level at a time. The
 * page names the boot's up front (modulepreload) and the UI's all at once when it asks for them, so
 * each loads side by side as SPFx's files do, and the dev host (the benchmarks' page) is not slower
 * than what ships. */
export interface DevhostBundle {
  /** The files by name. Every name carries a hash of its content, as SPFx's bundle files do: a
   * browser keeps them (and V8 its compiled code) between visits, as it keeps the web part's
   * files from SharePoint's CDN, so a revisit is measured as users meet it (issue 21). */
  files: Map<string, string>;
  /** The entry's file name (`app-<hash>.js`). */
  entry: string;
  /** The chunks the entry imports statically (transitively): the boot, the data layer and the
   * services. The page names them for preloading. */
  eager: string[];
  /** The page's UI (client/ui.tsx) and the chunks it imports statically that the boot does not:
   * the page asks for them all at once when the first reads are on the wire (as the web part asks
   * for its app chunk then), so their fetching and compiling does not hold the boot back. */
  ui: string[];
}

export async function bundleClient(production = false): Promise<DevhostBundle> {
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
    sourcemap: production ? false : 'inline',
    minify: production,
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
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
    files: new Map(result.outputFiles.map((file) => [relative(outdir, file.path).split(sep).join('/'), file.text])),
    eager: [...boot].map(name),
    ui: [...eager].filter((path) => !boot.has(path)).map(name)
  };
}
