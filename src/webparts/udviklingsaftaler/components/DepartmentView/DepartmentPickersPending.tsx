// The pickers' place, without Fluent's Dropdown (its Callout, Panel and buttons are not part of
// the department view's first paint; issue 21).
import * as React from 'react';
import { Label, mergeStyleSets } from '@fluentui/react';
import { Stack } from '../common/layout';
import { useStrings } from '../strings/StringsContext';

export const DEPARTMENT_WIDTH = 280;
export const YEAR_WIDTH = 110;

export const pickerRowTokens = { childrenGap: 12 };

const pendingStyles = mergeStyleSets({
  // Fluent's Dropdown field is 32 px high; its label is Fluent's Label, rendered here as well, so
  // the row is as high as the pickers on any platform's fonts.
  field: { height: 32, background: '#f3f2f1', borderRadius: 2 }
});

/**
 * The pickers' place while their lists are read (a routed view reads them after its first paint):
 * the same labels over empty fields of the pickers' size, so the view below does not move when
 * they arrive. Nothing to choose yet: nothing focusable, and hidden from screen readers.
 */
export const DepartmentPickersPending: React.FC<{ status?: React.ReactNode }> = ({ status }) => {
  const strings = useStrings();
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={pickerRowTokens} data-testid="department-pickers-pending">
      <div style={{ minWidth: DEPARTMENT_WIDTH }} aria-hidden="true">
        <Label>{strings.Department.DepartmentLabel}</Label>
        <div className={pendingStyles.field} />
      </div>
      <div style={{ minWidth: YEAR_WIDTH }} aria-hidden="true">
        <Label>{strings.Department.YearLabel}</Label>
        <div className={pendingStyles.field} />
      </div>
      {status}
    </Stack>
  );
};
