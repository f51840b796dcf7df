import * as React from 'react';
import { DefaultButton, Link, PrimaryButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import type { AppServices } from '../../../../services/AppServices';
import { outlineOf } from '../../../../services/documents/documentServices';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { EmptyState } from '../common/EmptyState';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../DepartmentView/DepartmentView';
import { useLoadable } from '../DepartmentView/useDepartmentView';
import { AgreementDocument } from './AgreementDocument';
import { ensurePrintStyles, NO_PRINT_CLASS } from './printStyles';

export interface IDocumentViewProps {
  services: AppServices;
  agreementId: number;
}

const isNotFound = (error: unknown): boolean =>
  (error as { isDataError?: boolean; kind?: string } | null)?.isDataError === true && (error as { kind?: string }).kind === 'notFound';

type Download = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: unknown };

/** Dokument: the whole agreement like the seed documents, to read, print or download as .docx. */
const DocumentView: React.FC<IDocumentViewProps> = ({ services, agreementId }) => {
  const strings = useStrings();
  const { href } = useNavigation();
  const [data, reload] = useLoadable(() => services.loadAgreementDocument(agreementId), [services, agreementId]);
  const [download, setDownload] = React.useState<Download>({ status: 'idle' });
  React.useEffect(() => ensurePrintStyles(), []);
  const outline = React.useMemo(
    () => (data.status === 'ready' ? outlineOf(data.value, services.stageConfiguration) : undefined),
    [data, services.stageConfiguration]
  );

  const startDownload = (): void => {
    setDownload({ status: 'busy' });
    services.documents.downloadAgreementDocx(agreementId).then(
      () => setDownload({ status: 'idle' }),
      (error: unknown) => setDownload({ status: 'error', error })
    );
  };

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') {
    if (isNotFound(data.error)) {
      return (
        <EmptyState
          title={strings.Document.NotFoundTitle}
          message={strings.Document.NotFound}
          action={<Link href={href({ view: 'afdeling' })} data-interception="off">{strings.Document.Back}</Link>}
        />
      );
    }
    return <ErrorMessage error={data.error} onRetry={reload} />;
  }
  const { department, year } = data.value;
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="document-view">
      <Stack className={NO_PRINT_CLASS} tokens={{ childrenGap: 8 }}>
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }} role="toolbar" aria-label={strings.Document.Toolbar}>
          <Link href={href({ view: 'afdeling', departmentId: department.id, year })} data-interception="off">{strings.Document.Back}</Link>
          <PrimaryButton iconProps={{ iconName: 'Print' }} text={strings.Document.Print} onClick={() => window.print()} />
          <DefaultButton
            iconProps={{ iconName: 'WordDocument' }}
            text={download.status === 'busy' ? strings.Document.Downloading : strings.Document.DownloadDocx}
            disabled={download.status === 'busy'}
            onClick={startDownload}
            data-testid="download-docx"
          />
          {download.status === 'busy' && <Spinner size={SpinnerSize.small} aria-label={strings.Document.Downloading} />}
        </Stack>
        {download.status === 'error' && <ErrorMessage error={download.error} onRetry={startDownload} />}
      </Stack>
      {outline && <AgreementDocument outline={outline} />}
    </Stack>
  );
};

export default DocumentView;
