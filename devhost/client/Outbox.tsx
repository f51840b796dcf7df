import * as React from 'react';
import { Link, MessageBar, MessageBarType, Spinner, Stack, Text, Toggle } from '@fluentui/react';
import { sanitizeHtml } from '../../src/data/repositories/sanitizeHtml';

// Dev-host chrome, not product UI: "Udbakke" lists the mails the product sent through the
// emulator's Graph-compatible /v1.0/me/sendMail, newest first, read from the emulator-only
// /_emulator/outbox. A mail's HTML is data: it is rendered only after DOMPurify (sanitizeHtml).
// The toggle plays the tenant admin's decision on the package's Mail.Send request
// (/_emulator/tenant), so the "not granted" path can be tried by hand.
interface OutboxMail {
  id: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  contentType: 'HTML' | 'Text';
  body: string;
  at: string;
}

type State = { status: 'loading' } | { status: 'ready'; mails: OutboxMail[] } | { status: 'error'; message: string };

const time = (iso: string): string => new Date(iso).toLocaleString('da-DK', { dateStyle: 'short', timeStyle: 'medium' });

const MailSendSwitch: React.FC = () => {
  const [granted, setGranted] = React.useState<boolean | undefined>();
  React.useEffect(() => {
    fetch('/_emulator/tenant')
      .then((r) => r.json() as Promise<{ mailSendGranted: boolean }>)
      .then(
        (t) => setGranted(t.mailSendGranted),
        () => setGranted(undefined)
      );
  }, []);
  const change = (next: boolean): void => {
    fetch('/_emulator/tenant', { method: 'POST', body: JSON.stringify({ mailSendGranted: next }) })
      .then((r) => r.json() as Promise<{ mailSendGranted: boolean }>)
      .then(
        (t) => setGranted(t.mailSendGranted),
        () => undefined
      );
  };
  if (granted === undefined) return null;
  return (
    <Toggle
      label="Microsoft Graph Mail.Send godkendt under API-adgang (emulatorens lejer)"
      checked={granted}
      onText="Godkendt"
      offText="Ikke godkendt: Graph svarer 403"
      onChange={(_e, checked) => change(checked === true)}
      data-testid="mail-send-switch"
    />
  );
};

export const Outbox: React.FC = () => {
  const [state, setState] = React.useState<State>({ status: 'loading' });
  React.useEffect(() => {
    fetch('/_emulator/outbox', { headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`Emulatoren svarede ${response.status}`);
        return (await response.json()) as OutboxMail[];
      })
      .then(
        (mails) => setState({ status: 'ready', mails: [...mails].reverse() }),
        (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      );
  }, []);
  return (
    <main aria-labelledby="outbox-title" data-testid="outbox">
      <Text block as="h1" variant="xLarge" id="outbox-title">
        Udbakke
      </Text>
      <Text block>
        E-mails sendt gennem emulatorens Microsoft Graph (<code>/v1.0/me/sendMail</code>), nyeste først.{' '}
        <Link href="/" underline styles={{ root: { color: '#005a9e' } }}>
          Tilbage til siden
        </Link>
      </Text>
      <MailSendSwitch />
      {state.status === 'loading' && <Spinner label="Henter udbakken …" />}
      {state.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          Udbakken kunne ikke hentes: {state.message}
        </MessageBar>
      )}
      {state.status === 'ready' && state.mails.length === 0 && <Text block>Der er ikke sendt nogen e-mails endnu.</Text>}
      {state.status === 'ready' && state.mails.length > 0 && (
        <ol style={{ listStyle: 'none', paddingLeft: 0 }} data-testid="outbox-list">
          {state.mails.map((mail) => (
            <li
              key={mail.id}
              data-testid="outbox-mail"
              style={{ border: '1px solid #c8c6c4', borderRadius: 4, padding: 12, margin: '12px 0', background: '#fff' }}
            >
              <Stack tokens={{ childrenGap: 4 }}>
                <Text block as="h2" variant="large" style={{ margin: 0 }}>
                  {mail.subject}
                </Text>
                <Text block>
                  <strong>Til:</strong> {[...mail.to, ...mail.cc].join(', ')}
                </Text>
                <Text block>
                  <strong>Fra:</strong> {mail.from} · <time dateTime={mail.at}>{time(mail.at)}</time>
                </Text>
                {mail.contentType === 'HTML' ? (
                  <div data-testid="outbox-body" dangerouslySetInnerHTML={{ __html: sanitizeHtml(mail.body) }} />
                ) : (
                  <div data-testid="outbox-body" style={{ whiteSpace: 'pre-wrap' }}>
                    {mail.body}
                  </div>
                )}
              </Stack>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
};
