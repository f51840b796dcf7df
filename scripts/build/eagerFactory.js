'use strict';
// SPFx's webpack wraps the web part bundle as an AMD module: `define("<id>", [deps], (a, b) => (() => {
// ...the whole bundle... })())`. V8 compiles a function that is not in parentheses lazily: the factory
// is parsed a second time, in full and on the main thread, when the loader calls it, which on our
// 2-core benchmark machine cost 40 ms of the first render before any request could leave (issue 21).
// A function in parentheses is compiled eagerly, off the main thread while the script streams in
// (V8's "PIFE" heuristic: https://v8.dev/blog/preparser#pife). This rewrites the factory to
// `(function (a, b) { return (() => { ... })(); })`; nothing else in the file changes. An arrow
// factory and a function factory differ only in `this` and `arguments`, which webpack's factory body
// uses neither of (it is one arrow IIFE over the externals).

const FACTORY = /define\("[^"]+",\[[^\]]*\],\(([A-Za-z_$][\w$]*(?:,[A-Za-z_$][\w$]*)*)?\)=>/;
const TAIL = ')})();';

/** Where to edit `text`, or a reason it has not the shape SPFx's AMD output has. */
function eagerFactoryEdits(text) {
  const match = FACTORY.exec(text);
  if (!match) return { reason: 'no define("<id>", [deps], (params) => factory) in the bundle' };
  const trimmed = text.replace(/\s+$/, '');
  if (!trimmed.endsWith(TAIL)) return { reason: `the bundle does not end with ${TAIL}` };
  const factoryStart = match.index + match[0].length - `(${match[1] ?? ''})=>`.length;
  return {
    // `(a,b)=>` becomes `(function(a,b){return `
    head: { start: factoryStart, end: match.index + match[0].length - 1, text: `(function(${match[1] ?? ''}){return ` },
    // the factory's end: `…)` + `)})();` becomes `…)` + `}))})();`
    tail: { start: trimmed.length - TAIL.length, end: trimmed.length - 1, text: '}))})();' }
  };
}

/** The rewritten text (tests, and a build without webpack-sources). */
function eagerFactory(text) {
  const edits = eagerFactoryEdits(text);
  if (edits.reason) throw new Error(edits.reason);
  const { head, tail } = edits;
  return text.slice(0, head.start) + head.text + text.slice(head.end + 1, tail.start) + tail.text + text.slice(tail.end + 1);
}

/** Rewrites the factory of every initial JS file (the web part's entry) after minification, before
 * the content hashes are computed, through ReplaceSource so a source map would stay right. */
class EagerFactoryPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('EagerFactoryPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EagerFactoryPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.canBeInitial()) continue;
          for (const file of chunk.files) {
            if (!file.endsWith('.js')) continue;
            const asset = compilation.getAsset(file);
            const edits = eagerFactoryEdits(asset.source.source().toString());
            if (edits.reason) {
              compilation.errors.push(new WebpackError(`EagerFactoryPlugin: ${file}: ${edits.reason}`));
              continue;
            }
            const replaced = new sources.ReplaceSource(asset.source);
            replaced.replace(edits.head.start, edits.head.end, edits.head.text);
            replaced.replace(edits.tail.start, edits.tail.end, edits.tail.text);
            compilation.updateAsset(file, replaced);
          }
        }
      });
    });
  }
}

module.exports = { eagerFactory, eagerFactoryEdits, EagerFactoryPlugin };
