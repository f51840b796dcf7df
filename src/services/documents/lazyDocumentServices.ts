// The document services as the views get them: the reads, the outline and the .docx generator
// load on first use (chunk 'documents'; the .docx generator in 'docx-export'), so none of them
// weighs on the main bundle.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { lazyServices } from '../lazyServices';
import type { DocumentServices, VerifyTargets } from './documentServices';

export function lazyDocumentServices(sp: SPFI, config: StageConfiguration, verify?: VerifyTargets): DocumentServices {
  return lazyServices(() => import(/* webpackChunkName: 'documents' */ './documentServices').then((m) => m.createDocumentServices(sp, config, verify)));
}
