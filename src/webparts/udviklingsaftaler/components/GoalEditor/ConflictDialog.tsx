import * as React from 'react';
import type { GoalKey, GoalMerge } from '../../../../domain';
import type { GoalEditorData } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { FieldConflictDialog } from '../common/FieldConflictDialog';
import { displayValue } from './displayValue';

export interface IConflictDialogProps {
  merge: GoalMerge;
  data: GoalEditorData;
  /** Who saved in between (the item version's Editor); "En anden" when unknown. */
  savedBy?: string;
  onResolve(keepMine: ReadonlySet<GoalKey>): void;
  onCancel(): void;
}

/** The goal's conflicting fields in the shared conflict dialog, with values as the editor shows them;
 * the title names who saved in between when known. */
export const ConflictDialog: React.FC<IConflictDialogProps> = ({ merge, data, savedBy, onResolve, onCancel }) => {
  const all = useStrings();
  const strings = all.GoalEditor;
  const title = savedBy ? format(all.Conversation.SavedBy, savedBy) : strings.ConflictTitle;
  const intro = savedBy ? format(all.Conversation.SavedByIntro, savedBy) : format(strings.ConflictIntro, merge.conflicts.length);
  return (
    <FieldConflictDialog
      conflicts={merge.conflicts.map((c) => ({
        key: c.key,
        label: all.GoalFields[c.key],
        mine: displayValue(c.key, c.mine, data, strings),
        theirs: displayValue(c.key, c.theirs, data, strings)
      }))}
      text={{ title, intro, mine: strings.ConflictMine, theirs: strings.ConflictTheirs, apply: strings.ConflictApply, cancel: strings.Cancel }}
      testId="conflict-dialog"
      onResolve={onResolve}
      onCancel={onCancel}
    />
  );
};
