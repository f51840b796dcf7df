// Bundles the dev host page (devhost/client) with esbuild. SPFx's own gulp/webpack build is for the
// .sppkg; the dev host only needs the same root component in a plain page, rebuilt in a second.
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const AMD_HELPER = join(__dirname, 'locales', 'amd.ts');

/** SPFx locale files are AMD modules; evaluate them the way SharePoint's loader would. */
const LOC_DIR = join(__dirname, '..', 'src', 'webparts', 'udviklingsaftaler', 'loc');

const amdLocalePlugin: Plugin = {
  name: 'spfx-amd-locale',
  setup(pluginBuild) {
    // `udviklingsaftaler-locale/da-dk` names the committed locale file (see devhost/client/loc.d.ts).
    pluginBuild.onResolve({ filter: /^udviklingsaftaler-locale\/[a-z]{2}-[a-z]{2}$/ }, (args) => ({
      path: join(LOC_DIR, `${args.path.split('/')[1]}.js`)
    }));
    pluginBuild.onLoad({ filter: /[\\/]loc[\\/][a-z]{2}-[a-z]{2}\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return {
        contents: `import { evaluateAmdLocale } from ${JSON.stringify(AMD_HELPER)};\nexport default evaluateAmdLocale(${JSON.stringify(source)});\n`,
        loader: 'ts',
        resolveDir: __dirname
      };
    });
  }
};

/** production: minified, React's production build, no source map (benchmarks measure this).
 * Split like the SPFx build: every `import()` (the editor, the document, the Excel and Word writers,
 * the chart) is a chunk loaded when used, so the page costs what the shipped web part costs.
 * Returns the files by name: `app.js` is the entry. */
export async function bundleClient(production = false): Promise<Map<string, string>> {
  const outdir = join(__dirname, '.out');
  const result = await build({
    entryPoints: { app: join(__dirname, 'client', 'main.tsx') },
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    outdir,
    chunkNames: 'chunk-[hash]',
    platform: 'browser',
    target: 'es2020',
    jsx: 'transform',
    sourcemap: production ? false : 'inline',
    minify: production,
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    plugins: [amdLocalePlugin],
    logLevel: 'silent'
  });
  return new Map(result.outputFiles.map((file) => [relative(outdir, file.path).split(sep).join('/'), file.text]));
}
