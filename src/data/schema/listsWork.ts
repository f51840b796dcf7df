// Agreements and Goals: the departments' own work. The Stage choices come from the stage
// configurations in use, so a municipality's stages need no code change.
import { CLIMATE_TEXT_FIELDS, GOAL_FIELD_LABELS, GOAL_TEXT_FIELDS, type ClimateTextField, type GoalTextField } from '../../domain';
import { bool, changeKind, choice, clientId, date, lookup, lookupMulti, multiChoice, note, num, orderBy, text, title } from './fieldBuilders';
import { HORIZON_CHOICES, OUTCOME_CHOICES, SDG_CHOICES, TARGET_DIRECTION_CHOICES, values } from './choices';
import type { FieldDef, ListDef } from './types';

// The editors group only reads at list level: a department's leader and editors write in their
// department's folder, whose own permissions grant them Contribute (issue 15, item 3). The
// deciding groups and the secretariat keep Contribute on the whole list (they move stages).
const WORK_PERMISSIONS: ListDef['permissions'] = {
  readers: 'read',
  editors: 'read',
  leaders: 'contribute',
  approvers: 'contribute',
  secretariat: 'contribute'
};

const stageField = (stageLabels: readonly string[]): FieldDef =>
  // fillIn: a site may hold items staged under another configuration's labels (a municipality
  // that renames a stage); the stage machine, not the column, decides what a value means.
  changeKind(
    choice('Stage', 'Fase', 'Hvor aftalen eller målet er i arbejdsgangen. Sandheden står i godkendelsesloggen.', stageLabels, {
      required: true,
      indexed: true,
      fillIn: true
    }),
    'workflow'
  );

// The comment given with the latest move (issue #17.2), written in the same update as Stage: an
// editor's submission has no log entry (editors cannot add to the ApprovalLog), so its comment
// lives in the item's version history next to the Stage change, attributed by SharePoint's Editor.
// Workflow bookkeeping, not content: it makes no change to review or to an approval.
const stageCommentField = (): FieldDef =>
  changeKind(
    note('StageComment', 'Kommentar til flytning', 'Kommentaren fra seneste flytning (indsendelse, retur, beslutning). Historikken viser hver version.'),
    'workflow'
  );

// What the latest Word import wrote, one fingerprint per field (decision 0011): a corrected file
// then changes only what nobody has edited since. Bookkeeping, not content.
// Only the Word import reads it (wordImportRepository names it): not in the views' reads (issue 21).
const importBaseField = (): FieldDef => ({
  ...changeKind(note('ImportBase', 'Importgrundlag', 'Word-importens fingeraftryk pr. felt.', 'json'), 'workflow'),
  readOnDemand: true
});

export function agreementsList(stageLabels: readonly string[]): ListDef {
  return {
    key: 'Agreements',
    url: 'Lists/Agreements',
    title: 'Udviklingsaftaler',
    description: 'Hver enheds aftale for året (eller en flerårig periode).',
    fields: [
      title('Titel', 'Aftalens titel, fx "Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb".'),
      lookup('Department', 'Afdeling', 'Den enhed, der indgår aftalen.', 'Departments', { required: true, indexed: true }),
      num('Year', 'År', 'Året aftalen gælder for.', { required: true, indexed: true, min: 2000, max: 2100, decimals: 0 }),
      num('YearTo', 'Til og med år', 'Sidste år for en flerårig aftale.', { min: 2000, max: 2100, decimals: 0 }),
      note('Intro', 'Indledning', 'Aftalens indledning.'),
      note('CoreTask', 'Kerneopgave', 'Hvorfor enheden er her.'),
      // One policy name per line.
      note('Policies', 'Politikker', 'Byrådets politikker, enheden arbejder inden for (én pr. linje).', 'lines'),
      // JSON: [{ "text": string, "trackIds": number[] }]; track ids of the year's Tracks list.
      note('BudgetChanges', 'Budgetændringer', 'Årets budgetændringer og de spor, de relaterer sig til.', 'json'),
      note('Continuing', 'Fra sidste års aftale fortsætter', 'Hvad der fortsætter fra sidste års aftale.'),
      note('StrategyRelation', 'Relation til DUS', 'Aftalens relation til årets DUS og dens pejlemærker.'),
      // JSON: [{ "heading": string, "body": string }]
      note('Sections', 'Øvrige afsnit', 'Afsnit med egen overskrift, fx "Bæredygtig arbejdskultur".', 'json'),
      // JSON: [{ "title": string, "date"?: "yyyy-mm-dd", "endDate"?: "yyyy-mm-dd", "note"?: string }]
      note('Milestones', 'Aftalens tilblivelse', 'De daterede trin i aftalens tilblivelse.', 'json'),
      stageField(stageLabels),
      changeKind(date('StageChangedAt', 'Fase ændret', 'Hvornår fasen sidst blev ændret.', false), 'workflow'),
      stageCommentField(),
      importBaseField(),
      clientId()
    ],
    views: [
      {
        title: 'Alle aftaler',
        fields: ['Year', 'Department', 'LinkTitle', 'Stage', 'StageChangedAt'],
        query: orderBy(['Year', 'desc'], ['Department', 'asc']),
        rowLimit: 100,
        isDefault: true
      },
      {
        title: 'Efter fase',
        fields: ['Stage', 'Year', 'Department', 'LinkTitle'],
        query: orderBy(['Stage', 'asc'], ['Year', 'desc']),
        rowLimit: 100,
        isDefault: false
      }
    ],
    permissions: WORK_PERMISSIONS,
    folderPerDepartment: true
  };
}

/** Internal names of the goal's text columns, by domain field. */
export const GOAL_TEXT_COLUMNS: Readonly<Record<GoalTextField, string>> = {
  title: 'Title',
  purpose: 'Purpose',
  goalStatement: 'GoalStatement',
  activities: 'Activities',
  involved: 'Involved',
  followUpMethod: 'FollowUpMethod',
  citizenImpact: 'CitizenImpact',
  outcomeNote: 'OutcomeNote'
};

/** Internal names of the climate annex's text columns, by annex field. */
export const CLIMATE_TEXT_COLUMNS: Readonly<Record<ClimateTextField, string>> = {
  strategyTrack: 'ClimateStrategyTrack',
  description: 'ClimateDescription',
  deliverable: 'ClimateDeliverable',
  subGoals: 'ClimateSubGoals',
  responsible: 'Responsible',
  timeline: 'Timeline',
  funding: 'Funding',
  addedValues: 'AddedValues',
  distribution: 'ClimateDistribution',
  barriers: 'Barriers',
  sdgNote: 'SDGNote',
  co2Effect: 'CO2Effect'
};

const GOAL_HELP: Readonly<Record<GoalTextField, string>> = {
  title: 'Målets overskrift.',
  purpose: 'Baggrund og formål: hvilken forandring vil vi opnå?',
  goalStatement: 'Selve udviklingsmålet.',
  activities: 'Hvordan gør vi det?',
  involved: 'Hvem er involveret? Ved fællesmål: hvilke enheder.',
  followUpMethod: 'Hvordan følger vi op på virkningen?',
  citizenImpact: 'Forventede virkninger for borgeren.',
  outcomeNote: 'Årets status: hvad blev nået, hvad mangler, hvad ændrede sig.'
};

function goalTextFields(): FieldDef[] {
  return GOAL_TEXT_FIELDS.filter((f) => f.field !== 'title' && f.field !== 'outcomeNote').map((f) =>
    note(GOAL_TEXT_COLUMNS[f.field], f.label, GOAL_HELP[f.field])
  );
}

function climateFields(): FieldDef[] {
  return CLIMATE_TEXT_FIELDS.map((f) =>
    f.kind === 'singleLine'
      ? text(CLIMATE_TEXT_COLUMNS[f.field], f.label, `Klimabilag: ${f.label}.`)
      : note(CLIMATE_TEXT_COLUMNS[f.field], f.label, `Klimabilag: ${f.label}.`)
  );
}

export function goalsList(stageLabels: readonly string[]): ListDef {
  return {
    key: 'Goals',
    url: 'Lists/Goals',
    title: 'Udviklingsmål',
    description: 'Aftalernes udviklingsmål med spor, krav, målsætning, opfølgning og klimabilag.',
    fields: [
      title(GOAL_FIELD_LABELS.title, GOAL_HELP.title),
      lookup('Agreement', 'Aftale', 'Den aftale, målet hører til.', 'Agreements', { required: true, indexed: true }),
      lookup('Department', 'Afdeling', 'Aftalens enhed (gentaget her, så mål kan filtreres på enhed).', 'Departments', { required: true, indexed: true }),
      num('Year', 'År', 'Aftalens år.', { required: true, indexed: true, min: 2000, max: 2100, decimals: 0 }),
      num('Number', 'Nummer', 'Målets nummer i aftalen.', { min: 0, decimals: 0 }),
      ...goalTextFields(),
      lookupMulti('SharedWith', GOAL_FIELD_LABELS.sharedWithDepartmentIds, 'Andre enheder, der ejer målet sammen med denne.', 'Departments'),
      choice('Horizon', GOAL_FIELD_LABELS.horizon, 'Etårigt eller flerårigt mål.', values(HORIZON_CHOICES)),
      lookupMulti('Tracks', 'Udgangspunkt for målet', 'De udviklingsspor, temaer eller indsatsområder, målet tager udgangspunkt i.', 'Tracks'),
      // One policy name per line ("Andet" in "Udgangspunkt for målet").
      note('Policies', 'Andet udgangspunkt (politikker)', 'Politikker eller strategier, målet også tager udgangspunkt i (én pr. linje).', 'lines'),
      lookupMulti('Requirements', 'Opfylder krav', 'Årets krav til aftaler, som målet opfylder.', 'Requirements'),
      num('TargetValue', 'Målsætning, værdi', 'Den målbare værdi, fx 2,8.'),
      text('TargetUnit', 'Målsætning, enhed', 'Enheden, fx "pct.".'),
      choice('TargetDirection', 'Målsætning, retning', 'Højst, mindst eller præcis værdien.', values(TARGET_DIRECTION_CHOICES)),
      num('TargetBaseline', 'Målsætning, udgangspunkt', 'Niveauet, målet måles fra.'),
      num('TargetBaselineYear', 'Målsætning, udgangsår', 'Året for udgangspunktet.', { min: 2000, max: 2100, decimals: 0 }),
      changeKind(num('TargetActual', 'Målsætning, opnået', 'Den målte værdi ved opfølgningen.'), 'yearEnd'),
      note('TargetNote', 'Målsætning, formulering', 'Målsætningen med aftalens egne ord.'),
      lookup('ContinuesFrom', 'Fortsætter fra', 'Sidste års mål, som dette mål viderefører.', 'Goals'),
      stageField(stageLabels),
      stageCommentField(),
      changeKind(choice('Outcome', 'Opfølgning', 'Årets resultat; sættes ved årets afslutning.', values(OUTCOME_CHOICES)), 'yearEnd'),
      changeKind(note('OutcomeNote', GOAL_FIELD_LABELS.outcomeNote, GOAL_HELP.outcomeNote), 'yearEnd'),
      // JSON: [{ "text": string, "delivered": boolean }]; the follow-up marks items delivered.
      changeKind(note('Evidence', 'Dokumentation', 'De konkrete leverancer, der viser at målet er nået.', 'json'), 'yearEnd'),
      bool('IsClimateGoal', 'Klimamål', 'Målet har et klimabilag.', false),
      ...climateFields(),
      multiChoice('SDGs', 'Verdensmål', "FN's verdensmål, tiltaget bidrager til.", values(SDG_CHOICES)),
      num('ResourceEffect', 'Ressourceeffekt', 'Effekt på ressourceforbruget, 1 (lav) til 5 (høj).', { min: 1, max: 5, decimals: 0 }),
      importBaseField(),
      clientId()
    ],
    views: [
      {
        title: 'Alle mål',
        fields: ['Year', 'Department', 'Number', 'LinkTitle', 'Tracks', 'Stage', 'Outcome'],
        query: orderBy(['Year', 'desc'], ['Department', 'asc']),
        rowLimit: 100,
        isDefault: true
      },
      {
        title: 'Klimamål',
        fields: ['Year', 'Department', 'LinkTitle', 'SDGs', 'ResourceEffect', 'Responsible'],
        query: orderBy(['Year', 'desc']),
        rowLimit: 100,
        isDefault: false
      }
    ],
    permissions: WORK_PERMISSIONS,
    folderPerDepartment: true
  };
}
