// SharePoint's text limits, enforced in the domain so a form can say so at the field instead of
// the server failing the whole save: a single line of text holds at most 255 characters, a
// multi-line (Note) column at most 63,999 when it is not appended-only rich text.

export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63999;

export type TextKind = 'singleLine' | 'multiLine';

export function maxLengthOf(kind: TextKind): number {
  return kind === 'singleLine' ? SINGLE_LINE_MAX : MULTI_LINE_MAX;
}

/** Danish thousands separator, so 63999 reads "63.999" as the user expects. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A Danish message naming the field, or undefined when the value fits. */
export function lengthMessage(label: string, value: string | undefined, kind: TextKind): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const max = maxLengthOf(kind);
  if (value.length <= max) {
    return undefined;
  }
  const what = kind === 'singleLine' ? 'en enkelt linje' : 'et tekstfelt';
  return `»${label}« må højst have ${formatCount(max)} tegn (${what}); teksten har ${formatCount(value.length)} tegn. Forkort den med ${formatCount(value.length - max)} tegn.`;
}
