// Validation of a goal: the minimum content the year's strategy demands, SharePoint's text limits,
// and the ranges of the climate annex and target. Messages are Danish and name the field.
import type { GoalContentField, NewGoal, Strategy } from './types';
import { CLIMATE_TEXT_FIELDS, GOAL_CONTENT_LABELS, GOAL_TEXT_FIELDS, type ClimateTextField, type GoalTextField, hasContent } from './goalFields';
import { lengthMessage } from './fieldLimits';
import { isSdgNumber } from './sdgs';
import { type FieldMessage, type ValidationResult, toResult } from './validationResult';

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

/** The heading a field has in the year's template, so a message names the field as the form shows it. */
export type ContentLabel = (field: GoalContentField) => string;

export function validateGoal(goal: NewGoal, strategy: StrategyRules | undefined, labelOf: ContentLabel = (f) => GOAL_CONTENT_LABELS[f]): ValidationResult<GoalValidationField> {
  const messages: FieldMessage<GoalValidationField>[] = [];

  if (goal.title.trim().length === 0) {
    messages.push({ field: 'title', code: 'required', message: '»Titel« skal udfyldes.' });
  }
  if (goal.climate) {
    for (const field of CLIMATE_REQUIRED_FIELDS) {
      const value = goal.climate[field];
      if (value === undefined || value.trim().length === 0) {
        messages.push({
          field: `climate.${field}`,
          code: 'required',
          message: `»${climateLabel(field)}« skal udfyldes for et klimatiltag.`
        });
      }
    }
  } else if (strategy) {
    messages.push(...minimumContentMessages(goal, strategy, labelOf));
  }
  messages.push(...lengthMessages(goal));
  messages.push(...climateRangeMessages(goal));
  messages.push(...targetMessages(goal));
  if (goal.sharedWithDepartmentIds.includes(goal.departmentId)) {
    messages.push({
      field: 'sharedWithDepartmentIds',
      code: 'invalid',
      message: '»Fællesmål med« kan ikke indeholde målets egen afdeling.'
    });
  }
  return toResult(messages);
}

function minimumContentMessages(goal: NewGoal, strategy: StrategyRules, labelOf: ContentLabel): FieldMessage<GoalValidationField>[] {
  const messages: FieldMessage<GoalValidationField>[] = [];
  for (const field of strategy.minimumGoalContent) {
    const present = field === 'horizon' ? goal.horizon !== undefined : hasContent(goal, field);
    if (!present) {
      messages.push({
        field,
        code: 'required',
        message: `»${labelOf(field)}« skal udfyldes: DUS ${strategy.year} kræver det i alle udviklingsmål.`
      });
    }
  }
  return messages;
}

function lengthMessages(goal: NewGoal): FieldMessage<GoalValidationField>[] {
  const messages: FieldMessage<GoalValidationField>[] = [];
  for (const spec of GOAL_TEXT_FIELDS) {
    const message = lengthMessage(spec.label, goal[spec.field], spec.kind);
    if (message) {
      messages.push({ field: spec.field, code: 'tooLong', message });
    }
  }
  if (goal.climate) {
    for (const spec of CLIMATE_TEXT_FIELDS) {
      const message = lengthMessage(spec.label, goal.climate[spec.field], spec.kind);
      if (message) {
        messages.push({ field: `climate.${spec.field}`, code: 'tooLong', message });
      }
    }
  }
  if (goal.target) {
    const message = lengthMessage('Målsætning, enhed', goal.target.unit, 'singleLine');
    if (message) {
      messages.push({ field: 'target.unit', code: 'tooLong', message });
    }
  }
  return messages;
}

function climateRangeMessages(goal: NewGoal): FieldMessage<GoalValidationField>[] {
  const messages: FieldMessage<GoalValidationField>[] = [];
  if (!goal.climate) {
    return messages;
  }
  for (const sdg of goal.climate.sdgs) {
    if (!isSdgNumber(sdg)) {
      messages.push({
        field: 'climate.sdgs',
        code: 'outOfRange',
        message: `»Verdensmål« ${sdg} findes ikke; vælg verdensmål mellem 1 og 17.`
      });
    }
  }
  if (new Set(goal.climate.sdgs).size !== goal.climate.sdgs.length) {
    messages.push({ field: 'climate.sdgs', code: 'invalid', message: '»Verdensmål« må kun vælges én gang hver.' });
  }
  const effect: number | undefined = goal.climate.resourceEffect;
  if (effect !== undefined && !(Number.isInteger(effect) && effect >= 1 && effect <= 5)) {
    messages.push({
      field: 'climate.resourceEffect',
      code: 'outOfRange',
      message: `»Ressourceeffekt« skal være et helt tal fra 1 (lav effekt) til 5 (høj effekt), ikke ${effect}.`
    });
  }
  return messages;
}

function targetMessages(goal: NewGoal): FieldMessage<GoalValidationField>[] {
  const messages: FieldMessage<GoalValidationField>[] = [];
  const target = goal.target;
  if (!target) {
    return messages;
  }
  if (!Number.isFinite(target.value)) {
    messages.push({ field: 'target.value', code: 'invalid', message: '»Målsætning, værdi« skal være et tal.' });
  }
  if (target.unit.trim().length === 0) {
    messages.push({
      field: 'target.unit',
      code: 'required',
      message: '»Målsætning, enhed« skal udfyldes, fx "pct." eller "antal".'
    });
  }
  if (target.baseline !== undefined && !Number.isFinite(target.baseline)) {
    messages.push({ field: 'target.baseline', code: 'invalid', message: '»Målsætning, udgangspunkt« skal være et tal.' });
  }
  return messages;
}

function climateLabel(field: ClimateTextField): string {
  const spec = CLIMATE_TEXT_FIELDS.find((f) => f.field === field);
  return spec ? spec.label : field;
}
