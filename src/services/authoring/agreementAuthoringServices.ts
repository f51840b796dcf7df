// Writing the agreement's own sections (issue 16): load an agreement for the editor with its ETag
// and the year's tracks, and save only the fields the user changed. The save sends the ETag; when
// someone else saved in between, the data layer merges the fields only one side changed and throws
// a 'conflict' DataError for the rest (ListStore.update), which the editor turns into its dialog.
// SharePoint decides who may write: the agreement sits in its department's folder, where only the
// department's leader and editors (and the deciding groups) have Contribute.
import type { SPFI } from '@pnp/sp';
import type { Agreement, Department, StageConfiguration, Strategy, Track } from '../../domain';
import { isEditingLocked, problemCodes } from '../../domain';
import { contentChanges, contentOf, validateAgreementContent, type AgreementContent } from '../../domain/agreementContent';
import { DataError } from '../../data/errors/DataError';
import { AgreementRepository } from '../../data/repositories/agreementRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import type { UserPermissions } from '../AppServices';

/** Why the editor is read-only for this user now. */
export type AuthoringLock = 'stage' | 'permission';

export interface EditableAgreement {
  agreement: Agreement;
  etag: string;
}

export interface AgreementEditorData extends EditableAgreement {
  department: Department;
  strategy: Strategy | undefined;
  /** The year's tracks and themes: the budget changes relate to these. */
  tracks: Track[];
  lock: AuthoringLock | undefined;
}

export interface AgreementAuthoringServices {
  loadAgreementEditor(agreementId: number): Promise<AgreementEditorData>;
  /** Writes the content fields that differ from `existing`; returns the saved version. */
  saveAgreementContent(content: AgreementContent, existing: EditableAgreement): Promise<EditableAgreement>;
}

export interface AuthoringDeps {
  permissions(): Promise<UserPermissions>;
  departments(): Promise<Department[]>;
}

export function createAgreementAuthoringServices(sp: SPFI, config: StageConfiguration, deps: AuthoringDeps): AgreementAuthoringServices {
  const agreements = new AgreementRepository(sp, config);
  const strategies = new StrategyRepository(sp);
  const tracksOf = async (year: number): Promise<{ strategy: Strategy | undefined; tracks: Track[] }> => {
    const parts = await strategies.forYear(year);
    return { strategy: parts?.strategy, tracks: parts?.tracks ?? [] };
  };
  return {
    async loadAgreementEditor(agreementId) {
      const agreement = await agreements.getById(agreementId);
      const [parts, permissions, all] = await Promise.all([tracksOf(agreement.year), deps.permissions(), deps.departments()]);
      const department = all.find((d) => d.id === agreement.departmentId);
      if (!department) throw new DataError('notFound', { detail: `Department ${agreement.departmentId} of agreement ${agreementId}` });
      const lock: AuthoringLock | undefined = !permissions.canEditDepartment(agreement.departmentId)
        ? 'permission'
        : isEditingLocked(config, agreement.stage)
          ? 'stage'
          : undefined;
      return { agreement, etag: agreement.etag, department, ...parts, lock };
    },
    async saveAgreementContent(content, existing) {
      // The form validated already; the service checks again, so no caller writes what the form refuses.
      const { tracks } = await tracksOf(existing.agreement.year);
      const validation = validateAgreementContent(content, tracks);
      if (!validation.valid) throw new DataError('validation', { detail: problemCodes(validation.problems), problems: validation.problems });
      if (isEditingLocked(config, existing.agreement.stage)) throw new DataError('validation', { detail: 'The agreement is in a stage that locks editing' });
      const changes = contentChanges(contentOf(existing.agreement), content);
      const saved = await agreements.update({ ...existing.agreement, etag: existing.etag }, changes);
      return { agreement: saved, etag: saved.etag };
    }
  };
}
