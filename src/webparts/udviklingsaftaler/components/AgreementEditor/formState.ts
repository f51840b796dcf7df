// The editor's state: the agreement's content as the domain knows it, plus the raw text of the date
// inputs of "Aftalens tilblivelse", so "01-12-" while typing "01-12-2023" is neither lost nor a date.
import type { Milestone } from '../../../../domain';
import { dateInputText, parseDanishDate, type AgreementContent } from '../../../../domain/agreementContent';
import type { CodedProblem } from '../common/validationText';

export interface DateTexts {
  start: string;
  end: string;
}

export interface AgreementFormState {
  content: AgreementContent;
  /** One per milestone, in the same order. */
  dates: DateTexts[];
}

export function toFormState(content: AgreementContent): AgreementFormState {
  return { content, dates: content.milestones.map((m) => ({ start: dateInputText(m.date), end: dateInputText(m.endDate) })) };
}

/** A milestone's dates from its typed text: a date that does not parse is left out of the content
 * and reported by dateProblems, so nothing half-typed is ever saved as a date. */
export function withDateText(state: AgreementFormState, index: number, which: keyof DateTexts, text: string): AgreementFormState {
  const dates = state.dates.map((d, i) => (i === index ? { ...d, [which]: text } : d));
  const parsed = parseDanishDate(text);
  const key = which === 'start' ? 'date' : 'endDate';
  const milestones = state.content.milestones.map((m, i) => {
    if (i !== index) return m;
    const next: Milestone = { ...m };
    if (parsed.ok && parsed.value !== undefined) next[key] = parsed.value;
    else delete next[key];
    return next;
  });
  return { content: { ...state.content, milestones }, dates };
}

/** The problem of each date input whose text is not a date, keyed "milestones.<i>.<start|end>". */
export function dateProblems(state: AgreementFormState): Record<string, CodedProblem> {
  const problems: Record<string, CodedProblem> = {};
  state.dates.forEach((d, i) => {
    for (const which of ['start', 'end'] as const) {
      const parsed = parseDanishDate(d[which]);
      if (!parsed.ok) problems[`milestones.${i}.${which}`] = parsed;
    }
  });
  return problems;
}

/** Moves row `from` one step up (-1) or down (+1); out of range changes nothing. */
export function move<T>(rows: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
