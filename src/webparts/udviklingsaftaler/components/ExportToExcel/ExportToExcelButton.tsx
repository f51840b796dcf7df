import * as React from 'react';
import {
  ChoiceGroup,
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  Text
} from '@fluentui/react';
import type { SheetLayout } from '../../../../services/export/exportServices';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { XLSX_MIME, saveFile } from '../../../../services/download/saveFile';
import { exportLabelsFrom } from './exportLabels';

export interface IExportToExcelButtonProps {
  year: number;
  /** Export one department (its own and shared goals); all departments when absent. */
  departmentId?: number;
  /** Used in the file name of a department export. */
  departmentTitle?: string;
}

type State = { status: 'idle' } | { status: 'working' } | { status: 'done'; fileName: string } | { status: 'error'; error: unknown };

/** "Eksportér til Excel": a small dialog (one sheet per department, or one for all), then the
 * .xlsx downloads. The writer library loads on this click, not with the page. */
export const ExportToExcelButton: React.FC<IExportToExcelButtonProps> = ({ year, departmentId, departmentTitle }) => {
  const services = useServices();
  const strings = useStrings().Overview;
  const [open, setOpen] = React.useState(false);
  const [layout, setLayout] = React.useState<SheetLayout>(departmentId === undefined ? 'perDepartment' : 'single');
  const [state, setState] = React.useState<State>({ status: 'idle' });
  // The workbook's words, and the resilience sentences for cut cells and damaged items.
  const all = useStrings();
  const labels = React.useMemo(() => exportLabelsFrom(all), [all]);

  const run = async (): Promise<void> => {
    setState({ status: 'working' });
    try {
      const fileName = departmentTitle !== undefined ? format(strings.Export.FileNameDepartment, year, departmentTitle) : format(strings.Export.FileName, year);
      const file = await services.exports.exportGoals({ year, departmentId, layout, labels, fileName: fileName.replace(/[\\/:*?"<>|]/g, ' ') });
      saveFile(file.bytes, file.fileName, XLSX_MIME);
      setState({ status: 'done', fileName: file.fileName });
      setOpen(false);
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="export-excel">
      <DefaultButton
        iconProps={{ iconName: 'ExcelDocument' }}
        text={strings.Export.Button}
        onClick={() => {
          setState({ status: 'idle' });
          setOpen(true);
        }}
      />
      {state.status === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {format(strings.Export.Done, state.fileName)}
        </MessageBar>
      )}
      <Dialog
        hidden={!open}
        onDismiss={() => state.status !== 'working' && setOpen(false)}
        dialogContentProps={{ type: DialogType.normal, title: strings.Export.DialogTitle }}
        // The download is an anchor click outside the dialog; Fluent's focus trap would otherwise
        // cancel it (it prevents clicks outside the trap while the dialog is open).
        modalProps={{ isBlocking: state.status === 'working', isClickableOutsideFocusTrap: true }}
      >
        <Stack tokens={{ childrenGap: 12 }}>
          <Text block as="p">
            {strings.Export.DialogIntro}
          </Text>
          <ChoiceGroup
            label={strings.Export.LayoutLabel}
            selectedKey={layout}
            onChange={(_e, option) => option && setLayout(option.key as SheetLayout)}
            options={[
              { key: 'perDepartment', text: strings.Export.LayoutPerDepartment },
              { key: 'single', text: strings.Export.LayoutSingle }
            ]}
          />
          {state.status === 'working' && <Spinner size={SpinnerSize.small} label={strings.Export.Working} ariaLive="polite" />}
          {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void run()} action="read" />}
        </Stack>
        <DialogFooter>
          <PrimaryButton text={strings.Export.Download} onClick={() => void run()} disabled={state.status === 'working'} />
          <DefaultButton text={strings.Export.Cancel} onClick={() => setOpen(false)} disabled={state.status === 'working'} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
};
