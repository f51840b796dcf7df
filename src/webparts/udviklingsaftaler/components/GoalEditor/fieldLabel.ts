// The label a validation message names a goal's field by: the year's template heading for a content
// field (the form shows that heading), otherwise the editor's own label for the input.
import type { GoalContentField, GoalValidationField } from '../../../../domain';

type EditorStrings = IUdviklingsaftalerStrings['GoalEditor'];

export function goalFieldLabel(
  s: EditorStrings,
  fields: IUdviklingsaftalerStrings['GoalFields'],
  field: GoalValidationField,
  contentLabel: (field: GoalContentField) => string
): string {
  switch (field) {
    case 'purpose':
    case 'goalStatement':
    case 'activities':
    case 'involved':
    case 'followUpMethod':
    case 'citizenImpact':
    case 'horizon':
      return contentLabel(field);
    case 'title':
    case 'outcomeNote':
    case 'sharedWithDepartmentIds':
      return fields[field];
    case 'climate.sdgs':
      return s.Sdgs;
    case 'climate.resourceEffect':
      return s.ResourceEffect;
    case 'target.value':
      return s.TargetValue;
    case 'target.unit':
      return s.TargetUnit;
    case 'target.baseline':
      return s.TargetBaseline;
    default:
      return s.ClimateFields[field.slice('climate.'.length) as keyof EditorStrings['ClimateFields']];
  }
}
