// The emulator's Graph-compatible POST /v1.0/me/sendMail: what it accepts (202, no body, into the
// persisted outbox), what it refuses as Graph does (400 with Graph's error body, 401 without a
// user, 403 ErrorAccessDenied while the tenant has not granted Mail.Send), and the outbox endpoint.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

const USER = 'leder.test@kommune.local';
let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: ['/sites/test'] });
});

afterAll(() => emulator.close());

const send = (body: unknown, headers: Record<string, string> = { 'X-Emulator-User': USER }): Promise<Response> =>
  fetch(`${emulator.url}/v1.0/me/sendMail`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });

const mail = (to: string[], extra: Record<string, unknown> = {}): unknown => ({
  message: {
    subject: 'Til behandling: Aftalen',
    body: { contentType: 'HTML', content: '<p>Se <a href="https://x/#/maal/1">målet</a></p>' },
    toRecipients: to.map((address) => ({ emailAddress: { address } })),
    ...extra
  },
  saveToSentItems: true
});

async function graphError(response: Response): Promise<{ code: string; message: string; innerError?: Record<string, string> }> {
  return ((await response.json()) as { error: { code: string; message: string; innerError?: Record<string, string> } }).error;
}

describe('POST /v1.0/me/sendMail', () => {
  it('accepts a valid message with 202 and no body, sent as the signed-in user, into the outbox', async () => {
    const response = await send(mail(['Godkender@Kommune.local']));
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
    const outbox = (await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as Array<Record<string, unknown>>;
    expect(outbox).toEqual([
      expect.objectContaining({ from: USER, to: ['godkender@kommune.local'], subject: 'Til behandling: Aftalen', contentType: 'HTML', saveToSentItems: true })
    ]);
    expect(emulator.control.sentEmails()).toHaveLength(1);
  });

  it("refuses bad bodies with 400 and Graph's error shape", async () => {
    const before = emulator.control.sentEmails().length;
    const notJson = await send('{"message": ');
    expect(notJson.status).toBe(400);
    expect(await graphError(notJson)).toMatchObject({
      code: 'BadRequest',
      message: expect.stringMatching(/^Unable to read JSON request payload/),
      innerError: { 'request-id': expect.any(String), date: expect.any(String) }
    });
    const empty = await send({ message: {} });
    expect(empty.status).toBe(400);
    expect(await graphError(empty)).toMatchObject({
      code: 'ErrorInvalidRecipients',
      message: "At least one recipient isn't valid., A message can't be sent because it contains no recipients."
    });
    const notAnAddress = await send(mail(['Leder Skanderborg']));
    expect(await graphError(notAnAddress)).toMatchObject({
      code: 'ErrorInvalidRecipients',
      message: expect.stringContaining("Recipient 'Leder Skanderborg' isn't resolved")
    });
    const flatRecipients = await send({ message: { subject: 'x', toRecipients: ['a@kommune.local'] } });
    expect(flatRecipients.status).toBe(400);
    expect((await graphError(flatRecipients)).code).toBe('RequestBodyRead');
    // SharePoint's SendEmail shape is not Graph's: refused, not guessed.
    const spShape = await send({ properties: { To: ['a@kommune.local'], Subject: 'x', Body: 'y' } });
    expect(await graphError(spShape)).toMatchObject({ code: 'RequestBodyRead', message: expect.stringContaining("The property 'properties' does not exist") });
    const badType = await send(mail(['a@kommune.local'], { body: { contentType: 'Markdown', content: 'x' } }));
    expect((await graphError(badType)).code).toBe('RequestBodyRead');
    expect(emulator.control.sentEmails()).toHaveLength(before);
  });

  it('sends only as the signed-in user: another mailbox in from or sender is 403 ErrorSendAsDenied', async () => {
    const before = emulator.control.sentEmails().length;
    const spoofed = await send(mail(['a@kommune.local'], { from: { emailAddress: { address: 'direktoer@kommune.local' } } }));
    expect(spoofed.status).toBe(403);
    expect((await graphError(spoofed)).code).toBe('ErrorSendAsDenied');
    const asSender = await send(mail(['a@kommune.local'], { sender: { emailAddress: { address: 'direktoer@kommune.local' } } }));
    expect(asSender.status).toBe(403);
    expect(emulator.control.sentEmails()).toHaveLength(before);
    expect((await send(mail(['a@kommune.local'], { from: { emailAddress: { address: USER } } }))).status).toBe(202);
  });

  it('answers 401 without a user', async () => {
    const response = await send(mail(['a@kommune.local']), {});
    expect(response.status).toBe(401);
    expect((await graphError(response)).code).toBe('InvalidAuthenticationToken');
  });

  it('answers 403 ErrorAccessDenied while the tenant has not granted Mail.Send, and sends again once it has', async () => {
    const switched = await fetch(`${emulator.url}/_emulator/tenant`, { method: 'POST', body: JSON.stringify({ mailSendGranted: false }) });
    expect(await switched.json()).toEqual({ mailSendGranted: false });
    const before = emulator.control.sentEmails().length;
    const refused = await send(mail(['a@kommune.local']));
    expect(refused.status).toBe(403);
    expect(await graphError(refused)).toMatchObject({ code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' });
    expect(emulator.control.sentEmails()).toHaveLength(before);
    emulator.control.setTenant({ mailSendGranted: true });
    expect((await send(mail(['a@kommune.local']))).status).toBe(202);
  });
});

describe('the outbox and the tenant switch are persisted like the rest of the data', () => {
  it('keeps the mails and the switch across a restart on the same data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-outbox-'));
    const first = await startTestEmulator({ sites: ['/sites/test'], dataDir });
    try {
      await fetch(`${first.url}/v1.0/me/sendMail`, { method: 'POST', headers: { 'X-Emulator-User': USER }, body: JSON.stringify(mail(['b@kommune.local'])) });
      first.control.setTenant({ mailSendGranted: false });
    } finally {
      await first.close();
    }
    const again = await startTestEmulator({ sites: ['/sites/test'], dataDir });
    try {
      expect(again.control.sentEmails()).toEqual([expect.objectContaining({ to: ['b@kommune.local'], from: USER })]);
      expect(again.control.tenant()).toEqual({ mailSendGranted: false });
    } finally {
      await again.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
