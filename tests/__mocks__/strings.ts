// `import * as strings from 'UdviklingsaftalerWebPartStrings'` resolves here in tests: the real
// default locale (da-dk), so tests see exactly what a Danish user sees.
import { loadLocale } from '../helpers/locales';

const strings = loadLocale('da-dk');
export = strings;
