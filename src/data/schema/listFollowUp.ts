// CheckIns and Dialogues: follow-up during the year (issue 18). Check-ins, like Goals, live in their
// department's folder, whose unique permissions give that department's leader and editors
// Contribute (src/data/provisioning/departmentFolders.ts); everyone else reads. So SharePoint,
// not the client, refuses department A writing B's check-in. The first clause of every query is
// an indexed column (Goal, Agreement, Department or Year), so the lists may pass the 5,000-item
// list view threshold (100,000 check-ins are budgeted).
import { CHECK_IN_STATUS_CHOICES, values } from './choices';
import { clientId, choice, date, lookup, note, num, orderBy, text, title } from './fieldBuilders';
import type { ListDef } from './types';

// The same as Agreements and Goals (listsWork.ts): editors read at list level and write in their
// department's folder.
const FOLLOW_UP_PERMISSIONS: ListDef['permissions'] = {
  readers: 'read',
  editors: 'read',
  leaders: 'contribute',
  approvers: 'contribute',
  secretariat: 'contribute'
};

export const CHECK_INS: ListDef = {
  key: 'CheckIns',
  url: 'Lists/CheckIns',
  title: 'Statusmeldinger',
  description: 'Løbende status på udviklingsmålene i årets løb, med målte værdier for målsætningerne.',
  fields: [
    title('Titel', 'Kort overskrift (sættes af appen).'),
    lookup('Goal', 'Mål', 'Det udviklingsmål, statussen gælder.', 'Goals', { required: true, indexed: true }),
    lookup('Department', 'Afdeling', 'Målets enhed (bestemmer hvem der må skrive).', 'Departments', { required: true, indexed: true }),
    num('Year', 'År', 'Aftalens år.', { required: true, indexed: true, min: 2000, max: 2100, decimals: 0 }),
    // The department view reads a department's check-ins of one year. Neither Department (every
    // year's check-ins of the department) nor Year (every department's) stays under the 5,000
    // matches SharePoint allows the first clause of a query on a large list at 100,000 check-ins;
    // the pair does (bench/results.md, first-render). Set by the app from the two columns.
    text('DepartmentYear', 'Afdeling og år', 'Sættes af appen.', { indexed: true }),
    choice('Status', 'Status', 'Hvordan det går med målet.', values(CHECK_IN_STATUS_CHOICES), { required: true }),
    note('Note', 'Bemærkning', 'Kort bemærkning til statussen.'),
    num('MeasuredValue', 'Målt værdi', 'Den målte værdi for målsætningen, fx 2,8.'),
    date('MeasuredAt', 'Målt den', 'Datoen værdien blev målt.', true),
    clientId()
  ],
  views: [
    {
      title: 'Seneste statusmeldinger',
      fields: ['Year', 'Goal', 'Status', 'MeasuredValue', 'MeasuredAt', 'Note'],
      query: orderBy(['Year', 'desc'], ['Goal', 'asc']),
      rowLimit: 100,
      isDefault: true
    }
  ],
  permissions: FOLLOW_UP_PERMISSIONS,
  folderPerDepartment: true
};

// The contract dialogue is the board's meeting with the agreement holder (DUS 2022: "I foråret
// 2022 gennemfører direktionen kontrakt-dialoger"): the board (approvers) and the secretariat write
// its minutes; the department reads them. So no department folders here, and the leaders group
// (department leaders) only reads: SharePoint refuses a holder writing their own dialogue.
const DIALOGUE_PERMISSIONS: ListDef['permissions'] = { readers: 'read', editors: 'read', leaders: 'read', approvers: 'contribute', secretariat: 'contribute' };

export const DIALOGUES: ListDef = {
  key: 'Dialogues',
  url: 'Lists/Dialogues',
  title: 'Kontraktdialoger',
  description: 'Direktionens kontraktdialoger med aftaleholderne: dato, deltagere, referat, aftaler og opfølgningspunkter.',
  fields: [
    title('Titel', 'Mødets overskrift, fx "Kontraktdialog forår 2023".'),
    lookup('Agreement', 'Aftale', 'Den aftale, dialogen gælder.', 'Agreements', { required: true, indexed: true }),
    lookup('Department', 'Afdeling', 'Aftalens enhed.', 'Departments', { required: true, indexed: true }),
    num('Year', 'År', 'Aftalens år.', { required: true, indexed: true, min: 2000, max: 2100, decimals: 0 }),
    date('DialogueDate', 'Dato', 'Mødets dato.', true, { required: true }),
    // One participant per line.
    note('Participants', 'Deltagere', 'Mødets deltagere (én pr. linje).', 'lines'),
    note('Notes', 'Referat', 'Hvad der blev drøftet.'),
    note('Agreed', 'Aftalt', 'Hvad direktionen og aftaleholderen aftalte.'),
    // One follow-up point per line.
    note('FollowUps', 'Opfølgningspunkter', 'Punkter, der skal følges op på (ét pr. linje).', 'lines'),
    clientId()
  ],
  views: [
    {
      title: 'Alle kontraktdialoger',
      fields: ['Year', 'Agreement', 'DialogueDate', 'LinkTitle'],
      query: orderBy(['Year', 'desc'], ['DialogueDate', 'desc']),
      rowLimit: 100,
      isDefault: true
    }
  ],
  permissions: DIALOGUE_PERMISSIONS
};
