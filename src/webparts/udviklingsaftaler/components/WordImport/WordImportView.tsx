// #/importer[/<department>/<year>]: "Importér fra Word" (issue 19). The user picks .docx files; each
// is read and recognised in the browser (mammoth, in this same chunk), refused files get a
// Danish message naming them, and each readable file gets its review and its own "Gem". This view
// is a lazy chunk ('word-import-view'); only the button that opens it is in the main bundle.
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Pivot, PivotItem, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import { ImportFileError, MAX_IMPORT_BYTES, type ImportFileProblem } from '../../../../services/wordImport/importErrors';
import type { ImportedFile } from '../../../../services/wordImport/importDocument';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { ImportReview } from './ImportReview';

export interface IWordImportViewProps {
  departmentId?: number;
  year?: number;
}

type FileState =
  | { key: number; name: string; status: 'reading' }
  | { key: number; name: string; status: 'ready'; file: ImportedFile }
  | { key: number; name: string; status: 'refused'; code: ImportFileProblem }
  | { key: number; name: string; status: 'failed'; error: unknown };

let nextKey = 1;

const WordImportView: React.FC<IWordImportViewProps> = ({ departmentId, year }) => {
  const s = useStrings().WordImport;
  const services = useServices();
  const input = React.useRef<HTMLInputElement>(null);
  const [files, setFiles] = React.useState<FileState[]>([]);
  const [selected, setSelected] = React.useState<string | undefined>(undefined);

  const read = (list: FileList | null): void => {
    if (!services || !list) return;
    const picked = Array.from(list).map((f) => ({ f, key: nextKey++ }));
    setFiles((current) => [...current, ...picked.map(({ f, key }) => ({ key, name: f.name, status: 'reading' as const }))]);
    for (const { f, key } of picked) {
      const settle = (state: FileState): void => setFiles((current) => current.map((x) => (x.key === key ? state : x)));
      // The size is checked before the bytes are read: a 200 MB file is never loaded.
      const bytes = f.size > MAX_IMPORT_BYTES ? Promise.reject(new ImportFileError('tooLarge', f.name)) : f.arrayBuffer();
      bytes
        .then((data) => services.wordImport.readFile(f.name, data))
        .then(
          (file) => {
            settle({ key, name: f.name, status: 'ready', file });
            setSelected((current) => current ?? String(key));
          },
          (error: unknown) =>
            settle(
              error instanceof ImportFileError ? { key, name: f.name, status: 'refused', code: error.code } : { key, name: f.name, status: 'failed', error }
            )
        );
    }
    if (input.current) input.current.value = '';
  };

  const ready = files.filter((f): f is Extract<FileState, { status: 'ready' }> => f.status === 'ready');
  const current = selected ?? (ready[0] ? String(ready[0].key) : undefined);
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="word-import">
      <h2 style={{ margin: 0 }}>{s.Title}</h2>
      <Text>{s.Lead}</Text>
      <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
        <input
          ref={input}
          id="word-import-files"
          type="file"
          multiple
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => read(e.target.files)}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
          aria-label={s.ChooseFiles}
          data-testid="import-file-input"
          tabIndex={-1}
        />
        <DefaultButton iconProps={{ iconName: 'WordDocument' }} text={s.ChooseFiles} onClick={() => input.current?.click()} data-testid="import-choose" />
      </Stack>
      {files.map((f) => {
        if (f.status === 'reading') return <Spinner key={f.key} size={SpinnerSize.small} label={format(s.Reading, f.name)} labelPosition="right" />;
        if (f.status === 'refused')
          return (
            <MessageBar key={f.key} messageBarType={MessageBarType.error} data-testid="import-refused">
              {format(s.Problems[f.code], f.name)}
            </MessageBar>
          );
        if (f.status === 'failed') return <ErrorMessage key={f.key} error={f.error} />;
        return null;
      })}
      {ready.length > 0 && (
        <>
          <Pivot aria-label={s.FilesLabel} selectedKey={current} onLinkClick={(item) => setSelected(item?.props.itemKey)} headersOnly>
            {ready.map((f) => (
              <PivotItem key={f.key} itemKey={String(f.key)} headerText={f.name} />
            ))}
          </Pivot>
          {/* Every file's review stays mounted, so moves made in one survive a look at another. */}
          {ready.map((f) => (
            <div key={f.key} hidden={String(f.key) !== current} role="tabpanel" aria-label={f.name}>
              <ImportReview file={f.file} fallbackDepartmentId={departmentId} fallbackYear={year} />
            </div>
          ))}
        </>
      )}
    </Stack>
  );
};

export default WordImportView;
