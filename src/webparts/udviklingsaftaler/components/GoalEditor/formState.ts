// The editor's state: the goal as the domain knows it, plus the raw text of number inputs, so that
// "2," while typing "2,8" is neither lost nor turned into 2.
import { danishNumberText, parseDanishDecimal, type GoalTarget, type NewGoal } from '../../../../domain';

export interface NumberTexts {
  number: string;
  targetValue: string;
  baseline: string;
  baselineYear: string;
}

export interface GoalFormState {
  goal: NewGoal;
  texts: NumberTexts;
}

/** "2,8" reads as 2.8 and "1.000" as 1000; "" as undefined; anything else (also the ambiguous
 * "2.8") as NaN, with a message at the field. The grammar is the domain's (parseDanishDecimal). */
export function parseDanishNumber(text: string): number | undefined {
  const parsed = parseDanishDecimal(text);
  return parsed.ok ? parsed.value : Number.NaN;
}

/** The input's text for a stored number, unrounded, so loading a goal never changes its value. */
const numberText = danishNumberText;

export function toFormState(goal: NewGoal): GoalFormState {
  return {
    goal,
    texts: {
      number: goal.number === undefined ? '' : String(goal.number),
      targetValue: numberText(goal.target?.value),
      baseline: numberText(goal.target?.baseline),
      baselineYear: goal.target?.baselineYear === undefined ? '' : String(goal.target.baselineYear)
    }
  };
}

export type NumberField = keyof NumberTexts;

/** Applies a number input's text to the goal: valid numbers land in the goal, others stay text. */
export function withNumberText(state: GoalFormState, field: NumberField, text: string): GoalFormState {
  const texts = { ...state.texts, [field]: text };
  const parsed = parseDanishNumber(text);
  const usable = parsed !== undefined && Number.isFinite(parsed) ? parsed : undefined;
  const goal = { ...state.goal };
  if (field === 'number') {
    goal.number = usable !== undefined && Number.isInteger(usable) && usable >= 1 && usable <= 999 ? usable : undefined;
  } else if (goal.target) {
    const target: GoalTarget = { ...goal.target };
    if (field === 'targetValue') target.value = parsed === undefined ? Number.NaN : (usable ?? Number.NaN);
    if (field === 'baseline') target.baseline = usable;
    if (field === 'baselineYear') target.baselineYear = usable !== undefined && Number.isInteger(usable) ? usable : undefined;
    goal.target = target;
  }
  return { goal, texts };
}

/** Messages for number inputs whose text is not a usable number (the domain sees only numbers). */
export type NumberProblem = 'number' | 'year' | 'format' | 'ambiguous';

/** 'ambiguous' for "2.8" (the domain refuses to guess), 'format' for anything else that is no number. */
function decimalProblem(text: string): 'format' | 'ambiguous' | undefined {
  const parsed = parseDanishDecimal(text);
  return parsed.ok ? undefined : parsed.code === 'numberAmbiguous' ? 'ambiguous' : 'format';
}

export function numberTextProblems(texts: NumberTexts, hasTarget: boolean): Partial<Record<NumberField, NumberProblem>> {
  const problems: Partial<Record<NumberField, NumberProblem>> = {};
  const n = parseDanishNumber(texts.number);
  if (n !== undefined && !(Number.isInteger(n) && n >= 1 && n <= 999)) problems.number = 'number';
  if (hasTarget) {
    const v = decimalProblem(texts.targetValue);
    if (v) problems.targetValue = v;
    const b = decimalProblem(texts.baseline);
    if (b) problems.baseline = b;
    if (texts.baselineYear.trim() !== '' && !/^\d{4}$/.test(texts.baselineYear.trim())) problems.baselineYear = 'year';
  }
  return problems;
}
