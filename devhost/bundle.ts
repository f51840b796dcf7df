// Bundles the dev host page (devhost/client) with esbuild. SPFx's own gulp/webpack build is for the
// .sppkg; the dev host only needs the same root component in a plain page, rebuilt in a second.
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

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

/** production: minified, React's production build, no source map (benchmarks measure this). */
export async function bundleClient(production = false): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'client', 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'transform',
    sourcemap: production ? false : 'inline',
    minify: production,
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    plugins: [amdLocalePlugin],
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}
