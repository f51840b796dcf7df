// Builds a page's script the way SPFx's gulp toolchain builds the web part: webpack 5 in production
// mode (the version SPFx installs), one main file and the chunks its `import()`s ask for, loaded
// by webpack's runtime as classic scripts. The dev host's production page (the benchmarks' page)
// and the benchmarks' floor page are built with it, so both are measured as what ships is
// (issue 21). TypeScript is turned into JavaScript per file by esbuild (devhost/esbuildLoader.cjs),
// as SPFx turns it per file with tsc before webpack bundles it.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';

export interface WebpackPage {
  /** The files by name; every name carries a hash of its content, as SPFx's bundle files do. */
  files: Map<string, string>;
  /** The main file's name: the one script the page loads; webpack loads the chunks. */
  entry: string;
}

/** `minimize: false` keeps the production build's names (CPU profiles: bench/profile.ts). */
export async function webpackPage(entryFile: string, options: { minimize?: boolean } = {}): Promise<WebpackPage> {
  const outdir = await mkdtemp(join(tmpdir(), 'udviklingsaftaler-page-'));
  try {
    const compiler = webpack({
      mode: 'production',
      entry: { main: entryFile },
      target: ['web', 'es2020'],
      devtool: false,
      output: {
        path: outdir,
        filename: '[name]-[contenthash].js',
        chunkFilename: 'chunk-[contenthash].js',
        // Chunks are asked for from wherever the main file came from (the script origin).
        publicPath: 'auto'
      },
      resolve: { extensions: ['.tsx', '.ts', '.js'] },
      module: {
        rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: join(__dirname, 'esbuildLoader.cjs') }]
      },
      performance: { hints: false },
      optimization: { minimize: options.minimize ?? true },
      infrastructureLogging: { level: 'error' }
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => {
        compiler.close(() => undefined);
        if (error || !result) reject(error ?? new Error('webpack gave no result'));
        else resolve(result);
      })
    );
    if (stats.hasErrors()) throw new Error(`webpack could not build ${entryFile}:\n${stats.toString({ all: false, errors: true })}`);
    const main = stats.toJson({ all: false, entrypoints: true }).entrypoints?.main?.assets?.[0]?.name;
    if (main === undefined) throw new Error(`webpack built no main file for ${entryFile}`);
    const names = (await readdir(outdir)).filter((name) => name.endsWith('.js'));
    const files = new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(outdir, name), 'utf8')] as const)));
    return { files, entry: main };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
