// Move up, move down and remove for one row of a list field (policies, budget changes, sections,
// steps). Each button names its row, so a screen reader user knows which row it acts on.
import * as React from 'react';
import { IconButton, Stack } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';

export interface IRowControlsProps {
  index: number;
  count: number;
  /** The row's name for the buttons' labels ("Trin 2"). */
  name: string;
  onMove(step: -1 | 1): void;
  onRemove(): void;
}

export const RowControls: React.FC<IRowControlsProps> = ({ index, count, name, onMove, onRemove }) => {
  const s = useStrings().AgreementEditor;
  return (
    <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 2 }}>
      <IconButton
        iconProps={{ iconName: 'Up' }}
        title={format(s.MoveUp, name)}
        ariaLabel={format(s.MoveUp, name)}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      />
      <IconButton
        iconProps={{ iconName: 'Down' }}
        title={format(s.MoveDown, name)}
        ariaLabel={format(s.MoveDown, name)}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      />
      <IconButton iconProps={{ iconName: 'Delete' }} title={format(s.Remove, name)} ariaLabel={format(s.Remove, name)} onClick={onRemove} />
    </Stack>
  );
};
