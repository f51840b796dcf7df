// The Word import as the page gets it: mammoth, recognition and the save path load on first use
// (chunk 'word-import'), so none of them weighs on the main bundle.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { lazyServices } from '../lazyServices';
import type { WordImportServices } from './wordImportServices';

export function lazyWordImportServices(sp: SPFI, config: StageConfiguration): WordImportServices {
  return lazyServices(() => import(/* webpackChunkName: 'word-import' */ './wordImportServices').then((m) => m.createWordImportServices(sp, config)));
}
