// The choice columns whose stored values changed from the Danish labels to stable literals in
// schema version 2 (ADR 0010), with the label-to-literal table the migration writes by. Kept out
// of the schema index (and so out of the main bundle): provisioning, the docs generator and tests
// import it directly.
import {
  CHECK_IN_STATUS_CHOICES,
  DECISION_CHOICES,
  DEPARTMENT_KIND_CHOICES,
  GOAL_TEMPLATE_CHOICES,
  HORIZON_CHOICES,
  LEGACY,
  MINIMUM_CONTENT_CHOICES,
  OUTCOME_CHOICES,
  SDG_CHOICES,
  TARGET_DIRECTION_CHOICES,
  type ChoiceMap
} from './choices';
import type { ListKey } from './types';

/** A column whose values changed from labels to literals. */
export interface ChoiceColumn {
  list: ListKey;
  field: string;
  multi: boolean;
  /** Literal by legacy label. */
  literalOf: Readonly<Record<string, string>>;
  /** Danish label by literal (docs/schema.md). */
  labelOf: Readonly<Record<string, string>>;
  /** Rewritten by provisioning; ApprovalLog entries are not (ADR 0010). */
  migrate: boolean;
}

const column = (list: ListKey, field: string, map: ChoiceMap<string>, multi = false, migrate = true): ChoiceColumn => {
  const legacy = LEGACY.get(map) ?? {};
  const codes = Object.keys(map);
  return {
    list,
    field,
    multi,
    migrate,
    literalOf: Object.fromEntries(codes.map((c) => [legacy[c], map[c]])),
    labelOf: Object.fromEntries(codes.map((c) => [map[c], legacy[c]]))
  };
};

export const CHOICE_COLUMNS: readonly ChoiceColumn[] = [
  column('Departments', 'Kind', DEPARTMENT_KIND_CHOICES),
  column('Strategies', 'GoalTemplate', GOAL_TEMPLATE_CHOICES),
  column('Strategies', 'MinimumGoalContent', MINIMUM_CONTENT_CHOICES, true),
  column('Goals', 'Horizon', HORIZON_CHOICES),
  column('Goals', 'TargetDirection', TARGET_DIRECTION_CHOICES),
  column('Goals', 'Outcome', OUTCOME_CHOICES),
  column('Goals', 'SDGs', SDG_CHOICES, true),
  column('ApprovalLog', 'Decision', DECISION_CHOICES, false, false),
  column('CheckIns', 'Status', CHECK_IN_STATUS_CHOICES)
];

export const choiceColumn = (list: ListKey, field: string): ChoiceColumn | undefined => CHOICE_COLUMNS.find((c) => c.list === list && c.field === field);
