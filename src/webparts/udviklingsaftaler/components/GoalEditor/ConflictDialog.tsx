import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Stack } from '@fluentui/react';
import type { GoalKey, GoalMerge } from '../../../../domain';
import type { GoalEditorData } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { displayValue } from './displayValue';

export interface IConflictDialogProps {
  merge: GoalMerge;
  data: GoalEditorData;
  onResolve(keepMine: ReadonlySet<GoalKey>): void;
  onCancel(): void;
}

/** Both versions of each field that both users changed; the user picks one per field. */
export const ConflictDialog: React.FC<IConflictDialogProps> = ({ merge, data, onResolve, onCancel }) => {
  const all = useStrings();
  const strings = all.GoalEditor;
  // Mine is chosen by default: it is what the user just typed and asked to save.
  const [keepMine, setKeepMine] = React.useState<ReadonlySet<GoalKey>>(() => new Set(merge.conflicts.map((c) => c.key)));
  return (
    <Dialog
      hidden={false}
      onDismiss={onCancel}
      dialogContentProps={{ type: DialogType.largeHeader, title: strings.ConflictTitle, subText: format(strings.ConflictIntro, merge.conflicts.length) }}
      modalProps={{ isBlocking: true }}
      minWidth={480}
      maxWidth={720}
    >
      <Stack tokens={{ childrenGap: 16 }} data-testid="conflict-dialog">
        {merge.conflicts.map((c) => (
          <ChoiceGroup
            key={c.key}
            label={all.GoalFields[c.key]}
            selectedKey={keepMine.has(c.key) ? 'mine' : 'theirs'}
            options={[
              { key: 'mine', text: `${strings.ConflictMine}: ${displayValue(c.key, c.mine, data, strings)}` },
              { key: 'theirs', text: `${strings.ConflictTheirs}: ${displayValue(c.key, c.theirs, data, strings)}` }
            ]}
            onChange={(_e, o) => {
              const next = new Set(keepMine);
              if (o?.key === 'mine') next.add(c.key);
              else next.delete(c.key);
              setKeepMine(next);
            }}
          />
        ))}
      </Stack>
      <DialogFooter>
        <PrimaryButton text={strings.ConflictApply} onClick={() => onResolve(keepMine)} />
        <DefaultButton text={strings.Cancel} onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
};
