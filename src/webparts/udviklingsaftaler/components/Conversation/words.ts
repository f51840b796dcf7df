// The words of the approval conversation (issue #17), built from codes and the Conversation loc
// group: Danish dates as people write them ("6. dec.", "3. dec. 2019") and the count with its
// grammatical number ("1 opgave", "2 opgaver").
import { format } from '../common/format';

type Words = IUdviklingsaftalerStrings['Conversation'];

/** "6. dec. 2026" in the reader's time zone; without the year when `withYear` is false. */
export function shortDate(iso: string, words: Pick<Words, 'Months'>, withYear: boolean = true): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getDate()}. ${words.Months[d.getMonth()]}`;
  return withYear ? `${day} ${d.getFullYear()}` : day;
}

/** "6. dec." within the current year, "6. dec. 2019" before it. */
export function dateNear(iso: string, words: Pick<Words, 'Months'>, now: Date = new Date()): string {
  return shortDate(iso, words, new Date(iso).getFullYear() !== now.getFullYear());
}

export function taskCountText(words: Pick<Words, 'TaskCountOne' | 'TaskCountMany'>, count: number): string {
  return count === 1 ? words.TaskCountOne : format(words.TaskCountMany, count);
}
