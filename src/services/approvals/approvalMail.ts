// The e-mail of a decision: when an item enters a queue, to the members of the groups that decide
// next; when it is returned, to the department's leader and editors. It goes out through the
// injected MailSender (Microsoft Graph) after the decision is stored, so whatever happens here the
// decision stands, and every recipient not mailed comes back in `mailFailures` for the user.
import type { Department, GroupKey, GroupMembership, MailFailure, MailPrincipal, PersonRef, StageConfiguration, StageTransition } from '../../domain';
import { isLoggedDecision } from '../../domain/authority';
import { resolveRecipients } from '../../domain/mail';
import { stageLabel } from '../../domain/stageMachine';
import { GROUPS } from '../../data/schema';
import type { ItemState } from '../../data/repositories/approvalStateRepository';
import { failuresFor, type MailSender } from '../mail/mailSender';
import type { DeepLinkOptions, SiteWorkflow } from './approvalTypes';
import { composeEmail, deepLink } from './notifications';
import { transitionKind } from './transitionKind';

export interface NotifyDeps {
  mail: MailSender;
  links: DeepLinkOptions;
  workflow(): Promise<Pick<SiteWorkflow, 'notificationsEnabled'>>;
  me(): Promise<PersonRef>;
  departments(): Promise<Department[]>;
  membership(): Promise<{ membership: GroupMembership; people: Map<number, PersonRef> }>;
}

export interface MailOutcome {
  notified: string[];
  mailFailures: MailFailure[];
}

const person = (p: PersonRef): MailPrincipal => ({ kind: 'person', title: p.title ?? p.email, email: p.email });

/** The e-mail of a move: to the members of the groups that decide next, or, for a return, to
 * the department's leader and editors. Every recipient not mailed is in `mailFailures`. */
export async function notifyMove(
  deps: NotifyDeps,
  c: StageConfiguration,
  transition: StageTransition,
  item: ItemState,
  move: { comment?: string; fromStage?: string; onBehalfOf?: string } = {}
): Promise<MailOutcome> {
  const w = await deps.workflow();
  const kind = transitionKind(c, transition);
  if (!w.notificationsEnabled || kind === 'none') return { notified: [], mailFailures: [] };
  const groups = Array.from(
    new Set(c.transitions.filter((t) => t.from === transition.to && isLoggedDecision(t) && t.decision !== 'returned').flatMap((t) => t.allowedGroups))
  );
  const groupTitle = (g: GroupKey): string => GROUPS.find((x) => x.key === g)?.title ?? g;
  // Who the mail was for, named by what we know before reading anyone: reported if even the
  // reading of the recipients fails, since the decision is stored by now and must not look lost.
  let audience = kind === 'returned' ? item.title : groups.map(groupTitle).join(', ');
  try {
    let principals: MailPrincipal[];
    if (kind === 'returned') {
      const dep = (await deps.departments()).find((d) => d.id === item.departmentId);
      audience = dep?.title ?? audience;
      principals = [dep?.leader, ...(dep?.editors ?? [])].filter((p): p is PersonRef => p !== undefined).map(person);
    } else {
      const { membership: m, people } = await deps.membership();
      // A SharePoint group has no mailbox: it is mailed through its members.
      principals = groups.map((g) => ({
        kind: 'group',
        title: groupTitle(g),
        members: (m[g] ?? [])
          .map((id) => people.get(id))
          .filter((p): p is PersonRef => p !== undefined)
          .map(person)
      }));
    }
    const self = await deps.me();
    const { addresses, failures } = resolveRecipients(principals, self.email);
    if (addresses.length === 0) return { notified: [], mailFailures: failures };
    const mail = composeEmail({
      kind,
      itemTitle: item.title,
      stageLabel: stageLabel(c, transition.to),
      actorName: self.title ?? self.email,
      onBehalfOf: move.onBehalfOf,
      link: deepLink(deps.links, item),
      comment: move.comment,
      fromStageLabel: move.fromStage === undefined ? undefined : stageLabel(c, move.fromStage)
    });
    // The decision stands whatever Graph says; the result tells the user who was not mailed.
    const sent = await deps.mail.send({ to: addresses, subject: mail.subject, html: mail.body });
    return { notified: sent.ok ? addresses : [], mailFailures: [...failures, ...failuresFor(addresses, sent)] };
  } catch (error) {
    return { notified: [], mailFailures: [{ recipient: audience, reason: 'failed', detail: error instanceof Error ? error.message : String(error) }] };
  }
}
