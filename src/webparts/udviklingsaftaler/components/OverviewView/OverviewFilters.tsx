import * as React from 'react';
import { Checkbox, Dropdown, Stack, type IDropdownOption } from '@fluentui/react';
import type { DepartmentKind, StageConfiguration } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import type { OverviewFilterState } from './useOverview';

const KINDS: DepartmentKind[] = ['staff', 'secretariat', 'department', 'team', 'institution'];
const ALL = '__all';

export interface IOverviewFiltersProps {
  years: number[];
  year: number;
  stages: StageConfiguration;
  filters: OverviewFilterState;
  onYearChange(year: number): void;
  onFiltersChange(filters: OverviewFilterState): void;
}

export const OverviewFilters: React.FC<IOverviewFiltersProps> = ({ years, year, stages, filters, onYearChange, onFiltersChange }) => {
  const strings = useStrings().Overview;
  const yearOptions: IDropdownOption[] = Array.from(new Set([...years, year]))
    .sort((a, b) => b - a)
    .map((y) => ({ key: y, text: String(y) }));
  const stageOptions: IDropdownOption[] = [
    { key: ALL, text: strings.FilterAll },
    ...stages.stages.map((s) => ({ key: s.code, text: s.label })),
    { key: 'none', text: strings.NoAgreement }
  ];
  const kindOptions: IDropdownOption[] = [{ key: ALL, text: strings.FilterAll }, ...KINDS.map((k) => ({ key: k, text: strings.Kinds[k] }))];
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 16 }} verticalAlign="end" role="group" aria-label={strings.Filters}>
      <Dropdown
        label={strings.YearLabel}
        options={yearOptions}
        selectedKey={year}
        styles={{ root: { minWidth: 110 } }}
        onChange={(_e, o) => o && onYearChange(Number(o.key))}
      />
      <Dropdown
        label={strings.FilterStage}
        options={stageOptions}
        selectedKey={filters.stage ?? ALL}
        styles={{ root: { minWidth: 220 } }}
        onChange={(_e, o) => o && onFiltersChange({ ...filters, stage: o.key === ALL ? undefined : String(o.key) })}
      />
      <Dropdown
        label={strings.FilterKind}
        options={kindOptions}
        selectedKey={filters.kind ?? ALL}
        styles={{ root: { minWidth: 160 } }}
        onChange={(_e, o) => o && onFiltersChange({ ...filters, kind: o.key === ALL ? undefined : (o.key as DepartmentKind) })}
      />
      <Checkbox label={strings.OnlyMissing} checked={filters.onlyMissing} onChange={(_e, checked) => onFiltersChange({ ...filters, onlyMissing: !!checked })} />
      <Checkbox label={strings.OnlyLate} checked={filters.onlyLate} onChange={(_e, checked) => onFiltersChange({ ...filters, onlyLate: !!checked })} />
    </Stack>
  );
};
