import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAmdLocale } from '../../devhost/locales/amd';

export type LocaleName = 'da-dk' | 'en-us';

export function loadLocale(locale: LocaleName): IUdviklingsaftalerStrings {
  const file = join(__dirname, '..', '..', 'src', 'webparts', 'udviklingsaftaler', 'loc', `${locale}.js`);
  return evaluateAmdLocale<IUdviklingsaftalerStrings>(readFileSync(file, 'utf8'));
}
