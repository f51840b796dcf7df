import * as React from 'react';
import { Stack, Text } from '@fluentui/react';
import { formatDanishNumber, type CheckIn } from '../../../../domain';
import { danishDateText } from '../../../../domain/danishDateFormat';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { VerificationBadge } from '../Approval/VerificationBadge';
import { DeleteCheckIn } from './DeleteCheckIn';

/** A goal's check-ins, newest first: status, note, the measured value with its date, when. */
export const CheckInTimeline: React.FC<{
  checkIns: CheckIn[];
  unit: string | undefined;
  unverified?: ReadonlySet<number>;
  /** Check-ins the user may delete now, and how. */
  deletable?: ReadonlySet<number>;
  onDelete?(id: number): Promise<void>;
}> = ({ checkIns, unit, unverified, deletable, onDelete }) => {
  const strings = useStrings();
  const s = strings.CheckIns;
  return (
    <section aria-labelledby="checkin-timeline-title">
      <Text block as="h3" variant="large" id="checkin-timeline-title">
        {s.Timeline}
      </Text>
      {checkIns.length === 0 && (
        <Text block as="p">
          {s.NoCheckIns}
        </Text>
      )}
      <ol style={{ listStyle: 'none', padding: 0 }} data-testid="checkin-timeline">
        {checkIns.map((c) => (
          <li key={c.id} style={{ borderLeft: '4px solid #0078d4', padding: '6px 12px', margin: '8px 0', background: '#fff' }}>
            <Stack tokens={{ childrenGap: 2 }}>
              <Text block styles={{ root: { fontWeight: 600 } }}>
                {s.Statuses[c.status]}
              </Text>
              {c.measuredValue !== undefined && c.measuredAt !== undefined && (
                <Text block>{format(s.Measured, `${formatDanishNumber(c.measuredValue)} ${unit ?? ''}`.trim(), danishDateText(c.measuredAt))}</Text>
              )}
              {c.note && <Text block>{c.note}</Text>}
              <Text block variant="small">
                {format(s.RecordedAt, danishDateText(c.createdAt))}
              </Text>
              {unverified?.has(c.id) === true && (
                <Text block variant="small" data-testid={`checkin-unverified-${c.id}`}>
                  <VerificationBadge status="unverified" stageLabel="" approvedStage={false} /> {strings.FollowUpDuringYear.UnverifiedCheckIn}
                </Text>
              )}
              {onDelete !== undefined && deletable?.has(c.id) === true && <DeleteCheckIn onDelete={() => onDelete(c.id)} />}
            </Stack>
          </li>
        ))}
      </ol>
    </section>
  );
};
