import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack } from '@fluentui/react';
import type { ReminderResult } from '../../../../domain';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { useLoadable } from '../common/useLoadable';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { MailFailureList } from '../common/mailFailures';

/** Who was reminded and who was not, and why, so the secretariat can act (issue #17.7). */
const ReminderLists: React.FC<{ result: ReminderResult }> = ({ result }) => {
  const words = useStrings().Conversation;
  return (
    <>
      {result.reminded.length > 0 && (
        <div data-testid="reminded">
          <strong>{words.Reminded}:</strong>
          <ul>
            {result.reminded.map((r) => (
              <li key={r.department}>{format(words.RemindedItem, r.department, r.recipient)}</li>
            ))}
          </ul>
        </div>
      )}
      {result.skipped.length > 0 && (
        <div data-testid="reminders-skipped">
          <strong>{words.Skipped}:</strong>
          <ul>
            {result.skipped.map((r) => (
              <li key={r.department}>{format(words.SkippedItem, r.department, words.SkipReasons[r.reason])}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
};

type State = { status: 'idle' } | { status: 'sending' } | { status: 'done'; result: ReminderResult } | { status: 'error'; error: unknown };

/** "Send påmindelser" for the secretariat (nobody else sees it): e-mails the leaders who are
 * behind the year's deadlines and says how many were sent and how many were reminded already. */
export const SendRemindersButton: React.FC<{ year: number; statusRounds?: boolean }> = ({ year, statusRounds = false }) => {
  const services = useServices();
  const strings = useStrings();
  const s = strings.YearEnd;
  const { href } = useNavigation();
  const [permissions] = useLoadable(() => services.permissions(), [services]);
  const [state, setState] = React.useState<State>({ status: 'idle' });
  if (permissions.status !== 'ready' || !permissions.value.groups.includes('secretariat')) return null;

  const send = (): void => {
    setState({ status: 'sending' });
    // The e-mail links to the overview of the year on the page the secretariat is on.
    const link = `${window.location.href.split('#')[0]}${href({ view: 'overblik', year })}`;
    // Status rounds (issue 18) are their own run, on the same terms.
    (statusRounds ? services.yearEnd.sendStatusRoundReminders(year, { link }) : services.yearEnd.sendReminders(year, { link })).then(
      (result) => setState({ status: 'done', result }),
      (error: unknown) => setState({ status: 'error', error })
    );
  };

  const summary = (r: ReminderResult): string =>
    [
      r.sent === 1 ? s.RemindersSentOne : format(s.RemindersSentMany, r.sent),
      format(s.RemindersAlready, r.alreadyRemindedToday),
      ...(r.withoutLeader > 0 ? [format(s.RemindersWithoutLeader, r.withoutLeader)] : [])
    ].join(', ');

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid={statusRounds ? 'send-status-reminders' : 'send-reminders'}>
      <Stack.Item>
        <DefaultButton iconProps={{ iconName: 'Mail' }} onClick={send} disabled={state.status === 'sending'}>
          {state.status === 'sending' ? s.SendingReminders : statusRounds ? strings.FollowUpDuringYear.SendStatusReminders : s.SendReminders}
        </DefaultButton>
      </Stack.Item>
      {state.status === 'done' && (
        <MessageBar messageBarType={state.result.mailFailures.length > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline role="status">
          {summary(state.result)}
          <ReminderLists result={state.result} />
          <MailFailureList failures={state.result.mailFailures} strings={strings.Mail} />
        </MessageBar>
      )}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={send} />}
    </Stack>
  );
};
