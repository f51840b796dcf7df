// A year without a DUS (issue 19): the track columns marked X cannot be linked to the year's
// tracks, and they are no policies. They are listed as "Spor uden DUS for året", and the user
// reads them against another year's DUS or skips them; "Gem" waits for the choice.
import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, Stack, Text, type IDropdownOption } from '@fluentui/react';
import type { ImportMapping } from '../../../../domain/wordImport/recognise';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { goalName } from './destinations';

export type TrackYear = number | 'skip' | undefined;

export interface ITrackYearChoiceProps {
  year: number;
  mapping: ImportMapping;
  /** The marked columns kept aside, by goal position. */
  marks: ReadonlyArray<{ goal: number; column: string }>;
  strategyYears: readonly number[];
  value: TrackYear;
  onChange(value: TrackYear): void;
}

export const TrackYearChoice: React.FC<ITrackYearChoiceProps> = ({ year, mapping, marks, strategyYears, value, onChange }) => {
  const s = useStrings().WordImportMerge;
  const options: IDropdownOption[] = [
    ...strategyYears.map((y) => ({ key: String(y), text: format(s.TrackYearOption, y) })),
    { key: 'skip', text: s.TrackYearSkip }
  ];
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="import-no-strategy">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="mediumPlus" as="h4" style={{ margin: 0, fontWeight: 600 }}>
          {s.NoStrategyTitle}
        </Text>
        <span>{format(s.NoStrategyIntro, year)}</span>
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {marks.map((m, i) => (
            <li key={i} data-testid="import-unmatched-mark">
              {format(s.NoStrategyMark, goalName(mapping, m.goal), m.column)}
            </li>
          ))}
        </ul>
        <Dropdown
          label={s.TrackYearLabel}
          placeholder={s.TrackYearPick}
          options={options}
          selectedKey={value === undefined ? null : String(value)}
          onChange={(_e, o) => onChange(o === undefined ? undefined : o.key === 'skip' ? 'skip' : Number(o.key))}
          errorMessage={value === undefined ? s.TrackYearMissing : undefined}
          styles={{ root: { maxWidth: 320 } }}
          data-testid="import-track-year"
        />
        {value === 'skip' && <span>{s.TrackYearSkipped}</span>}
      </Stack>
    </MessageBar>
  );
};
