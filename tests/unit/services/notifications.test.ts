import { describe, expect, it } from '@jest/globals';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import { composeEmail, deepLink, routeOf } from '../../../src/services/approvals/notifications';
import { transitionKind } from '../../../src/services/approvals/transitionKind';
import { notificationsEnabled } from '../../../src/services/approvals/workflowSettings';

const goal = { list: 'Goals' as const, id: 12, departmentId: 4, year: 2023 };
const agreement = { list: 'Agreements' as const, id: 3, departmentId: 4, year: 2023 };
const c = SKANDERBORG_STAGES;
const move = (from: string, to: string) => {
  const t = c.transitions.find((x) => x.from === from && x.to === to);
  if (!t) throw new Error('no such transition');
  return t;
};

describe('notification e-mails', () => {
  it("link to the goal or the department's agreement on the page, dropping any hash of the page URL", () => {
    expect(routeOf(goal)).toBe('#/maal/12');
    expect(deepLink({ pageUrl: 'https://k.sharepoint.com/sites/u/SitePages/Aftaler.aspx#/opgaver' }, agreement)).toBe(
      'https://k.sharepoint.com/sites/u/SitePages/Aftaler.aspx#/afdeling/4/2023'
    );
  });

  it('link into the Teams personal app with the route as subEntityId', () => {
    const link = deepLink({ pageUrl: '', teams: { appId: '3f1c7a52-9d4e-4b8a-a6f0-5c2e9b1d7e43', entityId: 'opgaver' } }, goal);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/entity/3f1c7a52-9d4e-4b8a-a6f0-5c2e9b1d7e43/opgaver');
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'maal/12' });
  });

  it('say who returned what with the comment, escaping HTML', () => {
    const mail = composeEmail({
      kind: 'returned',
      itemTitle: 'Mål <1>',
      stageLabel: 'Kladde',
      actorName: 'Gert Bach',
      comment: 'Ret "opfølgning" & mål',
      link: 'https://x/#/maal/1'
    });
    expect(mail.subject).toBe('Sendt retur: Mål <1>');
    expect(mail.body).toBe(
      '<p>Gert Bach har sendt »Mål &lt;1&gt;« retur til »Kladde«.</p><p>Kommentar: Ret &quot;opfølgning&quot; &amp; mål</p><p><a href="https://x/#/maal/1">Åbn Mål &lt;1&gt;</a></p>'
    );
  });

  it('carry a link only when it is an http(s) address (never javascript: or data:)', () => {
    for (const link of ['javascript:alert(1)//#/maal/1', 'data:text/html,<script>1</script>', '#/maal/1', '']) {
      const mail = composeEmail({ kind: 'queued', itemTitle: 'Mål 1', stageLabel: 'Ledergruppe', actorName: 'Gert Bach', link });
      expect(mail.body).not.toContain('<a ');
      expect(mail.body).toContain('»Mål 1« venter nu på jer');
    }
    expect(composeEmail({ kind: 'queued', itemTitle: 'Mål 1', stageLabel: 'Ledergruppe', actorName: 'G', link: 'https://k.dk/a.aspx#/maal/1' }).body).toContain(
      '<a href="https://k.dk/a.aspx#/maal/1">'
    );
  });

  it('are sent on a return, on entering a queue someone decides, and not otherwise', () => {
    expect(transitionKind(c, move('boardApproval', 'draft'))).toBe('returned');
    expect(transitionKind(c, move('draft', 'leaderGroup'))).toBe('queued');
    expect(transitionKind(c, move('lmuHearing', 'boardApproval'))).toBe('queued');
    // From Godkendt the next move (follow-up) is the editors' own: nobody is waiting to decide.
    expect(transitionKind(c, move('boardApproval', 'approved'))).toBe('none');
  });

  it('can be switched off per site, and a malformed switch keeps them on with a Danish message', () => {
    expect(notificationsEnabled(undefined)).toEqual({ enabled: true });
    expect(notificationsEnabled('{"enabled": false}')).toEqual({ enabled: false });
    expect(notificationsEnabled('nej')).toEqual({ enabled: true, problem: { code: 'notificationsSetting' } });
  });
});
