// Year-end outcome values (Albertslund's "Opfølgning"): stable codes, Danish labels.
import type { OutcomeCode } from './types';

export interface OutcomeOption {
  code: OutcomeCode;
  label: string;
}

/** In the order the follow-up view offers them. */
export const OUTCOMES: readonly OutcomeOption[] = [
  { code: 'achieved', label: 'Nået' },
  { code: 'partlyAchieved', label: 'Delvist nået' },
  { code: 'notAchieved', label: 'Ikke nået' },
  { code: 'changed', label: 'Ændret' },
  { code: 'dropped', label: 'Bortfaldet' },
  { code: 'continued', label: 'Videreføres' }
];

export function outcomeLabel(code: OutcomeCode): string {
  const option = OUTCOMES.find((o) => o.code === code);
  // OUTCOMES covers every OutcomeCode; the fallback only guards against data from outside.
  return option ? option.label : code;
}

/** Reads a stored Danish label (the Outcome choice column) back to its code. */
export function outcomeFromLabel(label: string): OutcomeCode | undefined {
  const option = OUTCOMES.find((o) => o.label === label);
  return option ? option.code : undefined;
}
