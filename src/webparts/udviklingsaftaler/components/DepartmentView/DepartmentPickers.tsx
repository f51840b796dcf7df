import * as React from 'react';
import { Dropdown, Stack, type IDropdownOption } from '@fluentui/react';
import type { Department } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { DEPARTMENT_WIDTH, pickerRowTokens, YEAR_WIDTH } from './DepartmentPickersPending';

export interface IDepartmentPickersProps {
  departments: Department[];
  years: number[];
  departmentId: number;
  year: number;
  onChange(departmentId: number, year: number): void;
  /** Shown at the end of the row (a view being refreshed says so here, taking no row of its own). */
  status?: React.ReactNode;
}

/** The department and year pickers (Fluent's Dropdown: a chunk of its own with the view's other
 * controls, loaded after the first paint; DepartmentView.tsx). */
export const DepartmentPickers: React.FC<IDepartmentPickersProps> = ({ departments, years, departmentId, year, onChange, status }) => {
  const strings = useStrings();
  const departmentOptions: IDropdownOption[] = [...departments].sort((a, b) => a.title.localeCompare(b.title, 'da')).map((d) => ({ key: d.id, text: d.title }));
  // Next year is always offered: a leader looking for it before the DUS exists is told why it cannot be made yet.
  const yearOptions: IDropdownOption[] = Array.from(new Set([...years, year, new Date().getFullYear() + 1]))
    .sort((a, b) => b - a)
    .map((y) => ({ key: y, text: String(y) }));
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={pickerRowTokens}>
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
