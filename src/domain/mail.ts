// E-mail recipients and what went wrong with a mail, as codes: the services resolve who gets a mail
// and report every address that was not mailed; the components word it (loc, Danish first).

/** A person or group as SharePoint names it for a mail: users carry their Email; a group carries
 * an e-mail address only when it has a mailbox (a Microsoft 365 group), otherwise its members. */
export interface MailPrincipal {
  kind: 'person' | 'group';
  title: string;
  email?: string;
  members?: MailPrincipal[];
}

export type MailFailureReason =
  /** Graph answered 403: the tenant has not approved the app's Mail.Send permission request. */
  | 'notGranted'
  /** Graph (or the network) failed otherwise; `detail` carries what it said. */
  | 'failed'
  /** The person has no e-mail address in SharePoint, so there was nothing to send to. */
  | 'noAddress'
  /** A group without an address of its own has no members to expand to. */
  | 'emptyGroup';

/** One recipient who did not get a mail, and why. `recipient` is the address, or the person's name
 * when there is no address. */
export interface MailFailure {
  recipient: string;
  reason: MailFailureReason;
  detail?: string;
}

export interface ResolvedRecipients {
  /** Lower-cased, each once, in the order met. */
  addresses: string[];
  /** People (by name) who have no e-mail address; reported, never silently left out. */
  failures: MailFailure[];
}

const MAX_GROUP_DEPTH = 5;

/**
 * Addresses for a set of principals: a person's Email; a group's own address when it has one,
 * else its members (groups inside groups too, to a fixed depth that guards against cycles).
 * `exclude` (the sender) is left out without a report: nobody is mailed about their own action.
 */
export function resolveRecipients(principals: readonly MailPrincipal[], exclude?: string): ResolvedRecipients {
  const addresses: string[] = [];
  const failures: MailFailure[] = [];
  const self = exclude?.trim().toLowerCase();
  const seenNames = new Set<string>();
  const visit = (p: MailPrincipal, depth: number): void => {
    const email = p.email?.trim().toLowerCase() ?? '';
    if (email !== '') {
      if (email !== self && !addresses.includes(email)) addresses.push(email);
      return;
    }
    if (p.kind === 'group' && depth < MAX_GROUP_DEPTH && (p.members ?? []).length > 0) {
      (p.members ?? []).forEach((m) => visit(m, depth + 1));
      return;
    }
    const name = p.title.trim() || '?';
    if (!seenNames.has(name)) {
      seenNames.add(name);
      failures.push({ recipient: name, reason: p.kind === 'group' ? 'emptyGroup' : 'noAddress' });
    }
  };
  principals.forEach((p) => visit(p, 0));
  return { addresses, failures };
}
