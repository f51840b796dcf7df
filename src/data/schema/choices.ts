// Choice columns store what people read in list views and Excel (Danish labels); the code works
// with stable codes. These maps are the one place that translates between the two.
import {
  DEPARTMENT_KIND_LABELS,
  GOAL_CONTENT_LABELS,
  GOAL_TEMPLATES,
  HORIZON_LABELS,
  OUTCOMES,
  SDGS,
  TARGET_DIRECTION_LABELS,
  CHECK_IN_STATUSES,
  type ApprovalDecision,
  type CheckInStatus,
  type ApprovalTargetList,
  type GoalContentField,
  type GoalTemplateKey,
  type OutcomeCode,
  type RequirementScope,
  type TrackKind
} from '../../domain';

export type ChoiceMap<C extends string> = Readonly<Record<C, string>>;

/** docs/schema.md spells these values in English (Track | Theme | FocusArea, agreement | goal). */
export const TRACK_KIND_CHOICES: ChoiceMap<TrackKind> = { track: 'Track', theme: 'Theme', focusArea: 'FocusArea' };
export const APPLIES_TO_CHOICES: ChoiceMap<RequirementScope> = { agreement: 'agreement', goal: 'goal' };
export const TARGET_LIST_CHOICES: ChoiceMap<ApprovalTargetList> = { Agreements: 'Agreements', Goals: 'Goals' };

export const DEPARTMENT_KIND_CHOICES = DEPARTMENT_KIND_LABELS;
export const HORIZON_CHOICES = HORIZON_LABELS;
export const TARGET_DIRECTION_CHOICES = TARGET_DIRECTION_LABELS;
export const GOAL_TEMPLATE_CHOICES = Object.fromEntries(Object.values(GOAL_TEMPLATES).map((t) => [t.key, t.name])) as ChoiceMap<GoalTemplateKey>;
export const MINIMUM_CONTENT_CHOICES: ChoiceMap<GoalContentField> = GOAL_CONTENT_LABELS;
export const OUTCOME_CHOICES = Object.fromEntries(OUTCOMES.map((o) => [o.code, o.label])) as ChoiceMap<OutcomeCode>;

export const CHECK_IN_STATUS_CHOICES = Object.fromEntries(CHECK_IN_STATUSES.map((s) => [s.code, s.label])) as ChoiceMap<CheckInStatus>;

export const DECISION_CHOICES: ChoiceMap<ApprovalDecision> = {
  submitted: 'Indsendt',
  approved: 'Godkendt',
  consulted: 'Behandlet',
  returned: 'Sendt retur',
  followUpStarted: 'Opfølgning startet',
  completed: 'Afsluttet'
};

/** SDGs are stored as "7. Bæredygtig energi", so a list view reads like the annex. */
export const SDG_CHOICES: readonly string[] = SDGS.map((s) => `${s.number}. ${s.title}`);

export function sdgToChoice(sdgNumber: number): string {
  const value = SDG_CHOICES[sdgNumber - 1];
  if (value === undefined) {
    throw new RangeError(`Verdensmål ${sdgNumber} findes ikke (gyldige numre er 1-17).`);
  }
  return value;
}

export function sdgFromChoice(value: string): number | undefined {
  const index = SDG_CHOICES.indexOf(value);
  return index >= 0 ? index + 1 : undefined;
}

export const values = <C extends string>(map: ChoiceMap<C>): string[] => Object.values(map);

/** The code whose stored value is `value`, or undefined for a value the map does not know. */
export function codeOf<C extends string>(map: ChoiceMap<C>, value: string): C | undefined {
  const entry = (Object.entries(map) as Array<[C, string]>).find(([, v]) => v === value);
  return entry ? entry[0] : undefined;
}
