// One part of the imported document: its text on the left, where it goes on the right, with
// "Flyt" (to another agreement field, section or goal field) and "Spring over". Rows are plain
// text until the user moves one, so a 40-page document renders quickly.
import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton, Stack, mergeStyles, useTheme } from '@fluentui/react';
import type { ImportMapping, ImportPart, PartDestination } from '../../../../domain/wordImport/recognise';
import { useStrings } from '../strings/StringsContext';
import { destinationOf, destinationText, fieldOptions, isMovable, targetOf, targetOptions } from './destinations';

export interface IPartRowProps {
  part: ImportPart;
  mapping: ImportMapping;
  /** The destination the part had before the user skipped it (to bring it back). */
  original: PartDestination;
  onMove(index: number, destination: PartDestination): void;
}

const PartRowImpl: React.FC<IPartRowProps> = ({ part, mapping, original, onMove }) => {
  const s = useStrings().WordImport;
  const theme = useTheme();
  const [editing, setEditing] = React.useState<{ target: string; field: string } | undefined>(undefined);
  const structure = part.destination.kind === 'structure';
  const skipped = part.destination.kind === 'skipped';
  const id = `import-part-${part.index}`;
  const rowClass = mergeStyles({
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: 16,
    padding: '6px 0',
    borderBottom: `1px solid ${theme.palette.neutralLighter}`,
    opacity: skipped ? 0.7 : 1
  });
  const select = (label: string, value: string, options: Array<{ key: string; text: string }>, onChange: (v: string) => void): JSX.Element => (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} style={{ font: 'inherit', padding: 4 }}>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className={rowClass} role="listitem" data-testid="import-part">
      <div id={id} style={{ whiteSpace: 'pre-wrap', fontWeight: structure ? 600 : 400, textDecoration: skipped ? 'line-through' : undefined }}>
        {part.source}
      </div>
      <div>
        <span data-testid="import-part-destination">{destinationText(part.destination, mapping, s)}</span>
        {isMovable(part) && !editing && (
          <Stack horizontal wrap tokens={{ childrenGap: 4 }}>
            {!skipped && (
              <ActionButton iconProps={{ iconName: 'Move' }} aria-describedby={id} onClick={() => setEditing(targetOf(part.destination))}>
                {s.Move}
              </ActionButton>
            )}
            <ActionButton
              iconProps={{ iconName: skipped ? 'Undo' : 'Blocked' }}
              aria-describedby={id}
              onClick={() => onMove(part.index, skipped ? original : { kind: 'skipped' })}
            >
              {skipped ? s.Restore : s.Skip}
            </ActionButton>
          </Stack>
        )}
        {editing && (
          <Stack tokens={{ childrenGap: 6 }} style={{ marginTop: 6 }} role="group" aria-labelledby={id}>
            {select(s.MoveTarget, editing.target, targetOptions(mapping, s), (target) => setEditing({ target, field: fieldOptions(target, s)[0]?.key ?? '' }))}
            {fieldOptions(editing.target, s).length > 0 &&
              select(s.MoveField, editing.field, fieldOptions(editing.target, s), (field) => setEditing({ ...editing, field }))}
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton
                text={s.MoveApply}
                onClick={() => {
                  onMove(part.index, destinationOf(editing.target, editing.field));
                  setEditing(undefined);
                }}
              />
              <DefaultButton text={s.MoveCancel} onClick={() => setEditing(undefined)} />
            </Stack>
          </Stack>
        )}
      </div>
    </div>
  );
};

export const PartRow = React.memo(PartRowImpl);
