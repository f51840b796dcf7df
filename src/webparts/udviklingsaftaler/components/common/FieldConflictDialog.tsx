import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Stack } from '@fluentui/react';

/** One field both users changed, with both versions as the user reads them. */
export interface FieldConflictChoice<K extends string> {
  key: K;
  label: string;
  mine: string;
  theirs: string;
}

export interface IFieldConflictDialogProps<K extends string> {
  conflicts: ReadonlyArray<FieldConflictChoice<K>>;
  text: { title: string; intro: string; mine: string; theirs: string; apply: string; cancel: string };
  testId: string;
  onResolve(keepMine: ReadonlySet<K>): void;
  onCancel(): void;
}

/** After a save met someone else's save: both versions of each field both changed, and the user
 * picks one per field. Mine is chosen by default: it is what the user just typed and asked to
 * save. Used by the goal editor and the agreement editor. */
export function FieldConflictDialog<K extends string>({ conflicts, text, testId, onResolve, onCancel }: IFieldConflictDialogProps<K>): React.ReactElement {
  const [keepMine, setKeepMine] = React.useState<ReadonlySet<K>>(() => new Set(conflicts.map((c) => c.key)));
  return (
    <Dialog
      hidden={false}
      onDismiss={onCancel}
      dialogContentProps={{ type: DialogType.largeHeader, title: text.title, subText: text.intro }}
      modalProps={{ isBlocking: true }}
      minWidth={480}
      maxWidth={720}
    >
      <Stack tokens={{ childrenGap: 16 }} data-testid={testId}>
        {conflicts.map((c) => (
          <ChoiceGroup
            key={c.key}
            label={c.label}
            selectedKey={keepMine.has(c.key) ? 'mine' : 'theirs'}
            options={[
              { key: 'mine', text: `${text.mine}: ${c.mine}` },
              { key: 'theirs', text: `${text.theirs}: ${c.theirs}` }
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
        <PrimaryButton text={text.apply} onClick={() => onResolve(keepMine)} />
        <DefaultButton text={text.cancel} onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
}
