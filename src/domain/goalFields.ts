// The goal's text fields with their Danish labels (the seeds' goal template) and text kind. The
// list schema's display names, the templates' default headings, the document (Dokument, .docx) and
// the approval diffs read GOAL_FIELD_LABELS, so a label is written once in the code; the UI's
// labels are the loc files' GoalFields, whose Danish tests/unit/loc/goalFields.test.ts pins to it.
import type { ClimateAnnex, GoalContentField, NewGoal } from './types';
import type { TextKind } from './fieldLimits';

export type GoalTextField = 'title' | 'purpose' | 'goalStatement' | 'activities' | 'involved' | 'followUpMethod' | 'citizenImpact' | 'outcomeNote';

export type ClimateTextField = Exclude<keyof ClimateAnnex, 'sdgs' | 'resourceEffect'>;

export interface TextFieldSpec<K extends string> {
  field: K;
  label: string;
  kind: TextKind;
}

/** The one Danish label table of the goal's own fields. */
export const GOAL_FIELD_LABELS: Readonly<Record<GoalTextField | 'horizon' | 'sharedWithDepartmentIds', string>> = {
  title: 'Titel',
  purpose: 'Baggrund og formål',
  goalStatement: 'Udviklingsmål',
  activities: 'Aktiviteter',
  involved: 'Hvem er involveret?',
  sharedWithDepartmentIds: 'Fællesmål med',
  followUpMethod: 'Opfølgning på virkningen',
  citizenImpact: 'Forventede virkninger for borgeren',
  horizon: 'Tidsperspektiv',
  outcomeNote: 'Bemærkning til opfølgningen'
};

const textField = (field: GoalTextField, kind: TextKind): TextFieldSpec<GoalTextField> => ({ field, label: GOAL_FIELD_LABELS[field], kind });

export const GOAL_TEXT_FIELDS: readonly TextFieldSpec<GoalTextField>[] = [
  textField('title', 'singleLine'),
  textField('purpose', 'multiLine'),
  textField('goalStatement', 'multiLine'),
  textField('activities', 'multiLine'),
  textField('involved', 'multiLine'),
  textField('followUpMethod', 'multiLine'),
  textField('citizenImpact', 'multiLine'),
  textField('outcomeNote', 'multiLine')
];

export const CLIMATE_TEXT_FIELDS: readonly TextFieldSpec<ClimateTextField>[] = [
  { field: 'strategyTrack', label: 'Strategispor i klima-, energi- og ressourcepolitikken', kind: 'singleLine' },
  { field: 'description', label: 'Beskrivelse af tiltaget', kind: 'multiLine' },
  { field: 'deliverable', label: 'Specifikt mål / leverance for tiltaget', kind: 'multiLine' },
  { field: 'subGoals', label: 'Hvilket delmål bidrager tiltaget til indfrielsen af', kind: 'multiLine' },
  { field: 'responsible', label: 'Ansvarlig for gennemførelse af tiltaget', kind: 'multiLine' },
  { field: 'timeline', label: 'Tidsplan', kind: 'multiLine' },
  { field: 'funding', label: 'Finansieringskilder/personaleressourcer', kind: 'multiLine' },
  { field: 'addedValues', label: 'Merværdier', kind: 'multiLine' },
  { field: 'distribution', label: 'Rimelig og retfærdig fordeling af gevinster', kind: 'multiLine' },
  { field: 'barriers', label: 'Barrierer', kind: 'multiLine' },
  { field: 'sdgNote', label: 'Verdensmål, uddybning', kind: 'multiLine' },
  { field: 'co2Effect', label: 'CO2-effekt', kind: 'multiLine' }
];

/** Labels of the minimum-content fields (the DUS's MinimumGoalContent choices, the templates'
 * default headings): the same table. */
export const GOAL_CONTENT_LABELS: Readonly<Record<GoalContentField, string>> = {
  purpose: GOAL_FIELD_LABELS.purpose,
  goalStatement: GOAL_FIELD_LABELS.goalStatement,
  activities: GOAL_FIELD_LABELS.activities,
  involved: GOAL_FIELD_LABELS.involved,
  followUpMethod: GOAL_FIELD_LABELS.followUpMethod,
  citizenImpact: GOAL_FIELD_LABELS.citizenImpact,
  horizon: GOAL_FIELD_LABELS.horizon
};

export function goalFieldLabel(field: GoalTextField): string {
  const spec = GOAL_TEXT_FIELDS.find((f) => f.field === field);
  return spec ? spec.label : field;
}

/** True when the goal has something in the field (whitespace does not count). */
export function hasContent(goal: Pick<NewGoal, GoalContentField>, field: GoalContentField): boolean {
  const value = goal[field];
  return typeof value === 'string' && value.trim().length > 0;
}
