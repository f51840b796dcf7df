import * as React from 'react';
import { Shimmer, Text } from '@fluentui/react';
import type { ApprovalTarget, ItemDiff } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { useServices } from '../services/ServicesContext';

const cell: React.CSSProperties = { verticalAlign: 'top', padding: '4px 8px', whiteSpace: 'pre-wrap', borderBottom: '1px solid #edebe9' };

const OneDiff: React.FC<{ diff: ItemDiff; showTitle: boolean }> = ({ diff, showTitle }) => {
  const strings = useStrings().Approval;
  return (
    <div data-testid="task-diff">
      {showTitle && (
        <Text block variant="mediumPlus">
          {diff.title}
        </Text>
      )}
      {diff.baseVersion === undefined ? (
        <Text block>{strings.NoBaseVersion}</Text>
      ) : diff.changes.length === 0 ? (
        <Text block>{strings.NoChanges}</Text>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'left' }}>{format(strings.ChangesSince, diff.baseVersion)}</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                {strings.Field}
              </th>
              <th scope="col" style={cell}>
                {strings.Before}
              </th>
              <th scope="col" style={cell}>
                {strings.After}
              </th>
            </tr>
          </thead>
          <tbody>
            {diff.changes.map((c) => (
              <tr key={c.key}>
                <th scope="row" style={cell}>
                  {c.label}
                </th>
                <td style={cell}>
                  <del>{c.before || strings.EmptyValue}</del>
                </td>
                <td style={cell}>
                  <ins>{c.after || strings.EmptyValue}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};

/** Field by field, what changed since the version the last decision was made on. */
export const TaskDiff: React.FC<{ target: ApprovalTarget }> = ({ target }) => {
  const services = useServices();
  const [state, reload] = useLoadable(() => services.approvals.diff(target), [services, target.list, target.id]);
  if (state.status === 'loading') return <Shimmer />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} action="read" />;
  // An agreement's goals only show when something in them changed.
  const shown = state.value.filter((d, i) => i === 0 || d.changes.length > 0);
  return (
    <>
      {shown.map((d) => (
        <OneDiff key={`${d.target.list}:${d.target.id}`} diff={d} showTitle={state.value.length > 1} />
      ))}
    </>
  );
};
