// webpack loader (devhost/webpackBuild.ts): one TypeScript file turned into JavaScript by esbuild,
// its imports and exports left as they are so webpack can leave out what nothing uses. Plain
// CommonJS because webpack loads loaders with require().
const { transform } = require('esbuild');

module.exports = function esbuildLoader(source) {
  const done = this.async();
  transform(source, {
    loader: this.resourcePath.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'esm',
    target: 'es2020',
    jsx: 'transform',
    sourcefile: this.resourcePath,
    // The compiler options of tsconfig.json that change what a file compiles to.
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } }
  }).then(
    (result) => done(null, result.code),
    (error) => done(error)
  );
};
