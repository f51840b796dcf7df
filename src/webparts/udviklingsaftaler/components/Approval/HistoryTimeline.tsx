import * as React from 'react';
import { Icon, Link, Shimmer, Text } from '@fluentui/react';
import type { ApprovalTarget, HistoryEvent } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { safeHttpUrl } from '../../../../domain/safeUrl';
import { useServices } from '../services/ServicesContext';
import { danishDateText, danishDateTime } from '../../../../domain/danishDateFormat';

export interface IHistoryTimelineProps {
  target: ApprovalTarget;
  /** Changes when the caller knows the history moved (e.g. after a decision). */
  refreshKey?: number;
}

/** The minutes link is stored data (anyone who may add to the log writes it): only an http(s)
 * address becomes a link; anything else (javascript:, data:) is shown as text. */
const Minutes: React.FC<{ url: string }> = ({ url }) => {
  const strings = useStrings();
  const safe = safeHttpUrl(url);
  if (safe === undefined) return <span data-testid="minutes-text">{format(strings.Resilience.MinutesNotALink, url)}</span>;
  return (
    <Link href={safe} target="_blank" rel="noopener noreferrer" data-interception="off" underline>
      {strings.Approval.HistoryMinutes}
    </Link>
  );
};

const HistoryItem: React.FC<{ event: HistoryEvent }> = ({ event }) => {
  const all = useStrings();
  const strings = all.Approval;
  const decision = event.kind === 'decision';
  return (
    <li data-testid="history-event" data-kind={event.kind} style={{ marginBottom: 12 }}>
      <Text block variant="mediumPlus">
        <Icon iconName={decision ? (event.valid ? 'Certificate' : 'Warning') : 'History'} aria-hidden style={{ marginRight: 6 }} />
        {decision && event.decision ? strings.Decisions[event.decision] : strings.HistoryStageChange}: {event.fromStageLabel} → {event.toStageLabel}
      </Text>
      <Text block variant="small">
        {decision ? `${strings.HistoryDecision} · ` : ''}
        {event.actor}
        {event.onBehalfOf ? ` ${format(all.Substitutes.OnBehalfOf, event.onBehalfOf)}` : ''}, {danishDateTime(event.at)}
        {event.version ? ` · ${format(strings.HistoryVersion, event.version)}` : ''}
      </Text>
      {event.subject && <Text block>{format(strings.HistorySubject, event.subject)}</Text>}
      {!event.valid && <Text block>{strings.HistoryInvalid}</Text>}
      {event.meetingDate && (
        <Text block>
          {format(strings.HistoryMeeting, danishDateText(event.meetingDate))}
          {event.minutesUrl && (
            <>
              {' '}
              · <Minutes url={event.minutesUrl} />
            </>
          )}
        </Text>
      )}
      {event.comment && (
        <Text block as="blockquote" style={{ margin: '4px 0 0 16px' }}>
          {event.comment}
        </Text>
      )}
    </li>
  );
};

/** The item's timeline: decisions from the ApprovalLog and submissions from the version history,
 * each marked which it is. */
export const HistoryTimeline: React.FC<IHistoryTimelineProps> = ({ target, refreshKey }) => {
  const services = useServices();
  const strings = useStrings().Approval;
  const [state, reload] = useLoadable(() => services.approvals.history(target), [services, target.list, target.id, refreshKey]);
  return (
    <section aria-labelledby={`history-${target.list}-${target.id}`} data-testid="history-timeline">
      <Text block as="h3" variant="large" id={`history-${target.list}-${target.id}`}>
        {strings.HistoryTitle}
      </Text>
      {state.status === 'loading' && <Shimmer />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} action="read" />}
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <Text block>{strings.HistoryEmpty}</Text>
        ) : (
          <ol style={{ listStyle: 'none', paddingLeft: 0 }}>
            {state.value.map((e, i) => (
              <HistoryItem key={i} event={e} />
            ))}
          </ol>
        ))}
    </section>
  );
};
