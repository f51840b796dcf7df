import * as React from 'react';
import { DefaultButton, Link, PrimaryButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import { outlineOf, type DocumentWords } from '../../../../services/documents/documentServices';
import type { AgreementDocumentData } from '../../../../services/AppServices';
import { findStage, stageLabel, type AuthorityStatus, type Dialogue, type StageCode, type StageConfiguration } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { EmptyState } from '../common/EmptyState';
import { ErrorMessage } from '../common/ErrorMessage';
import { DamagedNotices } from '../common/DamageNotice';
import { damagedItems } from '../../../../domain/damage';
import { format } from '../common/format';
import { Loading } from '../common/Loading';
import { useLoadable } from '../common/useLoadable';
import { AgreementDocument } from './AgreementDocument';
import { DialogueForm } from './DialogueForm';
import { ensurePrintStyles, NO_PRINT_CLASS } from './printStyles';
import { dataErrorKind } from '../../../../data/errors/DataError';
import { useServices } from '../services/ServicesContext';

export interface IDocumentViewProps {
  agreementId: number;
}

const isNotFound = (error: unknown): boolean => dataErrorKind(error) === 'notFound';

/** The stage as the document prints it: the label when the log backs it (or no decision is
 * needed), else the label with "Ikke verificeret" / "Ændret efter godkendelse"; while the log is
 * read, the label with "kontrolleres". */
function checkedStageText(strings: ReturnType<typeof useStrings>, config: StageConfiguration, stage: StageCode, status: AuthorityStatus | undefined): string {
  const label = stageLabel(config, stage);
  if (status === 'foreignEdit') return `${label} (${strings.ForeignEdit.Status})`;
  if (stage === config.initialStage || findStage(config, stage)?.kind === 'draft') return label;
  if (status === undefined) return format(strings.Department.StageChecking, label);
  if (status === 'verified') return label;
  return `${label} (${status === 'unverified' ? strings.Approval.Unverified : strings.Approval.Stale})`;
}

/** The document's dialogues with those recorded since the load, in meeting order. */
function withRecorded(doc: AgreementDocumentData, recorded: readonly Dialogue[]): AgreementDocumentData {
  if (recorded.length === 0) return doc;
  const ids = new Set(doc.dialogues.map((d) => d.id));
  const dialogues = [...doc.dialogues, ...recorded.filter((d) => !ids.has(d.id))].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  return { ...doc, dialogues };
}

type Download = { status: 'idle' } | { status: 'busy'; what: 'agreement' | 'year' } | { status: 'error'; error: unknown; retry: () => void };

/** Dokument: the whole agreement like the seed documents, to read, print or download as .docx. */
const DocumentView: React.FC<IDocumentViewProps> = ({ agreementId }) => {
  const services = useServices();
  const strings = useStrings();
  const { href } = useNavigation();
  const [data, reload] = useLoadable(() => services.loadAgreementDocument(agreementId), [services, agreementId]);
  const [download, setDownload] = React.useState<Download>({ status: 'idle' });
  // The board and the secretariat record contract dialogues here (issue 18).
  const [mayRecord] = useLoadable(() => services.checkIns.mayRecordDialogues(), [services]);
  // Recorded here since the load: shown at once, the form stays with its confirmation.
  const [recorded, setRecorded] = React.useState<Dialogue[]>([]);
  React.useEffect(() => ensurePrintStyles(), []);
  // The printed stage is what the approval log backs, never the Stage column's word alone.
  const [verification] = useLoadable(() => services.approvals.verification([{ list: 'Agreements', id: agreementId }]), [services, agreementId]);
  const status = verification.status === 'ready' ? verification.value[`Agreements:${agreementId}`] : undefined;
  const stageText = data.status === 'ready' ? checkedStageText(strings, services.stageConfiguration, data.value.agreement.stage, status) : undefined;
  const outline = React.useMemo(
    () => (data.status === 'ready' ? outlineOf(withRecorded(data.value, recorded), services.stageConfiguration, stageText) : undefined),
    [data, recorded, services.stageConfiguration, stageText]
  );

  const startDownload = (what: 'agreement' | 'year', year: number): void => {
    setDownload({ status: 'busy', what });
    // The files print each stage as the log backs it and name what could not be read, as here.
    const words: DocumentWords = {
      stage: (stage, checked) => checkedStageText(strings, services.stageConfiguration, stage, checked),
      damage: strings.Resilience
    };
    const done = what === 'agreement' ? services.documents.downloadAgreementDocx(agreementId, words) : services.documents.downloadYearDocx(year, words);
    done.then(
      () => setDownload({ status: 'idle' }),
      (error: unknown) => setDownload({ status: 'error', error, retry: () => startDownload(what, year) })
    );
  };

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') {
    if (isNotFound(data.error)) {
      return (
        <EmptyState
          title={strings.Document.NotFoundTitle}
          message={strings.Document.NotFound}
          action={
            <Link href={href({ view: 'afdeling' })} data-interception="off">
              {strings.Document.Back}
            </Link>
          }
        />
      );
    }
    return <ErrorMessage error={data.error} onRetry={reload} action="read" />;
  }
  const { department, year } = data.value;
  // What could not be read is said on screen (not printed): the document shows the rest.
  const damaged = damagedItems({
    strategy: data.value.strategy,
    tracks: data.value.tracks,
    requirements: data.value.requirements,
    departments: [data.value.department],
    agreements: [data.value.agreement],
    goals: data.value.goals
  });
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="document-view">
      <Stack className={NO_PRINT_CLASS} tokens={{ childrenGap: 8 }}>
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }} role="toolbar" aria-label={strings.Document.Toolbar}>
          <Link href={href({ view: 'afdeling', departmentId: department.id, year })} data-interception="off">
            {strings.Document.Back}
          </Link>
          <PrimaryButton iconProps={{ iconName: 'Print' }} text={strings.Document.Print} onClick={() => window.print()} />
          <DefaultButton
            iconProps={{ iconName: 'WordDocument' }}
            text={download.status === 'busy' && download.what === 'agreement' ? strings.Document.Downloading : strings.Document.DownloadDocx}
            disabled={download.status === 'busy'}
            onClick={() => startDownload('agreement', year)}
            data-testid="download-docx"
          />
          {/* The council's theme meeting gets every agreement of the year in one file. */}
          <DefaultButton
            iconProps={{ iconName: 'DocumentSet' }}
            text={download.status === 'busy' && download.what === 'year' ? strings.Document.Downloading : format(strings.Document.DownloadYearDocx, year)}
            disabled={download.status === 'busy'}
            onClick={() => startDownload('year', year)}
            data-testid="download-year-docx"
          />
          {download.status === 'busy' && <Spinner size={SpinnerSize.small} aria-label={strings.Document.Downloading} />}
        </Stack>
        {download.status === 'error' && <ErrorMessage error={download.error} onRetry={download.retry} action="read" />}
        <DamagedNotices items={damaged} />
      </Stack>
      {outline && <AgreementDocument outline={outline} />}
      {mayRecord.status === 'ready' && mayRecord.value && (
        <DialogueForm
          save={async (input) => {
            const saved = await services.checkIns.recordDialogue(agreementId, input);
            setRecorded((list) => [...list.filter((d) => d.id !== saved.id), saved]);
          }}
        />
      )}
    </Stack>
  );
};

export default DocumentView;
