// The page's strings for one locale, as SharePoint's loader gives the web part its locale file:
// one locale, apart from the bundle. The dev host server evaluates the committed AMD file and
// puts the strings in the page, so the page's script carries no locale (issue 21: the dev host
// loads what the shipped web part loads, not both locales and more).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAmdLocale } from './amd';
import { pseudoLocalize } from './pseudo';

const LOC_DIR = join(__dirname, '..', '..', 'src', 'webparts', 'udviklingsaftaler', 'loc');
const cache = new Map<string, IUdviklingsaftalerStrings>();

/** da-dk, en-us, or qps-ploc (Danish pseudo-localised); anything else is Danish. */
export function localeStrings(locale: string): IUdviklingsaftalerStrings {
  const key = locale === 'en-us' || locale === 'qps-ploc' ? locale : 'da-dk';
  let strings = cache.get(key);
  if (strings === undefined) {
    const danish = (): IUdviklingsaftalerStrings => evaluateAmdLocale<IUdviklingsaftalerStrings>(readFileSync(join(LOC_DIR, 'da-dk.js'), 'utf8'));
    strings =
      key === 'en-us'
        ? evaluateAmdLocale<IUdviklingsaftalerStrings>(readFileSync(join(LOC_DIR, 'en-us.js'), 'utf8'))
        : key === 'qps-ploc'
          ? pseudoLocalize(danish())
          : danish();
    cache.set(key, strings);
  }
  return strings;
}
