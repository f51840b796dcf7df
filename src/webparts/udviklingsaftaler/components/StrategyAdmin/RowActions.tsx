import * as React from 'react';
import { IconButton, Stack } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';

export interface IRowActionsProps {
  /** The row's name in the buttons' labels, e.g. "Frist 2". */
  name: string;
  disabled?: boolean;
  /** Only for lists whose order is kept (deadlines); tracks and requirements follow their numbers. */
  move?: { index: number; count: number; onMove(by: -1 | 1): void };
  onRemove(): void;
}

/** Remove (and, where the order is kept, move up and down) for one row of a list. */
export const RowActions: React.FC<IRowActionsProps> = ({ name, disabled, move, onRemove }) => {
  const s = useStrings().StrategyAdmin;
  return (
    <Stack horizontal verticalAlign="end" styles={{ root: { paddingBottom: 2 } }}>
      {move && (
        <>
          <IconButton iconProps={{ iconName: 'ChevronUp' }} ariaLabel={format(s.MoveUp, name)} title={format(s.MoveUp, name)} disabled={disabled || move.index === 0} onClick={() => move.onMove(-1)} />
          <IconButton iconProps={{ iconName: 'ChevronDown' }} ariaLabel={format(s.MoveDown, name)} title={format(s.MoveDown, name)} disabled={disabled || move.index === move.count - 1} onClick={() => move.onMove(1)} />
        </>
      )}
      <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel={format(s.Remove, name)} title={format(s.Remove, name)} disabled={disabled} onClick={onRemove} />
    </Stack>
  );
};
