// Fluent's DatePicker set up for Danish (issue 16): typed as dd-mm-åååå (also d-m-åååå and
// dd.mm.åååå, the domain's parseDanishDate), shown as dd-mm-åååå, Danish month and day names,
// weeks from Monday. The value in and out is yyyy-mm-dd (or '' for none), as the lists store it;
// text that is no date keeps the previous value and shows a Danish message at the field.
import * as React from 'react';
import { DatePicker, DayOfWeek, FirstWeekOfYear, type IDatePickerStrings } from '@fluentui/react';
import { dateInputText, parseDanishDate } from '../../../../domain/danishDate';
import { useStrings } from '../strings/StringsContext';

export interface IDanishDatePickerProps {
  label: string;
  /** yyyy-mm-dd, or '' for no date. */
  value: string;
  onChange(iso: string): void;
  isRequired?: boolean;
  errorMessage?: string;
  name?: string;
}

const iso = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const DanishDatePicker: React.FC<IDanishDatePickerProps> = ({ label, value, onChange, isRequired, errorMessage, name }) => {
  const s = useStrings().DanishInput;
  const strings: IDatePickerStrings = React.useMemo(
    () => ({
      months: s.Months,
      shortMonths: s.ShortMonths,
      days: s.Days,
      shortDays: s.ShortDays,
      goToToday: s.GoToToday,
      prevMonthAriaLabel: s.PrevMonth,
      nextMonthAriaLabel: s.NextMonth,
      prevYearAriaLabel: s.PrevYear,
      nextYearAriaLabel: s.NextYear,
      closeButtonAriaLabel: s.CloseCalendar,
      invalidInputErrorMessage: s.DateInvalid
    }),
    [s]
  );
  return (
    <DatePicker
      label={label}
      isRequired={isRequired}
      strings={strings}
      firstDayOfWeek={DayOfWeek.Monday}
      firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
      showWeekNumbers
      allowTextInput
      placeholder={s.DatePlaceholder}
      ariaLabel={label}
      value={value ? new Date(`${value}T12:00:00`) : undefined}
      onSelectDate={(d) => onChange(d ? iso(d) : '')}
      parseDateFromString={(text) => {
        const parsed = parseDanishDate(text);
        return parsed.ok && parsed.value ? new Date(`${parsed.value}T12:00:00`) : null;
      }}
      formatDate={(d) => (d ? dateInputText(iso(d)) : '')}
      textField={{ errorMessage, name }}
    />
  );
};
