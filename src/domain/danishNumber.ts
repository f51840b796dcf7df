// The one grammar for numbers typed in the product (issue 16): Danes write a decimal comma and a
// thousands dot. "1.000" is one thousand, "2,8" is 2.8, "1.000,5" is 1000.5. "2.8" is refused as
// ambiguous: it is 2,8 to whoever pasted it from an English spreadsheet and nonsense as thousands,
// and a silently wrong target is worse than a question. Every numeric input uses this parser.

export type DecimalParse = { ok: true; value: number | undefined } | { ok: false; code: 'numberUnreadable' | 'numberAmbiguous'; params: { value: string } };

const DANISH = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const DECIMAL_DOT = /^-?\d+\.\d+$/;

/** Empty input is "no value" (undefined); anything else is a number or a problem code (the UI
 * says it with the typed text: Validation.numberUnreadable, Validation.numberAmbiguous). */
export function parseDanishDecimal(input: string): DecimalParse {
  const shown = input.trim();
  const text = shown.replace(/\s+/g, '');
  if (text === '') return { ok: true, value: undefined };
  if (DANISH.test(text)) return { ok: true, value: Number(text.replace(/\./g, '').replace(',', '.')) };
  if (DECIMAL_DOT.test(text)) {
    return { ok: false, code: 'numberAmbiguous', params: { value: shown } };
  }
  return { ok: false, code: 'numberUnreadable', params: { value: shown } };
}

/** A number as Danes read it, unrounded: 1000.5 → "1000,5" (no thousands dot in an input, so what
 * is shown parses back to the same value). */
export function danishNumberText(value: number | undefined): string {
  return value === undefined ? '' : String(value).replace('.', ',');
}
