// Links rendered from stored data. A list item's URL column (or any text a user or a hand-made
// REST call stored) may hold `javascript:`, `data:` or `vbscript:` addresses; rendered as an href
// they run script in the page (or in a mail client). Only absolute http(s) addresses become links;
// everything else is shown as text. One rule for every place that builds an href from data: the
// history's minutes link, the workflow e-mails' deep links and the reminders' link.
// The URL parser normalises what browsers normalise (leading blanks, tabs and newlines inside the
// scheme, upper case), so "  JaVa\tscript:" is recognised for what it is (WHATWG URL standard,
// https://url.spec.whatwg.org/#concept-basic-url-parser).

/** The address when it is an absolute http(s) URL, else undefined (show it as text, not a link). */
export function safeHttpUrl(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.hostname === '') return undefined;
  // The text as stored (trimmed): it parses to this same http(s) URL wherever it is followed.
  return trimmed;
}

/** Whether a stored address may be rendered as a link. */
export function isSafeHttpUrl(value: string | undefined | null): boolean {
  return safeHttpUrl(value) !== undefined;
}
