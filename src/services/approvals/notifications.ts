// The e-mails of the workflow: when an item enters a queue (to the members of the groups that
// decide next) and when it is returned (to the department's leader and editors). Each carries a
// deep link to the item: on the page (#/maal/<id>, #/afdeling/<dept>/<year>) or, in Teams, a
// Teams deep link to the personal app with the same route as its subEntityId.
import type { ApprovalTransitionKind } from './transitionKind';
import type { DeepLinkOptions } from './approvalTypes';
import { safeHttpUrl } from '../../domain/safeUrl';

export interface LinkTarget {
  list: 'Agreements' | 'Goals';
  id: number;
  departmentId: number;
  year: number;
}

export function routeOf(target: LinkTarget): string {
  return target.list === 'Goals' ? `#/maal/${target.id}` : `#/afdeling/${target.departmentId}/${target.year}`;
}

export function deepLink(options: DeepLinkOptions, target: LinkTarget): string {
  const route = routeOf(target);
  if (options.teams) {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: route.replace(/^#\//, '') }));
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teams.appId)}/${encodeURIComponent(options.teams.entityId)}?context=${context}`;
  }
  return `${options.pageUrl.replace(/#.*$/, '')}${route}`;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface NotificationInput {
  kind: ApprovalTransitionKind;
  itemTitle: string;
  stageLabel: string;
  actorName: string;
  /** A substitute's move: the member it was made for ("på vegne af", decision 0009). */
  onBehalfOf?: string;
  /** The comment given with the move: in every e-mail, so the reader need not open the history. */
  comment?: string;
  /** For a return: the stage it was returned from (where "Send igen" takes it back). */
  fromStageLabel?: string;
  link: string;
}

export function composeEmail(input: NotificationInput): { subject: string; body: string } {
  const title = escapeHtml(input.itemTitle);
  // The link is built from the page address the web part was opened on; only an http(s) address
  // becomes an anchor (a mail client would follow javascript: or data: too), else no link at all.
  const href = safeHttpUrl(input.link);
  const link = href === undefined ? '' : `<p><a href="${escapeHtml(href)}">Åbn ${title}</a></p>`;
  const comment = input.comment ? `<p>Kommentar: ${escapeHtml(input.comment)}</p>` : '';
  const actor = escapeHtml(input.actorName) + (input.onBehalfOf ? ` på vegne af ${escapeHtml(input.onBehalfOf)}` : '');
  if (input.kind === 'returned') {
    const from = input.fromStageLabel ? ` fra »${escapeHtml(input.fromStageLabel)}«` : '';
    const again = input.fromStageLabel ? `<p>Når det er rettet, kan det sendes igen direkte til »${escapeHtml(input.fromStageLabel)}«.</p>` : '';
    return {
      subject: `Sendt retur: ${input.itemTitle}`,
      body: `<p>${actor} har sendt »${title}« retur${from} til »${escapeHtml(input.stageLabel)}«.</p>${comment}${again}${link}`
    };
  }
  return {
    subject: `Til behandling: ${input.itemTitle}`,
    body: `<p>»${title}« venter nu på jer i fasen »${escapeHtml(input.stageLabel)}« (flyttet af ${actor}).</p>${comment}${link}`
  };
}
