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
  onResolve(keepMine: ReadonlySet<GoalKey>): void;
  onCancel(): void;
}

/** The goal's conflicting fields in the shared conflict dialog, with values as the editor shows them. */
export const ConflictDialog: React.FC<IConflictDialogProps> = ({ merge, data, onResolve, onCancel }) => {
  const all = useStrings();
  const strings = all.GoalEditor;
  return (
    <FieldConflictDialog
      conflicts={merge.conflicts.map((c) => ({ key: c.key, label: all.GoalFields[c.key], mine: displayValue(c.key, c.mine, data, strings), theirs: displayValue(c.key, c.theirs, data, strings) }))}
      text={{ title: strings.ConflictTitle, intro: format(strings.ConflictIntro, merge.conflicts.length), mine: strings.ConflictMine, theirs: strings.ConflictTheirs, apply: strings.ConflictApply, cancel: strings.Cancel }}
      testId="conflict-dialog"
      onResolve={onResolve}
      onCancel={onCancel}
    />
  );
};
