import * as React from 'react';
import { Dropdown, Stack, type IDropdownOption } from '@fluentui/react';
import type { Department } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';

export interface IDepartmentPickersProps {
  departments: Department[];
  years: number[];
  departmentId: number;
  year: number;
  onChange(departmentId: number, year: number): void;
}

export const DepartmentPickers: React.FC<IDepartmentPickersProps> = ({ departments, years, departmentId, year, onChange }) => {
  const strings = useStrings();
  const departmentOptions: IDropdownOption[] = [...departments].sort((a, b) => a.title.localeCompare(b.title, 'da')).map((d) => ({ key: d.id, text: d.title }));
  // Next year is always offered: a leader looking for it before the DUS exists is told why it cannot be made yet.
  const yearOptions: IDropdownOption[] = Array.from(new Set([...years, year, new Date().getFullYear() + 1]))
    .sort((a, b) => b - a)
    .map((y) => ({ key: y, text: String(y) }));
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
      <Dropdown
        label={strings.Department.DepartmentLabel}
        options={departmentOptions}
        selectedKey={departmentId}
        onChange={(_e, option) => option && onChange(Number(option.key), year)}
        styles={{ root: { minWidth: 280 } }}
      />
      <Dropdown
        label={strings.Department.YearLabel}
        options={yearOptions}
        selectedKey={year}
        onChange={(_e, option) => option && onChange(departmentId, Number(option.key))}
        styles={{ root: { minWidth: 110 } }}
      />
    </Stack>
  );
};
