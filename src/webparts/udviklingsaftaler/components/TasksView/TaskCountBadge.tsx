import * as React from 'react';
import { hiddenContentStyle } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';
import { taskCountText } from '../Conversation/words';
import { useTaskCount } from './useTaskCount';

/** The count on the "Mine opgaver" tab: nothing while loading, on error or at zero; not read
 * until `enabled` (the view the user came for goes first). */
export const TaskCountBadge: React.FC<{ enabled?: boolean; refreshKey?: number }> = ({ enabled = true, refreshKey }) => {
  const words = useStrings().Conversation;
  const count = useTaskCount(enabled, refreshKey);
  if (count.status !== 'ready' || count.value === 0) return null;
  return (
    <span data-testid="task-count" title={taskCountText(words, count.value)}>
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          minWidth: 18,
          padding: '0 6px',
          marginLeft: 6,
          borderRadius: 9,
          background: '#a4262c',
          color: '#ffffff',
          fontSize: 12,
          fontWeight: 600,
          textAlign: 'center'
        }}
      >
        {count.value}
      </span>
      <span style={hiddenContentStyle as React.CSSProperties}>{taskCountText(words, count.value)}</span>
    </span>
  );
};
