import * as React from 'react';
import { Checkbox, DefaultButton, Stack, TextField } from '@fluentui/react';
import { useStrings } from '../../strings/StringsContext';
import { Fieldset } from './Fieldset';

export interface IPolicyFieldProps {
  /** The agreement's policies, offered first. */
  agreementPolicies: readonly string[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/** The "Andet" column(s): the agreement's policies to tick, and any other policy by name. */
export const PolicyField: React.FC<IPolicyFieldProps> = ({ agreementPolicies, selected, onChange }) => {
  const strings = useStrings().GoalEditor;
  const [other, setOther] = React.useState('');
  const all = Array.from(new Set([...agreementPolicies, ...selected]));
  const add = (): void => {
    const name = other.trim();
    if (name === '') return;
    if (!selected.includes(name)) onChange([...selected, name]);
    setOther('');
  };
  return (
    <Fieldset id="goal-field-policies" legend={strings.Policies} help={strings.PoliciesHelp}>
      <Stack tokens={{ childrenGap: 6 }}>
        {all.map((p) => (
          <Checkbox key={p} label={p} checked={selected.includes(p)} onChange={(_e, c) => onChange(c ? [...selected, p] : selected.filter((s) => s !== p))} />
        ))}
        <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField
            label={strings.AddPolicy}
            value={other}
            onChange={(_e, v) => setOther(v ?? '')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            styles={{ root: { flexGrow: 1 } }}
          />
          <DefaultButton text={strings.AddPolicyButton} onClick={add} disabled={other.trim() === ''} />
        </Stack>
      </Stack>
    </Fieldset>
  );
};
