import { describe, expect, it } from '@jest/globals';
import type { MSGraphClientV3 } from '@microsoft/sp-http';
import { createMsGraphClient } from '../../../src/data/graph/msGraphClient';
import { createGraphMailSender, sendMailBody } from '../../../src/services/mail/mailSender';

// The web part's path: SPFx's MSGraphClientV3 (api(path).version(v).post(body)) under the
// MailSender. The Graph JavaScript SDK rejects with a GraphError carrying statusCode and code.
function fakeClient(post: (body: unknown) => Promise<unknown>, calls: Array<{ path: string; version: string; body: unknown }>): MSGraphClientV3 {
  return {
    api: (path: string) => ({
      version: (version: string) => ({
        post: (body: unknown) => {
          calls.push({ path, version, body });
          return post(body);
        }
      })
    })
  } as unknown as MSGraphClientV3;
}

const message = { to: ['leder@kommune.dk'], subject: 'Påmindelse', html: '<p>x</p>' };

describe("e-mail through SPFx's MSGraphClientV3", () => {
  it("posts the sendMail body to /me/sendMail on v1.0; Graph's 202 has no body", async () => {
    const calls: Array<{ path: string; version: string; body: unknown }> = [];
    const sender = createGraphMailSender(createMsGraphClient(async () => fakeClient(async () => undefined, calls)));
    expect(await sender.send(message)).toEqual({ ok: true });
    expect(calls).toEqual([{ path: '/me/sendMail', version: 'v1.0', body: sendMailBody(message) }]);
  });

  it('reads the SDK\'s 403 ErrorAccessDenied as "Mail.Send not granted"', async () => {
    const denied = Object.assign(new Error('Access is denied. Check credentials and try again.'), { statusCode: 403, code: 'ErrorAccessDenied' });
    const sender = createGraphMailSender(createMsGraphClient(async () => fakeClient(() => Promise.reject(denied), [])));
    expect(await sender.send(message)).toEqual({ ok: false, reason: 'notGranted', detail: 'Access is denied. Check credentials and try again.' });
  });

  it('reads a token request refused for missing consent (AADSTS65001) as "not granted", too', async () => {
    const sender = createGraphMailSender(
      createMsGraphClient(() => Promise.reject(new Error('AADSTS65001: The user or administrator has not consented to use the application')))
    );
    expect(await sender.send(message)).toMatchObject({ ok: false, reason: 'notGranted' });
  });
});
