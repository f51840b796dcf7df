import { describe, expect, it } from '@jest/globals';
import { resolveRecipients, type MailPrincipal } from '../../../src/domain/mail';

const person = (title: string, email?: string): MailPrincipal => ({ kind: 'person', title, email });

describe('resolveRecipients', () => {
  it("takes each person's e-mail, lower-cased and once, and leaves the sender out", () => {
    const r = resolveRecipients(
      [person('Leder', 'Leder@Kommune.dk'), person('Leder igen', 'leder@kommune.dk'), person('Mig', 'mig@kommune.dk')],
      'MIG@kommune.dk'
    );
    expect(r).toEqual({ addresses: ['leder@kommune.dk'], failures: [] });
  });

  it('expands a group without an e-mail to its members, groups inside groups too', () => {
    const inner: MailPrincipal = { kind: 'group', title: 'Direktionen', members: [person('Direktør', 'dir@kommune.dk')] };
    const outer: MailPrincipal = { kind: 'group', title: 'Udviklingsaftaler - Godkendere', members: [person('Godkender', 'godk@kommune.dk'), inner] };
    expect(resolveRecipients([outer]).addresses).toEqual(['godk@kommune.dk', 'dir@kommune.dk']);
  });

  it('mails a group that has its own address (a Microsoft 365 group) instead of expanding it', () => {
    const group: MailPrincipal = { kind: 'group', title: 'Ledergruppen', email: 'ledergruppen@kommune.dk', members: [person('Leder', 'leder@kommune.dk')] };
    expect(resolveRecipients([group]).addresses).toEqual(['ledergruppen@kommune.dk']);
  });

  it('reports a person without an e-mail address by name, once, and an empty group without an address', () => {
    const group: MailPrincipal = { kind: 'group', title: 'Ledergruppe', members: [person('Karen Uden Mail'), person('Leder', 'leder@kommune.dk')] };
    const r = resolveRecipients([group, person('Karen Uden Mail', '  '), { kind: 'group', title: 'Tom gruppe', members: [] }]);
    expect(r.addresses).toEqual(['leder@kommune.dk']);
    expect(r.failures).toEqual([
      { recipient: 'Karen Uden Mail', reason: 'noAddress' },
      { recipient: 'Tom gruppe', reason: 'emptyGroup' }
    ]);
  });

  it('stops at a fixed depth when groups contain each other', () => {
    const a: MailPrincipal = { kind: 'group', title: 'A', members: [] };
    const b: MailPrincipal = { kind: 'group', title: 'B', members: [a, person('P', 'p@kommune.dk')] };
    a.members = [b];
    expect(resolveRecipients([a]).addresses).toEqual(['p@kommune.dk']);
  });
});
