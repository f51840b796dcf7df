import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { DecisionResult } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { MailFailureList } from '../common/mailFailures';
import { dataErrorKind } from '../../../../data/errors/DataError';
import { refusedSendProblems } from '../../../../services/approvals/sendChecksRefusal';
import { sendProblemText } from '../Conversation/SendChecks';

const SPECIFIC = ['conflict', 'validation', 'forbidden'];

/** After a decision: what was saved and who was told, or why it was refused. The service's own
 * Danish message is shown for refusals (it names who decided first, or what the rule requires). */
export const DecisionFeedback: React.FC<{ label: string; result?: DecisionResult; error?: unknown }> = ({ label, result, error }) => {
  const all = useStrings();
  const strings = all.Approval;
  if (error !== undefined) {
    // Refused by the send checks the stage configuration makes blocking (#17.4): what to fix.
    const problems = refusedSendProblems(error);
    if (problems !== undefined) {
      return (
        <div data-testid="send-checks-refusal">
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert">
            <strong>{all.Conversation.Checks.Block}</strong>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{sendProblemText(p, all)}</li>
              ))}
            </ul>
          </MessageBar>
        </div>
      );
    }
    const kind = dataErrorKind(error);
    if (kind !== undefined && SPECIFIC.includes(kind) && error instanceof Error) {
      return (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert">
          <strong>{strings.ConflictTitle}.</strong> {error.message}
        </MessageBar>
      );
    }
    return <ErrorMessage error={error} />;
  }
  if (result === undefined) return null;
  return (
    <MessageBar messageBarType={result.mailFailures.length > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline role="status">
      {format(strings.Decided, label)} {result.notified.length > 0 ? format(strings.Notified, result.notified.join(', ')) : null}
      <MailFailureList failures={result.mailFailures} strings={all.Mail} />
    </MessageBar>
  );
};
