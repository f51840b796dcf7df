import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Stack } from '@fluentui/react';
import type { AgreementContentKey, AgreementMerge } from '../../../../domain/agreementContent';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { contentLabels, contentText } from './contentText';

export interface IAgreementConflictDialogProps {
  merge: AgreementMerge;
  /** Who saved in between (the item version's Editor); "En anden" when unknown. */
  savedBy?: string;
  onResolve(keepMine: ReadonlySet<AgreementContentKey>): void;
  onCancel(): void;
}

/** Both versions of each field both users changed; the user picks one per field (mine by default:
 * it is what they just typed and asked to save). */
export const AgreementConflictDialog: React.FC<IAgreementConflictDialogProps> = ({ merge, savedBy, onResolve, onCancel }) => {
  const strings = useStrings();
  const s = strings.AgreementEditor;
  const labels = contentLabels(s);
  const [keepMine, setKeepMine] = React.useState<ReadonlySet<AgreementContentKey>>(() => new Set(merge.conflicts.map((c) => c.key)));
  return (
    <Dialog
      hidden={false}
      onDismiss={onCancel}
      dialogContentProps={{
        type: DialogType.largeHeader,
        title: savedBy ? format(strings.Conversation.SavedBy, savedBy) : s.ConflictTitle,
        subText: savedBy ? format(strings.Conversation.SavedByIntro, savedBy) : format(s.ConflictIntro, merge.conflicts.length)
      }}
      modalProps={{ isBlocking: true }}
      minWidth={480}
      maxWidth={720}
    >
      <Stack tokens={{ childrenGap: 16 }} data-testid="agreement-conflict-dialog">
        {merge.conflicts.map((c) => (
          <ChoiceGroup
            key={c.key}
            label={labels[c.key]}
            selectedKey={keepMine.has(c.key) ? 'mine' : 'theirs'}
            options={[
              { key: 'mine', text: `${s.ConflictMine}: ${contentText(c.key, c.mine)}` },
              { key: 'theirs', text: `${s.ConflictTheirs}: ${contentText(c.key, c.theirs)}` }
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
        <PrimaryButton text={s.ConflictApply} onClick={() => onResolve(keepMine)} />
        <DefaultButton text={strings.GoalEditor.Cancel} onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
};
