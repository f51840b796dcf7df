import * as React from 'react';
import { Text } from '@fluentui/react';
import type { MoveNote } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { dateNear } from './words';

/** The comment that came with the move into the stage ("Rettet: baseline …"), on the next
 * decider's task card (issue #17.2). */
export const MoveNoteView: React.FC<{ note: MoveNote }> = ({ note }) => {
  const words = useStrings().Conversation;
  return (
    <div data-testid="move-note">
      <Text block variant="small">
        {format(words.MoveComment, note.by, dateNear(note.at, words))}
      </Text>
      <Text block as="blockquote" style={{ margin: '2px 0 0 16px' }}>
        {note.comment}
      </Text>
    </div>
  );
};
