// The agreement editor's use cases load with the editor, into their own chunk, on first use.
import type { SPFI } from '@pnp/sp';
import type { StageConfiguration } from '../../domain';
import { lazyServices } from '../lazyServices';
import type { AgreementAuthoringServices, AuthoringDeps } from './agreementAuthoringServices';

export function lazyAgreementAuthoringServices(sp: SPFI, config: StageConfiguration, deps: AuthoringDeps): AgreementAuthoringServices {
  return lazyServices(() =>
    import(/* webpackChunkName: 'agreement-editor' */ './agreementAuthoringServices').then((m) => m.createAgreementAuthoringServices(sp, config, deps))
  );
}
