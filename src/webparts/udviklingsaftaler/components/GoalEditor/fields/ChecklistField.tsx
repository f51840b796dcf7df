import * as React from 'react';
import { Checkbox, Stack } from '@fluentui/react';
import { Fieldset } from './Fieldset';

export interface ChecklistOption {
  key: number | string;
  text: string;
}

export interface IChecklistFieldProps<K extends number | string> {
  id: string;
  legend: string;
  help?: string;
  error?: string;
  options: ChecklistOption[];
  selected: readonly K[];
  disabled?: boolean;
  onChange(selected: K[]): void;
}

/** Tracks, requirements, SDGs: a named group of checkboxes whose order follows the options. */
export function ChecklistField<K extends number | string>(props: IChecklistFieldProps<K>): React.ReactElement {
  const toggle = (key: K, checked: boolean): void => {
    const next = checked ? [...props.selected, key] : props.selected.filter((k) => k !== key);
    const order = props.options.map((o) => o.key);
    props.onChange(Array.from(new Set(next)).sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  };
  return (
    <Fieldset id={props.id} legend={props.legend} help={props.help} error={props.error}>
      <Stack tokens={{ childrenGap: 6 }}>
        {props.options.map((o) => (
          <Checkbox
            key={o.key}
            label={o.text}
            checked={props.selected.includes(o.key as K)}
            disabled={props.disabled}
            onChange={(_e, checked) => toggle(o.key as K, !!checked)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
