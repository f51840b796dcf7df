// The pickers' place, without Fluent's Dropdown (its Callout, Panel and buttons are not part of
// the department view's first paint; issue 21).
import * as React from 'react';
import { classNamesFunction, mergeStyleSets, useTheme, type ILabelStyleProps, type ILabelStyles } from '@fluentui/react';
import { getStyles as labelStyles } from '@fluentui/react/lib/components/Label/Label.styles';
import { Stack } from '../common/layout';
import { useStrings } from '../strings/StringsContext';

export const DEPARTMENT_WIDTH = 280;
export const YEAR_WIDTH = 110;

export const pickerRowTokens = { childrenGap: 12 };

const pendingStyles = mergeStyleSets({
  // Fluent's Dropdown field is 32 px high; its label has Fluent's Label's look (below), so the row
  // is as high as the pickers on any platform's fonts.
  field: { height: 32, background: '#f3f2f1', borderRadius: 2 }
});

const labelClassNames = classNamesFunction<ILabelStyleProps, ILabelStyles>();

/**
 * The pickers' place while their lists are read (a routed view reads them after its first paint):
 * the same labels over empty fields of the pickers' size, so the view below does not move when
 * they arrive. Nothing to choose yet: nothing focusable, and hidden from screen readers.
 */
export const DepartmentPickersPending: React.FC<{ status?: React.ReactNode }> = ({ status }) => {
  const strings = useStrings();
  // Fluent's Label's look (its exported styles), without its styled component: nothing is labelled.
  const label = labelClassNames(labelStyles, { theme: useTheme() }).root;
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={pickerRowTokens} data-testid="department-pickers-pending">
      <div style={{ minWidth: DEPARTMENT_WIDTH }} aria-hidden="true">
        <div className={label}>{strings.Department.DepartmentLabel}</div>
        <div className={pendingStyles.field} />
      </div>
      <div style={{ minWidth: YEAR_WIDTH }} aria-hidden="true">
        <div className={label}>{strings.Department.YearLabel}</div>
        <div className={pendingStyles.field} />
      </div>
      {status}
    </Stack>
  );
};
