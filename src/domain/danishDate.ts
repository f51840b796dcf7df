// Dates as Danes type them (issue 16): one grammar for every typed date (DUS deadlines, the LMU
// meeting date, the steps of "Aftalens tilblivelse"), stored as yyyy-mm-dd.
import { isISODate } from './validationResult';

export type DateParse = { ok: true; value: string | undefined } | { ok: false; message: string };

/**
 * A date as Danes type it: dd-mm-åååå, d-m-åååå or dd.mm.åååå (also with "/"), to yyyy-mm-dd.
 * Empty is "no date". Anything else, or a day that does not exist (31-02-2024), is refused with a
 * Danish message rather than guessed.
 */
export function parseDanishDate(input: string): DateParse {
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  const m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : '';
  if (!m || !isISODate(iso)) return { ok: false, message: `»${text}« er ikke en dato. Skriv dd-mm-åååå, fx 01-12-2023.` };
  return { ok: true, value: iso };
}

/** yyyy-mm-dd as the input shows it: dd-mm-åååå. */
export function dateInputText(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}


// ---------------------------------------------------------------- Display (the one place dates are written)
// Two shapes and no other (issue 16): "1. december 2023" in running text (history, mails, the
// document), "01-12-2023" in tables and compact lists (as the Excel export's date cells). A value
// that is not a date is returned as is rather than hidden.

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2023-12-01" (or a timestamp's day) -> "1. december 2023". */
export function danishDateText(iso: string): string {
  const m = DAY.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])}. ${month} ${m[1]}` : iso;
}

/** "2023-12-01" -> "01-12-2023", for tables. */
export function danishDateShort(iso: string): string {
  const m = DAY.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A SharePoint timestamp (UTC) in the reader's own time: "19. januar 2023 kl. 10.05". */
export function danishDateTime(isoDateTime: string): string {
  const at = new Date(isoDateTime);
  if (!/T\d{2}:\d{2}/.test(isoDateTime) || Number.isNaN(at.getTime())) return danishDateText(isoDateTime);
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `${danishDateText(day)} kl. ${two(at.getHours())}.${two(at.getMinutes())}`;
}
