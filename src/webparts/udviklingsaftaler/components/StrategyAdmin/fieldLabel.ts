// The label a validation message names a DUS field by, as the form shows it: "Udviklingsspor 2,
// Nummer", "Frist 1, titel". Rows are counted from 1, as the user counts.
import type { TrackKind } from '../../../../domain';
import type { StrategyValidationField } from '../../../../domain/strategyValidation';
import type { TextValues } from '../common/validationText';
import { format } from '../common/format';
import type { StrategyFormState } from './strategyFormState';

type Strings = Pick<IUdviklingsaftalerStrings, 'StrategyAdmin' | 'Department'>;

const KINDS: readonly TrackKind[] = ['track', 'theme', 'focusArea'];

/** The label and, for a track's problems, the name of its kind (the texts' {kind}). */
export function strategyFieldValues(strings: Strings, field: StrategyValidationField, state: StrategyFormState): TextValues {
  const s = strings.StrategyAdmin;
  const [part, index, sub] = field.split('.');
  const row = Number(index) + 1;
  switch (part) {
    case 'deadline':
      return { label: format(sub === 'date' ? s.DeadlineDate : s.DeadlineTitle, row) };
    case 'track': {
      const kind = state.tracks[row - 1]?.kind;
      const kindName = kind !== undefined && KINDS.includes(kind) ? strings.Department.TrackKinds[kind] : undefined;
      const rowName = kindName !== undefined ? `${kindName} ${row}` : format(s.TrackRow, row);
      const names = { title: s.TrackTitle, number: s.TrackNumber, description: s.TrackDescription, kind: s.TrackKind };
      return { label: `${rowName}, ${names[sub as keyof typeof names]}`, kind: kindName ?? '' };
    }
    case 'requirement': {
      const names = { title: s.RequirementTitle, number: s.RequirementNumber, description: s.RequirementDescription, appliesTo: s.AppliesTo };
      return { label: `${format(s.RequirementRow, row)}, ${names[sub as keyof typeof names]}` };
    }
    default: {
      const names = { title: s.FieldTitle, year: s.FieldYear, yearTo: s.FieldYearTo, vision: s.FieldVision, intro: s.FieldIntro };
      return { label: names[part as keyof typeof names] };
    }
  }
}
