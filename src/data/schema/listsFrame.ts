// Strategies (DUS), Tracks, Requirements and Departments: the frame the secretariat keeps.
import { bool, choice, clientId, lookup, multiChoice, note, num, orderBy, title } from './fieldBuilders';
import { APPLIES_TO_CHOICES, DEPARTMENT_KIND_CHOICES, GOAL_TEMPLATE_CHOICES, MINIMUM_CONTENT_CHOICES, TRACK_KIND_CHOICES, values } from './choices';
import type { ListDef } from './types';

/** Strategy lists: everyone reads, the secretariat writes. */
const FRAME_PERMISSIONS: ListDef['permissions'] = { readers: 'read', editors: 'read', leaders: 'read', approvers: 'read', secretariat: 'contribute' };

export const STRATEGIES: ListDef = {
  key: 'Strategies',
  url: 'Lists/Strategies',
  title: 'Strategier (DUS)',
  description: 'Direktionens udviklingsstrategi for hvert år: spor, temaer, krav og frister.',
  fields: [
    title('Titel', 'Strategiens navn, fx "Direktionens UdviklingsSpor 2022".'),
    num('Year', 'År', 'Året strategien gælder for.', { required: true, indexed: true, unique: true, min: 2000, max: 2100, decimals: 0 }),
    num('YearTo', 'Til og med år', 'Sidste år for en flerårig ramme; tomt for et enkelt år.', { min: 2000, max: 2100, decimals: 0 }),
    note('Vision', 'Vision', 'Byrådets vision, som strategien bygger på.'),
    note('Intro', 'Indledning', 'Strategiens forord eller indledning.'),
    // JSON: [{ "title": string, "date"?: "yyyy-mm-dd" }]
    note('Deadlines', 'Frister', 'Årets frister for aftalerne.', 'json'),
    multiChoice('MinimumGoalContent', 'Minimumsindhold i mål', 'De felter, som alle udviklingsmål skal udfylde dette år.', values(MINIMUM_CONTENT_CHOICES)),
    choice('GoalTemplate', 'Målskabelon', 'Overskrifter og rækkefølge i årets mål.', values(GOAL_TEMPLATE_CHOICES)),
    // One heading per line: a new agreement of the year starts with these as its own sections (issue 16).
    note('AgreementSections', 'Aftalens afsnit', 'Afsnit, en ny aftale starter med (én pr. linje).', 'lines'),
    clientId()
  ],
  views: [{ title: 'Alle strategier', fields: ['Year', 'LinkTitle', 'YearTo'], query: orderBy(['Year', 'desc']), rowLimit: 30, isDefault: true }],
  permissions: FRAME_PERMISSIONS
};

export const TRACKS: ListDef = {
  key: 'Tracks',
  url: 'Lists/Tracks',
  title: 'Udviklingsspor',
  description: 'Strategiens udviklingsspor, tværgående temaer og indsatsområder.',
  fields: [
    title('Titel', 'Sporets, temaets eller indsatsområdets navn.'),
    lookup('Strategy', 'Strategi', 'Den strategi, sporet hører til.', 'Strategies', { required: true, indexed: true }),
    choice('Kind', 'Type', 'Udviklingsspor, tværgående tema eller indsatsområde.', values(TRACK_KIND_CHOICES), { required: true }),
    num('Number', 'Nummer', 'Nummeret i strategien.', { min: 0, decimals: 0 }),
    note('Description', 'Beskrivelse', 'Hvad sporet handler om.'),
    clientId()
  ],
  views: [
    {
      title: 'Alle spor',
      fields: ['Strategy', 'Kind', 'Number', 'LinkTitle'],
      query: orderBy(['Strategy', 'desc'], ['Number', 'asc']),
      rowLimit: 100,
      isDefault: true
    }
  ],
  permissions: FRAME_PERMISSIONS
};

export const REQUIREMENTS: ListDef = {
  key: 'Requirements',
  url: 'Lists/Requirements',
  title: 'Krav til aftaler',
  description: 'Det, som årets aftaler skal indeholde ("Krav til kontrakter og aftaler").',
  fields: [
    title('Titel', 'Kravet, som strategien formulerer det.'),
    lookup('Strategy', 'Strategi', 'Den strategi, kravet hører til.', 'Strategies', { required: true, indexed: true }),
    num('Number', 'Nummer', 'Nummeret i strategien.', { required: true, min: 0, decimals: 0 }),
    note('Description', 'Beskrivelse', 'Uddybning af kravet.'),
    choice('AppliesTo', 'Gælder for', 'agreement: aftalen som helhed; goal: hvert mål.', values(APPLIES_TO_CHOICES), { required: true }),
    clientId()
  ],
  views: [
    {
      title: 'Alle krav',
      fields: ['Strategy', 'Number', 'LinkTitle', 'AppliesTo'],
      query: orderBy(['Strategy', 'desc'], ['Number', 'asc']),
      rowLimit: 100,
      isDefault: true
    }
  ],
  permissions: FRAME_PERMISSIONS
};

export const DEPARTMENTS: ListDef = {
  key: 'Departments',
  url: 'Lists/Departments',
  title: 'Afdelinger',
  description: 'Organisationens enheder: stabe, fagsekretariater, afdelinger, teams og institutioner.',
  fields: [
    { ...title('Navn', 'Enhedens navn.'), indexed: true },
    choice('Kind', 'Type', 'Stab, fagsekretariat, afdeling, team eller institution.', values(DEPARTMENT_KIND_CHOICES), { required: true }),
    lookup('Parent', 'Overordnet enhed', 'Den enhed, denne enhed hører under.', 'Departments', { indexed: true }),
    { type: 'User', name: 'Leader', displayName: 'Leder', description: 'Enhedens leder (kontraktholder).' },
    { type: 'UserMulti', name: 'Editors', displayName: 'Redaktører', description: 'Dem, der må redigere enhedens aftale og mål.' },
    bool('Active', 'Aktiv', 'Nedlagte enheder markeres som ikke aktive i stedet for at blive slettet.', true),
    // The user profile's Department (from HR or Entra ID) often names a unit otherwise than this
    // list does ("Indkøb og Udbud" for "Indkøb & Udbud"): the secretariat writes those names here,
    // and an employee's first screen is the unit whose name or alias matches their profile.
    note('Aliases', 'Andre navne', 'Enhedens navne i brugerprofilens Afdeling, ét pr. linje.', 'lines'),
    clientId()
  ],
  views: [
    {
      title: 'Alle afdelinger',
      fields: ['LinkTitle', 'Kind', 'Parent', 'Leader', 'Active', 'Aliases'],
      query: orderBy(['Title', 'asc']),
      rowLimit: 100,
      isDefault: true
    }
  ],
  permissions: FRAME_PERMISSIONS
};
