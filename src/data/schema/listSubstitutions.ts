// Substitutions (stedfortrædere, issue #17.3, decision 0009): one item per substitution a member
// of a deciding group names. The member is the item's Author (Created By), which SharePoint sets
// from the caller; no column names the member. "Kun tilføj" for the groups that can decide: add
// and read, never edit or delete, so an item says forever what it said when it was added and a
// decision judged on it cannot be widened after the fact. Ending a substitution is a new item
// (Ended). Everyone reads: any reader verifies a substitute's decision.
import { bool, choice, clientId, date, orderBy, title } from './fieldBuilders';
import type { ListDef } from './types';

/** The group a substitution is for (the groups that decide), stored as the group's key: stable
 * literals, as every choice column (decision 0010); the UI names the group in the user's language. */
export const SUBSTITUTION_GROUP_CHOICES = { leaders: 'leaders', approvers: 'approvers', secretariat: 'secretariat' } as const;

export const SUBSTITUTIONS: ListDef = {
  key: 'Substitutions',
  url: 'Lists/Substitutions',
  title: 'Stedfortrædere',
  description: 'Hvem der træffer en gruppes beslutninger på vegne af et medlem i en periode. Kan kun tilføjes, aldrig ændres.',
  fields: [
    title('Titel', 'Kort beskrivelse af stedfortræderen.'),
    {
      type: 'User',
      name: 'Substitute',
      displayName: 'Stedfortræder',
      description: 'Den, der beslutter på vegne af den, der oprettede elementet.',
      required: true
    },
    choice('SubstituteFor', 'For gruppen', 'Den gruppe, stedfortræderen beslutter for.', Object.values(SUBSTITUTION_GROUP_CHOICES), { required: true }),
    date('From', 'Fra', 'Første dag (dansk tid).', true, { required: true }),
    date('To', 'Til', 'Sidste dag (dansk tid).', true, { required: true, indexed: true }),
    bool('Ended', 'Ophører', 'Ja: elementet afslutter en tidligere stedfortræder for samme person og gruppe.', false),
    clientId()
  ],
  views: [
    {
      title: 'Stedfortrædere',
      fields: ['LinkTitle', 'Substitute', 'SubstituteFor', 'From', 'To', 'Ended'],
      query: orderBy(['To', 'desc']),
      rowLimit: 100,
      isDefault: true
    }
  ],
  permissions: { readers: 'read', editors: 'read', leaders: 'addOnly', approvers: 'addOnly', secretariat: 'addOnly' }
};
