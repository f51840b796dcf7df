import * as React from 'react';
import { IconButton, Stack } from '@fluentui/react';

export interface IRowActionsProps {
  /** The remove button's label, naming the row (e.g. "Fjern frist 2"). */
  removeLabel: string;
  disabled?: boolean;
  /** Only for lists whose order is kept (deadlines); tracks and requirements follow their numbers. */
  move?: { index: number; count: number; upLabel: string; downLabel: string; onMove(by: -1 | 1): void };
  onRemove(): void;
}

/** Remove (and, where the order is kept, move up and down) for one row of a list. */
export const RowActions: React.FC<IRowActionsProps> = ({ removeLabel, disabled, move, onRemove }) => {
  return (
    <Stack horizontal verticalAlign="end" styles={{ root: { paddingBottom: 2 } }}>
      {move && (
        <>
          <IconButton
            iconProps={{ iconName: 'ChevronUp' }}
            ariaLabel={move.upLabel}
            title={move.upLabel}
            disabled={disabled || move.index === 0}
            onClick={() => move.onMove(-1)}
          />
          <IconButton
            iconProps={{ iconName: 'ChevronDown' }}
            ariaLabel={move.downLabel}
            title={move.downLabel}
            disabled={disabled || move.index === move.count - 1}
            onClick={() => move.onMove(1)}
          />
        </>
      )}
      <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel={removeLabel} title={removeLabel} disabled={disabled} onClick={onRemove} />
    </Stack>
  );
};
