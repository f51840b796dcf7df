// SPFx locale files are AMD modules (`define([], function () { return {...}; })`), which is what
// SharePoint's loader expects. The dev host and the tests evaluate them the same way.
export function evaluateAmdLocale<T>(source: string): T {
  let result: T | undefined;
  const define = (_deps: string[], factory: () => T): void => {
    result = factory();
  };
  // eslint-disable-next-line no-new-func -- evaluating our own committed locale files, never user input
  new Function('define', source)(define);
  if (result === undefined) throw new Error('Locale file did not call define()');
  return result;
}
