import * as React from 'react';
import { Checkbox, DefaultButton, IconButton, Stack, TextField } from '@fluentui/react';
import type { EvidenceItem } from '../../../../../domain';
import { useStrings } from '../../strings/StringsContext';
import { format } from '../../common/format';
import { Fieldset } from './Fieldset';

export interface IEvidenceFieldProps {
  label: string;
  items: readonly EvidenceItem[];
  onChange(items: EvidenceItem[]): void;
}

/** Albertslund's "Dokumentation": the deliverables of a goal, each with whether it was delivered. */
export const EvidenceField: React.FC<IEvidenceFieldProps> = ({ label, items, onChange }) => {
  const strings = useStrings().GoalEditor;
  const set = (index: number, item: EvidenceItem): void => onChange(items.map((it, i) => (i === index ? item : it)));
  return (
    <Fieldset id="goal-field-evidence" legend={label} help={strings.EvidenceHelp}>
      <Stack tokens={{ childrenGap: 8 }}>
        {items.map((item, i) => (
          <Stack key={i} horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
            <TextField
              label={format(strings.EvidenceItem, i + 1)}
              value={item.text}
              multiline
              autoAdjustHeight
              rows={1}
              onChange={(_e, v) => set(i, { ...item, text: v ?? '' })}
              styles={{ root: { flexGrow: 1 } }}
            />
            <Checkbox
              label={strings.Delivered}
              checked={item.delivered}
              onChange={(_e, c) => set(i, { ...item, delivered: !!c })}
              styles={{ root: { marginBottom: 8 } }}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              title={format(strings.RemoveEvidence, i + 1)}
              ariaLabel={format(strings.RemoveEvidence, i + 1)}
              onClick={() => onChange(items.filter((_it, j) => j !== i))}
            />
          </Stack>
        ))}
        <DefaultButton
          iconProps={{ iconName: 'Add' }}
          text={strings.AddEvidence}
          onClick={() => onChange([...items, { text: '', delivered: false }])}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      </Stack>
    </Fieldset>
  );
};
