// Reminders: the record of reminders the secretariat sent (one item per leader and day), so that
// nobody is reminded twice the same day, also when two secretariat users press at once (the
// sender checks the record before sending and again after writing its own item). The secretariat
// writes; everyone else may read what was sent.
import { clientId, date, lookupMulti, num, orderBy, text, title } from './fieldBuilders';
import type { ListDef } from './types';

export const REMINDERS: ListDef = {
  key: 'Reminders',
  url: 'Lists/Reminders',
  title: 'Påmindelser',
  description: 'Påmindelser om årets frister, sendt til afdelingernes ledere: hvem, hvornår og hvorfor.',
  fields: [
    title('Emne', 'E-mailens emne.'),
    num('Year', 'År', 'Året for de aftaler, påmindelsen gælder.', { required: true, indexed: true, min: 2000, max: 2100, decimals: 0 }),
    text('Recipient', 'Modtager', 'Lederens e-mailadresse.', { required: true, indexed: true }),
    lookupMulti('Departments', 'Afdelinger', 'De afdelinger, påmindelsen gælder.', 'Departments'),
    // yyyy-mm-dd as text: the "same day" check filters on it with eq (indexed), whatever the time zone.
    text('Day', 'Dag', 'Dagen påmindelsen blev sendt (åååå-mm-dd).', { required: true, indexed: true }),
    date('SentAt', 'Sendt', 'Tidspunktet for afsendelsen.', false, { required: true }),
    clientId()
  ],
  views: [
    { title: 'Seneste påmindelser', fields: ['Day', 'Recipient', 'LinkTitle', 'Departments'], query: orderBy(['Day', 'desc']), rowLimit: 100, isDefault: true }
  ],
  permissions: { readers: 'read', editors: 'read', leaders: 'read', approvers: 'read', secretariat: 'contribute' }
};
