import { describe, expect, it } from '@jest/globals';
import { GraphError, type GraphClient } from '../../../src/data/graph/graphClient';
import { createGraphMailSender, failuresFor, sendMailBody } from '../../../src/services/mail/mailSender';

function graphThat(answer: () => Promise<unknown>): GraphClient & { calls: Array<{ path: string; body: unknown }> } {
  const calls: Array<{ path: string; body: unknown }> = [];
  return {
    calls,
    get: () => Promise.reject(new Error('not used')),
    post: async <T>(path: string, body: unknown) => {
      calls.push({ path, body });
      return (await answer()) as T | undefined;
    }
  };
}

const message = { to: ['leder@kommune.dk', 'redaktoer@kommune.dk'], subject: 'Sendt retur: Mål', html: '<p>Ret målet</p>' };

describe('the Graph mail sender', () => {
  it("posts Graph's sendMail body to /me/sendMail", async () => {
    const graph = graphThat(async () => undefined);
    expect(await createGraphMailSender(graph).send(message)).toEqual({ ok: true });
    expect(graph.calls).toEqual([{ path: '/me/sendMail', body: sendMailBody(message) }]);
    expect(sendMailBody(message)).toEqual({
      message: {
        subject: 'Sendt retur: Mål',
        body: { contentType: 'HTML', content: '<p>Ret målet</p>' },
        toRecipients: [{ emailAddress: { address: 'leder@kommune.dk' } }, { emailAddress: { address: 'redaktoer@kommune.dk' } }]
      },
      saveToSentItems: true
    });
  });

  it('sends nothing for no recipients', async () => {
    const graph = graphThat(async () => undefined);
    expect(await createGraphMailSender(graph).send({ ...message, to: [] })).toEqual({ ok: true });
    expect(graph.calls).toEqual([]);
  });

  it('reports 403 ErrorAccessDenied and a consent error as "not granted", never throwing', async () => {
    const denied = graphThat(() => Promise.reject(new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.')));
    expect(await createGraphMailSender(denied).send(message)).toEqual({
      ok: false,
      reason: 'notGranted',
      detail: 'Access is denied. Check credentials and try again.'
    });
    const consent = graphThat(() =>
      Promise.reject(new Error('InteractionRequiredAuthError: AADSTS65001: The user or administrator has not consented to use the application'))
    );
    expect(await createGraphMailSender(consent).send(message)).toMatchObject({ ok: false, reason: 'notGranted' });
  });

  it('reports any other failure with what Graph or the network said', async () => {
    const down = graphThat(() => Promise.reject(new GraphError(503, 'ServiceNotAvailable', 'Service unavailable')));
    const result = await createGraphMailSender(down).send(message);
    expect(result).toEqual({ ok: false, reason: 'failed', detail: 'Service unavailable' });
    expect(failuresFor(message.to, result)).toEqual([
      { recipient: 'leder@kommune.dk', reason: 'failed', detail: 'Service unavailable' },
      { recipient: 'redaktoer@kommune.dk', reason: 'failed', detail: 'Service unavailable' }
    ]);
    expect(failuresFor(message.to, { ok: true })).toEqual([]);
  });
});
