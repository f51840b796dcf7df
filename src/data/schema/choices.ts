// Choice columns store stable literals (ADR 0010): the code itself ("oneYear", "approved", "sdg7"),
// so rewording a label is a loc change, not a data migration. Until schema version 2 they stored
// the Danish labels; those are the `legacy` values here, which the mappers still read (ApprovalLog
// entries keep them for good, and every item's version history does), which the version diff
// treats as the same value, and which provisioning rewrites (choiceColumns.ts, src/data/provisioning/choiceMigration.ts).
// The legacy values are derived from the domain's labels as they were when the change was made;
// tests/unit/schema/legacyChoices.test.ts holds them frozen, so rewording a label there fails a
// test instead of silently orphaning the old values.
import {
  DEPARTMENT_KIND_LABELS,
  GOAL_CONTENT_LABELS,
  GOAL_TEMPLATES,
  HORIZON_LABELS,
  OUTCOMES,
  SDGS,
  sdgLabel,
  TARGET_DIRECTION_LABELS,
  CHECK_IN_STATUSES,
  type ApprovalDecision,
  type CheckInStatus,
  type ApprovalTargetList,
  type DepartmentKind,
  type GoalContentField,
  type GoalTemplateKey,
  type Horizon,
  type OutcomeCode,
  type RequirementScope,
  type TargetDirection,
  type TrackKind
} from '../../domain';

export type ChoiceMap<C extends string> = Readonly<Record<C, string>>;

/** docs/schema.md spells these values in English (Track | Theme | FocusArea, agreement | goal). */
export const TRACK_KIND_CHOICES: ChoiceMap<TrackKind> = { track: 'Track', theme: 'Theme', focusArea: 'FocusArea' };
export const APPLIES_TO_CHOICES: ChoiceMap<RequirementScope> = { agreement: 'agreement', goal: 'goal' };
export const TARGET_LIST_CHOICES: ChoiceMap<ApprovalTargetList> = { Agreements: 'Agreements', Goals: 'Goals' };

/** The legacy (label) value of each stable map, for codeOf and the migration (choiceColumns.ts). */
export const LEGACY = new Map<ChoiceMap<string>, ChoiceMap<string>>();

/** A map whose stored value is the code itself, remembering what the code was stored as before. */
function stable<C extends string>(legacy: ChoiceMap<C>): ChoiceMap<C> {
  const map = Object.fromEntries(Object.keys(legacy).map((c) => [c, c])) as ChoiceMap<C>;
  LEGACY.set(map, legacy);
  return map;
}

const byCode = <T, C extends string>(items: readonly T[], code: (t: T) => C, label: (t: T) => string): ChoiceMap<C> =>
  Object.fromEntries(items.map((t) => [code(t), label(t)])) as ChoiceMap<C>;

/** The Danish labels the Decision column held before schema version 2 (ApprovalLog entries keep them). */
const DECISION_LABELS: ChoiceMap<ApprovalDecision> = {
  submitted: 'Indsendt',
  approved: 'Godkendt',
  consulted: 'Behandlet',
  returned: 'Sendt retur',
  followUpStarted: 'Opfølgning startet',
  completed: 'Afsluttet'
};

export const DEPARTMENT_KIND_CHOICES: ChoiceMap<DepartmentKind> = stable(DEPARTMENT_KIND_LABELS);
export const HORIZON_CHOICES: ChoiceMap<Horizon> = stable(HORIZON_LABELS);
export const TARGET_DIRECTION_CHOICES: ChoiceMap<TargetDirection> = stable(TARGET_DIRECTION_LABELS);
export const GOAL_TEMPLATE_CHOICES: ChoiceMap<GoalTemplateKey> = stable(
  byCode(
    Object.values(GOAL_TEMPLATES),
    (t) => t.key,
    (t) => t.name
  )
);
export const MINIMUM_CONTENT_CHOICES: ChoiceMap<GoalContentField> = stable(GOAL_CONTENT_LABELS);
export const OUTCOME_CHOICES: ChoiceMap<OutcomeCode> = stable(
  byCode(
    OUTCOMES,
    (o) => o.code,
    (o) => o.label
  )
);
export const CHECK_IN_STATUS_CHOICES: ChoiceMap<CheckInStatus> = stable(
  byCode(
    CHECK_IN_STATUSES,
    (s) => s.code,
    (s) => s.label
  )
);
export const DECISION_CHOICES: ChoiceMap<ApprovalDecision> = stable(DECISION_LABELS);

/** SDGs are stored as "sdg7"; before schema version 2 as "7. Bæredygtig energi". */
export const SDG_CHOICES: ChoiceMap<string> = stable(
  byCode(
    SDGS,
    (s) => `sdg${s.number}`,
    (s) => `${s.number}. ${s.title}`
  )
);

/** Throws for a number outside 1-17 (sdgLabel's check), which is a programming error. */
export function sdgToChoice(sdgNumber: number): string {
  sdgLabel(sdgNumber);
  return `sdg${sdgNumber}`;
}

export function sdgFromChoice(value: string): number | undefined {
  const code = codeOf(SDG_CHOICES, value);
  return code === undefined ? undefined : Number(code.slice(3));
}

/** A stored value (the literal, which is the code, or the label stored before) as its Danish
 * label: an item's Title, which list views show, and a version diff. An unknown value is itself. */
export const storedLabel = (map: ChoiceMap<string>, stored: string): string => {
  const code = codeOf(map, stored);
  return code === undefined ? stored : (LEGACY.get(map)?.[code] ?? stored);
};

export const values = <C extends string>(map: ChoiceMap<C>): string[] => Object.values(map);

/** The code whose stored value is `value` (the literal, or the label stored before schema
 * version 2), or undefined for a value the map does not know. */
export function codeOf<C extends string>(map: ChoiceMap<C>, value: string): C | undefined {
  const find = (m: ChoiceMap<string>): C | undefined => (Object.keys(m) as C[]).find((c) => m[c] === value);
  return find(map) ?? find(LEGACY.get(map) ?? {});
}
