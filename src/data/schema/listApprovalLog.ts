// ApprovalLog: the append-only record of decisions. The leader group, approvers and the
// secretariat may add entries ("Kun tilføj"), nobody may edit or delete them, everyone reads.
// Editors only read: SharePoint itself refuses an editor's entry (403), so an editor cannot forge
// a decision. An editor's own moves (submitting, resubmitting, starting follow-up) are Stage
// changes on the items and show in their version history (Editor, Modified, Stage). What an entry
// is worth is still judged by the actor's group membership, not by who could write it.
import { choice, clientId, date, note, num, orderBy, text, title, url } from './fieldBuilders';
import { DECISION_CHOICES, TARGET_LIST_CHOICES, values } from './choices';
import type { ListDef } from './types';

export const APPROVAL_LOG: ListDef = {
  key: 'ApprovalLog',
  url: 'Lists/ApprovalLog',
  title: 'Godkendelseslog',
  description: 'Hver beslutning om en aftale eller et mål: hvem, hvornår, hvilken version. Kan kun tilføjes, aldrig ændres.',
  fields: [
    title('Titel', 'Kort beskrivelse af beslutningen.'),
    choice('TargetList', 'Gælder liste', 'Agreements eller Goals.', values(TARGET_LIST_CHOICES), { required: true }),
    num('TargetId', 'Gælder element', 'Id på aftalen eller målet.', { required: true, indexed: true, min: 1, decimals: 0 }),
    text('FromStage', 'Fra fase', 'Fasekode før beslutningen.', { required: true }),
    text('ToStage', 'Til fase', 'Fasekode efter beslutningen.', { required: true }),
    choice('Decision', 'Beslutning', 'Indsendt, godkendt, behandlet, sendt retur, opfølgning startet eller afsluttet.', values(DECISION_CHOICES), {
      required: true
    }),
    note('Comment', 'Kommentar', 'Begrundelse; krævet ved retur.'),
    text('ApprovedVersion', 'Godkendt version', 'Versionen af elementet, beslutningen blev truffet på.'),
    date('MeetingDate', 'Mødedato', 'Ved høring: datoen for mødet, hvor sagen blev behandlet.', true),
    url('MinutesUrl', 'Link til referat', 'Ved høring: link til referatet.'),
    { type: 'User', name: 'Actor', displayName: 'Truffet af', description: 'Den, der traf beslutningen.', required: true },
    date('At', 'Tidspunkt', 'Hvornår beslutningen blev truffet.', false, { required: true, indexed: true }),
    clientId()
  ],
  views: [
    {
      title: 'Seneste beslutninger',
      fields: ['At', 'TargetList', 'TargetId', 'LinkTitle', 'Decision', 'Actor'],
      query: orderBy(['At', 'desc']),
      rowLimit: 100,
      isDefault: true
    }
  ],
  permissions: { readers: 'read', editors: 'read', leaders: 'addOnly', approvers: 'addOnly', secretariat: 'addOnly' }
};
