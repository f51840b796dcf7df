// How a goal's field value reads to a person (conflict dialog, read-only view): names, not ids.
import { formatDanishNumber, type GoalKey, type NewGoal } from '../../../../domain';
import type { GoalEditorData } from '../../../../services/AppServices';

export function displayValue(
  key: GoalKey,
  value: unknown,
  data: Pick<GoalEditorData, 'tracks' | 'requirements' | 'departments' | 'previousYearGoals'>,
  strings: IUdviklingsaftalerStrings['GoalEditor']
): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return strings.ConflictEmpty;
  switch (key) {
    case 'trackIds':
      return (value as number[]).map((id) => data.tracks.find((t) => t.id === id)?.title ?? String(id)).join(', ');
    case 'requirementIds':
      return (value as number[]).map((id) => data.requirements.find((r) => r.id === id)?.title ?? String(id)).join(', ');
    case 'sharedWithDepartmentIds':
      return (value as number[]).map((id) => data.departments.find((d) => d.id === id)?.title ?? String(id)).join(', ');
    case 'continuesFromId':
      return data.previousYearGoals.find((g) => g.id === value)?.title ?? String(value);
    case 'horizon':
      return strings.Horizons[value as 'oneYear' | 'multiYear'] ?? String(value);
    case 'policies':
      return (value as string[]).join(', ');
    case 'evidence':
      return (value as NewGoal['evidence']).map((e) => e.text).join('; ');
    case 'target': {
      const t = value as NonNullable<NewGoal['target']>;
      return `${strings.Directions[t.direction]} ${formatDanishNumber(t.value)} ${t.unit}`.trim();
    }
    case 'climate': {
      const c = value as NonNullable<NewGoal['climate']>;
      return [c.description, c.deliverable].filter(Boolean).join(' · ') || strings.Climate;
    }
    default:
      return String(value);
  }
}
