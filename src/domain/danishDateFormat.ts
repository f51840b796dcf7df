// The one place dates are written for reading (issue 16): "1. december 2023" in running text
// (history, mails, the document), "01-12-2023" in tables and compact lists (as the Excel export's
// date cells), "19. januar 2023 kl. 10.05" for a moment. Never ISO. A value that is not a date is
// returned as is rather than hidden. Its own module so the main bundle, which parses dates, does
// not carry the month names (every view that writes dates is a lazy chunk).

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
