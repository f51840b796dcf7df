// The goal's text fields with their Danish labels (the seeds' goal template) and text kind. The
// form, validation and the list schema's display names all read these, so a label is written once.
import type { ClimateAnnex, GoalContentField, NewGoal } from './types';
import type { TextKind } from './fieldLimits';

export type GoalTextField =
  | 'title'
  | 'purpose'
  | 'goalStatement'
  | 'activities'
  | 'involved'
  | 'followUpMethod'
  | 'citizenImpact'
  | 'outcomeNote';

export type ClimateTextField = Exclude<keyof ClimateAnnex, 'sdgs' | 'resourceEffect'>;

export interface TextFieldSpec<K extends string> {
  field: K;
  label: string;
  kind: TextKind;
}

export const GOAL_TEXT_FIELDS: readonly TextFieldSpec<GoalTextField>[] = [
  { field: 'title', label: 'Titel', kind: 'singleLine' },
  { field: 'purpose', label: 'Baggrund og formål', kind: 'multiLine' },
  { field: 'goalStatement', label: 'Udviklingsmål', kind: 'multiLine' },
  { field: 'activities', label: 'Aktiviteter', kind: 'multiLine' },
  { field: 'involved', label: 'Hvem er involveret?', kind: 'multiLine' },
  { field: 'followUpMethod', label: 'Opfølgning på virkningen', kind: 'multiLine' },
  { field: 'citizenImpact', label: 'Forventede virkninger for borgeren', kind: 'multiLine' },
  { field: 'outcomeNote', label: 'Bemærkning til opfølgningen', kind: 'multiLine' }
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

/** Label of a minimum-content field, for the messages of validation. */
export const GOAL_CONTENT_LABELS: Readonly<Record<GoalContentField, string>> = {
  purpose: 'Baggrund og formål',
  goalStatement: 'Udviklingsmål',
  activities: 'Aktiviteter',
  involved: 'Hvem er involveret?',
  followUpMethod: 'Opfølgning på virkningen',
  citizenImpact: 'Forventede virkninger for borgeren',
  horizon: 'Tidsperspektiv'
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
