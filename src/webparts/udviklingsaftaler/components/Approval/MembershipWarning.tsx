import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';

/** Entra ID groups whose members could not be read (Graph refused): said, never silently ignored,
 * since those members lack the group's actions and their decisions show as not verified. */
export const MembershipWarning: React.FC<{ problems: readonly string[] | undefined }> = ({ problems }) => {
  const strings = useStrings().Approval;
  if (problems === undefined || problems.length === 0) return null;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="membership-warning">
      <strong>{strings.MembershipProblem}.</strong> {problems.join(' ')}
    </MessageBar>
  );
};
