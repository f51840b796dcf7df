import * as React from 'react';
import type { AgreementContentKey, AgreementMerge } from '../../../../domain/agreementContent';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { FieldConflictDialog } from '../common/FieldConflictDialog';
import { contentLabels, contentText } from './contentText';

export interface IAgreementConflictDialogProps {
  merge: AgreementMerge;
  /** Who saved in between (the item version's Editor); "En anden" when unknown. */
  savedBy?: string;
  onResolve(keepMine: ReadonlySet<AgreementContentKey>): void;
  onCancel(): void;
}

/** The agreement's conflicting sections in the shared conflict dialog, as the editor labels them;
 * the title names who saved in between when known. */
export const AgreementConflictDialog: React.FC<IAgreementConflictDialogProps> = ({ merge, savedBy, onResolve, onCancel }) => {
  const strings = useStrings();
  const s = strings.AgreementEditor;
  const labels = contentLabels(s);
  return (
    <FieldConflictDialog
      conflicts={merge.conflicts.map((c) => ({ key: c.key, label: labels[c.key], mine: contentText(c.key, c.mine), theirs: contentText(c.key, c.theirs) }))}
      text={{
        title: savedBy ? format(strings.Conversation.SavedBy, savedBy) : s.ConflictTitle,
        intro: savedBy ? format(strings.Conversation.SavedByIntro, savedBy) : format(s.ConflictIntro, merge.conflicts.length),
        mine: s.ConflictMine,
        theirs: s.ConflictTheirs,
        apply: s.ConflictApply,
        cancel: strings.GoalEditor.Cancel
      }}
      testId="agreement-conflict-dialog"
      onResolve={onResolve}
      onCancel={onCancel}
    />
  );
};
