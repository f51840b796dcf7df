// The document services as the views get them: the reads, the outline and the .docx generator
// load on first use (chunk 'documents'; the .docx generator in 'docx-export'), so none of them
// weighs on the main bundle.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { onFirstUse } from '../onFirstUse';
import type { DocumentServices } from './documentServices';

export function lazyDocumentServices(sp: SPFI, config: StageConfiguration): DocumentServices {
  const services = onFirstUse(() => import(/* webpackChunkName: 'documents' */ './documentServices').then((m) => m.createDocumentServices(sp, config)));
  return {
    loadYearDocuments: async (year) => (await services()).loadYearDocuments(year),
    agreementDocx: async (agreementId, stageText) => (await services()).agreementDocx(agreementId, stageText),
    yearDocx: async (year) => (await services()).yearDocx(year),
    downloadAgreementDocx: async (agreementId, stageText) => (await services()).downloadAgreementDocx(agreementId, stageText),
    downloadYearDocx: async (year) => (await services()).downloadYearDocx(year)
  };
}
