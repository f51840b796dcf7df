// The build rewrites the web part's AMD factory into a parenthesized function (V8 compiles it off
// the main thread; scripts/build/eagerFactory.js). The module it defines must stay the same.
import { Script, createContext } from 'node:vm';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { eagerFactory, eagerFactoryEdits } = require('../../../scripts/build/eagerFactory.js') as {
  eagerFactory(text: string): string;
  eagerFactoryEdits(text: string): { reason?: string };
};

// The shape `gulp bundle --ship` writes (dist/udviklingsaftaler-web-part_<hash>.js), in small.
const BUNDLE =
  '/*! For license information please see x.js.LICENSE.txt */\n' +
  '(()=>{var e=document.currentScript;define("3f1c7a52_0.1.0",["react","UdviklingsaftalerWebPartStrings"],(t,n)=>(()=>{"use strict";var s={1(e,t){t.x=1}},c={};' +
  'function m(e){var t=c[e];if(t!==void 0)return t.exports;var n=c[e]={exports:{}};return s[e](n,n.exports),n.exports}' +
  'var _={};return _.default={react:t,strings:n,one:m(1).x,self:typeof this},_})())})();';

function defineWith(text: string): { name: string; deps: string[]; module: Record<string, unknown> } {
  const defined: Array<{ name: string; deps: string[]; module: Record<string, unknown> }> = [];
  const context = createContext({
    document: { currentScript: null },
    define: (name: string, deps: string[], factory: (...args: unknown[]) => Record<string, unknown>) =>
      defined.push({ name, deps, module: factory(...deps.map((d) => `<${d}>`)) })
  });
  new Script(text).runInContext(context);
  return defined[0];
}

describe('the eager AMD factory (issue 21)', () => {
  it('puts the factory in parentheses as a function and defines the same module', () => {
    const rewritten = eagerFactory(BUNDLE);
    expect(rewritten).toContain('define("3f1c7a52_0.1.0",["react","UdviklingsaftalerWebPartStrings"],(function(t,n){return (()=>{');
    expect(rewritten.endsWith('_})()}))})();')).toBe(true);
    const before = defineWith(BUNDLE);
    const after = defineWith(rewritten);
    expect(after.name).toBe(before.name);
    expect(after.deps).toEqual(before.deps);
    // `this` inside the bundle: the global object either way (a sloppy-mode call of the function).
    expect(after.module).toEqual(before.module);
    expect(after.module.default).toEqual({ react: '<react>', strings: '<UdviklingsaftalerWebPartStrings>', one: 1, self: 'object' });
  });

  it('says why when the bundle is not SPFx AMD output, so the build fails instead of shipping it unchanged', () => {
    expect(eagerFactoryEdits('(()=>{console.log(1)})();').reason).toMatch(/no define/);
    expect(eagerFactoryEdits(BUNDLE.replace(/\)\}\)\(\);$/, ')});')).reason).toMatch(/does not end/);
    expect(() => eagerFactory('var x = 1;')).toThrow(/no define/);
  });
});
