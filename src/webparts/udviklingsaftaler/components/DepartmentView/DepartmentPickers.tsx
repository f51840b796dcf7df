import * as React from 'react';
import { Dropdown, Label, Stack, mergeStyleSets, type IDropdownOption } from '@fluentui/react';
import type { Department } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';

export interface IDepartmentPickersProps {
  departments: Department[];
  years: number[];
  departmentId: number;
  year: number;
  onChange(departmentId: number, year: number): void;
  /** Shown at the end of the row (a view being refreshed says so here, taking no row of its own). */
  status?: React.ReactNode;
}

const DEPARTMENT_WIDTH = 280;
const YEAR_WIDTH = 110;

const rowTokens = { childrenGap: 12 };

const pendingStyles = mergeStyleSets({
  // Fluent's Dropdown field is 32 px high; its label is Fluent's Label, rendered here as well, so
  // the row is as high as the pickers on any platform's fonts.
  field: { height: 32, background: '#f3f2f1', borderRadius: 2 }
});

export const DepartmentPickers: React.FC<IDepartmentPickersProps> = ({ departments, years, departmentId, year, onChange, status }) => {
  const strings = useStrings();
  const departmentOptions: IDropdownOption[] = [...departments].sort((a, b) => a.title.localeCompare(b.title, 'da')).map((d) => ({ key: d.id, text: d.title }));
  // Next year is always offered: a leader looking for it before the DUS exists is told why it cannot be made yet.
  const yearOptions: IDropdownOption[] = Array.from(new Set([...years, year, new Date().getFullYear() + 1]))
    .sort((a, b) => b - a)
    .map((y) => ({ key: y, text: String(y) }));
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={rowTokens}>
      <Dropdown
        label={strings.Department.DepartmentLabel}
        options={departmentOptions}
        selectedKey={departmentId}
        onChange={(_e, option) => option && onChange(Number(option.key), year)}
        styles={{ root: { minWidth: DEPARTMENT_WIDTH } }}
      />
      <Dropdown
        label={strings.Department.YearLabel}
        options={yearOptions}
        selectedKey={year}
        onChange={(_e, option) => option && onChange(departmentId, Number(option.key))}
        styles={{ root: { minWidth: YEAR_WIDTH } }}
      />
      {status}
    </Stack>
  );
};

/**
 * The pickers' place while their lists are read (a routed view reads them after its first paint):
 * the same labels over empty fields of the pickers' size, so the view below does not move when
 * they arrive. Nothing to choose yet: nothing focusable, and hidden from screen readers.
 */
export const DepartmentPickersPending: React.FC<{ status?: React.ReactNode }> = ({ status }) => {
  const strings = useStrings();
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={rowTokens} data-testid="department-pickers-pending">
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
