// A pseudo-locale (in the spirit of qps-ploc): every localized string is accented and wrapped in
// ⟦ ⟧. Rendering the app with it makes any text that did not come from the loc files stand out.
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž'
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function pseudoString(value: string): string {
  // Placeholders like {0} or {count} keep their names so formatting still works.
  const accented = value.replace(/\{[^}]*\}|[^{]+/g, (part) => (part.startsWith('{') ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch)));
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

export function pseudoLocalize<T>(strings: T): T {
  if (typeof strings === 'string') return pseudoString(strings) as unknown as T;
  if (Array.isArray(strings)) return strings.map((item) => pseudoLocalize(item)) as unknown as T;
  if (strings !== null && typeof strings === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(strings as Record<string, unknown>)) out[key] = pseudoLocalize(value);
    return out as T;
  }
  return strings;
}

/** Visible text outside the pseudo markers: digits, punctuation and white space are allowed.
 * Markers nest when a localized format wraps a marked value ("⟦⟦Opfølgning⟧ (békræftét)⟧"): the
 * innermost are taken out first, until none is left. */
export function unlocalizedFragments(text: string): string[] {
  const innermost = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g');
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(innermost, '\u0000');
  }
  return rest
    .split('\u0000')
    .map((part) => part.trim())
    .filter((part) => /[A-Za-zÆØÅæøå]/.test(part));
}
