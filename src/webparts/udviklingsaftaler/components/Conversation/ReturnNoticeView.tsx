import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import type { ReturnNote } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { dateNear } from './words';

export interface IReturnNoticeViewProps {
  note: ReturnNote;
  /** Names the goal (in an agreement's list of returns). */
  named?: boolean;
}

/** A return the editor cannot miss (issue #17.1): who sent it back, when, from which stage, the
 * comment, and where "Send igen" takes it. Shown until the item is sent again. */
export const ReturnNoticeView: React.FC<IReturnNoticeViewProps> = ({ note, named }) => {
  const words = useStrings().Conversation;
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline data-testid="return-notice">
      <Text block>
        <strong>{words.ReturnedTitle}. </strong>
        {named && <>{format(words.ReturnedGoal, note.title)} </>}
        {format(words.ReturnedBy, note.by, dateNear(note.at, words), note.fromStageLabel)}
      </Text>
      <Text block>{note.comment ? format(words.ReturnedComment, note.comment) : words.ReturnedNoComment}</Text>
      <Text block>{format(words.ReturnedAgain, note.fromStageLabel)}</Text>
    </MessageBar>
  );
};
