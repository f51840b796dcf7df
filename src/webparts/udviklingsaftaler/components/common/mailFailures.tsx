import * as React from 'react';
import type { MailFailure } from '../../../../domain/mail';
import { format } from './format';

type MailStrings = IUdviklingsaftalerStrings['Mail'];

/** The report of e-mails not sent, one line per reason (and Graph's detail), naming every
 * recipient: the user sees exactly who was not told and what to do about it. */
export function mailFailureLines(failures: readonly MailFailure[], s: MailStrings): string[] {
  const groups = new Map<string, { failure: MailFailure; recipients: string[] }>();
  for (const f of failures) {
    const key = `${f.reason}|${f.reason === 'failed' ? (f.detail ?? '') : ''}`;
    const group = groups.get(key) ?? { failure: f, recipients: [] };
    if (!group.recipients.includes(f.recipient)) group.recipients.push(f.recipient);
    groups.set(key, group);
  }
  return Array.from(groups.values()).map(({ failure, recipients }) => {
    const who = recipients.join(', ');
    switch (failure.reason) {
      case 'notGranted':
        return format(s.NotGranted, who);
      case 'noAddress':
        return format(s.NoAddress, who);
      case 'emptyGroup':
        return format(s.EmptyGroup, who);
      default:
        return format(s.Failed, who, failure.detail ?? '');
    }
  });
}

/** Inside a MessageBar: the title and the lines, or nothing when every mail went out. */
export const MailFailureList: React.FC<{ failures: readonly MailFailure[] | undefined; strings: MailStrings }> = ({ failures, strings }) => {
  if (!failures || failures.length === 0) return null;
  return (
    <span data-testid="mail-failures">
      <strong> {strings.NotSentTitle}:</strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {mailFailureLines(failures, strings).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </span>
  );
};
