// Dates as Danes type them (issue 16): one grammar for every typed date (DUS deadlines, the LMU
// meeting date, the steps of "Aftalens tilblivelse"), stored as yyyy-mm-dd. Dates are written for
// reading by danishDateFormat.ts (its own module, so the parser's users do not carry it).
import { isISODate } from './validationResult';

export type DateParse = { ok: true; value: string | undefined } | { ok: false; code: 'notADate'; params: { value: string } };

/**
 * A date as Danes type it: dd-mm-åååå, d-m-åååå or dd.mm.åååå (also with "/"), to yyyy-mm-dd.
 * Empty is "no date". Anything else, or a day that does not exist (31-02-2024), is refused with a
 * code (the UI says it: Validation.notADate) rather than guessed.
 */
export function parseDanishDate(input: string): DateParse {
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  const m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : '';
  if (!m || !isISODate(iso)) return { ok: false, code: 'notADate', params: { value: text } };
  return { ok: true, value: iso };
}

/** yyyy-mm-dd as the input shows it: dd-mm-åååå. */
export function dateInputText(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}
