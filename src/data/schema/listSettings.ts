// Settings: the site's own configuration as small items (Key + JSON value), e.g. the stage
// configuration and whether notifications are sent. A list item rather than the web's property
// bag: writing the property bag needs ManageWeb, which the secretariat does not have. The
// secretariat edits, everyone else reads; the domain validates every value before it is used.
import { clientId, note, orderBy, text, title } from './fieldBuilders';
import type { ListDef } from './types';

export const SETTINGS: ListDef = {
  key: 'Settings',
  url: 'Lists/Settings',
  title: 'Indstillinger',
  description: 'Webstedets indstillinger for udviklingsaftaler, fx arbejdsgangens faser og om der sendes mails.',
  fields: [
    title('Titel', 'Hvad indstillingen gælder.'),
    text('Key', 'Nøgle', 'Indstillingens faste nøgle, fx "stageConfiguration" eller "notifications".', { required: true, indexed: true, unique: true }),
    note('Value', 'Værdi', 'Indstillingens værdi som JSON.', 'json'),
    clientId()
  ],
  views: [{ title: 'Alle indstillinger', fields: ['Key', 'LinkTitle', 'Value'], query: orderBy(['Key', 'asc']), rowLimit: 30, isDefault: true }],
  permissions: { readers: 'read', editors: 'read', leaders: 'read', approvers: 'read', secretariat: 'contribute' }
};
