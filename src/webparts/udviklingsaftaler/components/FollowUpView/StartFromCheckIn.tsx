import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { formatDanishNumber } from '../../../../domain';
import { danishDateText } from '../../../../domain/danishDateFormat';
import type { YearEndStart } from '../../../../domain/yearEndStart';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';

/** Says that the form was filled in from the latest check-in, so the leader knows the outcome
 * shown is a suggestion to confirm, and where it came from. */
export const StartFromCheckIn: React.FC<{ start: YearEndStart; unit: string | undefined }> = ({ start, unit }) => {
  const strings = useStrings();
  const s = strings.FollowUpDuringYear;
  const status = format(s.StartStatus, strings.CheckIns.Statuses[start.status], danishDateText(start.statusAt));
  const measured =
    start.actual !== undefined && start.measuredAt !== undefined
      ? ' ' + format(s.StartMeasured, `${formatDanishNumber(start.actual)} ${unit ?? ''}`.trim(), danishDateText(start.measuredAt))
      : '';
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="followup-start">
      {status}
      {measured} {s.StartConfirm}
    </MessageBar>
  );
};
