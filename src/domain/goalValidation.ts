// Validation of a goal: the minimum content the year's strategy demands, SharePoint's text limits,
// and the ranges of the climate annex and target. Problems are codes at the field (validationResult).
import type { GoalContentField, NewGoal, Strategy } from './types';
import { CLIMATE_TEXT_FIELDS, GOAL_TEXT_FIELDS, type ClimateTextField, type GoalTextField, hasContent } from './goalFields';
import { lengthProblem } from './fieldLimits';
import { isSdgNumber } from './sdgs';
import { type FieldProblem, type ValidationResult, problem, toResult } from './validationResult';

export type GoalValidationField =
  | GoalTextField
  | GoalContentField
  | `climate.${ClimateTextField}`
  | 'climate.sdgs'
  | 'climate.resourceEffect'
  | 'target.value'
  | 'target.unit'
  | 'target.baseline'
  | 'sharedWithDepartmentIds';

/** The strategy facts validation needs; a goal of a year without a strategy passes `undefined`
 * and gets only the checks every goal has. */
export type StrategyRules = Pick<Strategy, 'year' | 'minimumGoalContent'>;

/** Rows of the climate annex that a climate measure must fill in. A climate measure follows the
 * climate policy's table instead of the goal template (the 2023 agreement's "Mål vedr.
 * Klimainsatsen" have no "Aktiviteter" or "Opfølgning" sections), so the DUS minimum content is
 * asked of its annex rows instead. */
export const CLIMATE_REQUIRED_FIELDS: readonly ClimateTextField[] = ['description', 'deliverable', 'responsible'];

export function validateGoal(goal: NewGoal, strategy: StrategyRules | undefined): ValidationResult<GoalValidationField> {
  const problems: Problems = [];
  if (goal.title.trim().length === 0) problems.push(problem('title', 'required'));
  if (goal.climate) {
    for (const field of CLIMATE_REQUIRED_FIELDS) {
      const value = goal.climate[field];
      if (value === undefined || value.trim().length === 0) problems.push(problem(`climate.${field}`, 'requiredForClimate'));
    }
  } else if (strategy) {
    for (const field of strategy.minimumGoalContent) {
      const present = field === 'horizon' ? goal.horizon !== undefined : hasContent(goal, field);
      if (!present) problems.push(problem(field, 'requiredByStrategy', { year: strategy.year }));
    }
  }
  problems.push(...lengthProblems(goal), ...climateRangeProblems(goal), ...targetProblems(goal));
  if (goal.sharedWithDepartmentIds.includes(goal.departmentId)) problems.push(problem('sharedWithDepartmentIds', 'sharedWithOwnDepartment'));
  return toResult(problems);
}

type Problems = FieldProblem<GoalValidationField>[];

function pushLength(problems: Problems, field: GoalValidationField, value: string | undefined, kind: 'singleLine' | 'multiLine'): void {
  const tooLong = lengthProblem(value, kind);
  if (tooLong) problems.push(problem(field, tooLong.code, tooLong.params));
}

function lengthProblems(goal: NewGoal): Problems {
  const problems: Problems = [];
  for (const spec of GOAL_TEXT_FIELDS) pushLength(problems, spec.field, goal[spec.field], spec.kind);
  if (goal.climate) for (const spec of CLIMATE_TEXT_FIELDS) pushLength(problems, `climate.${spec.field}`, goal.climate[spec.field], spec.kind);
  if (goal.target) pushLength(problems, 'target.unit', goal.target.unit, 'singleLine');
  return problems;
}

function climateRangeProblems(goal: NewGoal): Problems {
  const problems: Problems = [];
  if (!goal.climate) return problems;
  for (const sdg of goal.climate.sdgs) if (!isSdgNumber(sdg)) problems.push(problem('climate.sdgs', 'sdgUnknown', { sdg, min: 1, max: 17 }));
  if (new Set(goal.climate.sdgs).size !== goal.climate.sdgs.length) problems.push(problem('climate.sdgs', 'sdgTwice'));
  const effect: number | undefined = goal.climate.resourceEffect;
  if (effect !== undefined && !(Number.isInteger(effect) && effect >= 1 && effect <= 5)) {
    problems.push(problem('climate.resourceEffect', 'resourceEffectRange', { value: effect, min: 1, max: 5 }));
  }
  return problems;
}

function targetProblems(goal: NewGoal): Problems {
  const problems: Problems = [];
  const target = goal.target;
  if (!target) return problems;
  if (!Number.isFinite(target.value)) problems.push(problem('target.value', 'notANumber'));
  if (target.unit.trim().length === 0) problems.push(problem('target.unit', 'targetUnitRequired'));
  if (target.baseline !== undefined && !Number.isFinite(target.baseline)) problems.push(problem('target.baseline', 'notANumber'));
  return problems;
}
