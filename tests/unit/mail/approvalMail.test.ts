import { describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES, type Department, type PersonRef } from '../../../src/domain';
import type { ItemState } from '../../../src/data/repositories/approvalStateRepository';
import { notifyMove, type NotifyDeps } from '../../../src/services/approvals/approvalMail';
import type { MailMessage, MailSender, MailSendResult } from '../../../src/services/mail/mailSender';

const c = SKANDERBORG_STAGES;
const move = (from: string, to: string) => {
  const t = c.transitions.find((x) => x.from === from && x.to === to);
  if (!t) throw new Error('no such transition');
  return t;
};
const item: ItemState = {
  list: 'Goals',
  id: 12,
  title: 'Digital ledelse',
  stage: 'draft',
  version: '2.0',
  etag: '"2"',
  modified: '2023-02-01T09:00:00Z',
  editor: undefined,
  departmentId: 4,
  year: 2023,
  agreementId: 3
};
const EDITOR: PersonRef = { id: 20, title: 'Redaktør', email: 'redaktoer@kommune.dk' };
const LEADER: PersonRef = { id: 21, title: 'Leder', email: 'leder@kommune.dk' };
const NO_MAIL: PersonRef = { id: 22, title: 'Karen Uden Mail', email: '' };

function deps(answer: MailSendResult, overrides: Partial<NotifyDeps> = {}): NotifyDeps & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  const mail: MailSender = {
    send: async (m) => {
      sent.push(m);
      return answer;
    }
  };
  const department: Department = { id: 4, title: 'Staben', kind: 'staff', leader: LEADER, editors: [EDITOR, NO_MAIL], active: true };
  return {
    sent,
    mail,
    links: { pageUrl: 'https://intra/sites/u/SitePages/A.aspx' },
    workflow: async () => ({ notificationsEnabled: true }),
    me: async () => EDITOR,
    departments: async () => [department],
    membership: async () => ({
      membership: { leaders: [21, 22] },
      people: new Map([
        [21, LEADER],
        [22, NO_MAIL]
      ])
    }),
    ...overrides
  };
}

describe('the e-mail of a decision', () => {
  it("goes to the deciding group's members with an address, and names the member without one", async () => {
    const d = deps({ ok: true });
    const outcome = await notifyMove(d, c, move('draft', 'leaderGroup'), item);
    expect(d.sent.map((m) => m.to)).toEqual([['leder@kommune.dk']]);
    expect(d.sent[0].html).toContain('https://intra/sites/u/SitePages/A.aspx#/maal/12');
    expect(outcome).toEqual({ notified: ['leder@kommune.dk'], mailFailures: [{ recipient: 'Karen Uden Mail', reason: 'noAddress' }] });
  });

  it("reports every address Graph refused, and the decision's result carries it", async () => {
    const d = deps(
      { ok: false, reason: 'notGranted', detail: 'Access is denied.' },
      { me: async () => ({ id: 30, title: 'Godkender', email: 'godkender@kommune.dk' }) }
    );
    const outcome = await notifyMove(d, c, move('boardApproval', 'draft'), item);
    expect(outcome.notified).toEqual([]);
    expect(outcome.mailFailures).toEqual([
      { recipient: 'Karen Uden Mail', reason: 'noAddress' },
      { recipient: 'leder@kommune.dk', reason: 'notGranted', detail: 'Access is denied.' },
      { recipient: 'redaktoer@kommune.dk', reason: 'notGranted', detail: 'Access is denied.' }
    ]);
  });

  it('never throws once the decision is stored: a failed read of the recipients is reported too', async () => {
    const d = deps({ ok: true }, { membership: () => Promise.reject(new Error('The server is currently unavailable.')) });
    const outcome = await notifyMove(d, c, move('draft', 'leaderGroup'), item);
    expect(d.sent).toEqual([]);
    expect(outcome).toEqual({
      notified: [],
      mailFailures: [{ recipient: 'Udviklingsaftaler - Ledergruppe', reason: 'failed', detail: 'The server is currently unavailable.' }]
    });
  });

  it('sends nothing when the site has switched e-mails off', async () => {
    const d = deps({ ok: true }, { workflow: async () => ({ notificationsEnabled: false }) });
    expect(await notifyMove(d, c, move('draft', 'leaderGroup'), item)).toEqual({ notified: [], mailFailures: [] });
    expect(d.sent).toEqual([]);
  });
});
