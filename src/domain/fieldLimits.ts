// SharePoint's text limits, enforced in the domain so a form can say so at the field instead of
// the server failing the whole save: a single line of text holds at most 255 characters, a
// multi-line (Note) column at most 63,999 when it is not appended-only rich text.

export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63999;

export type TextKind = 'singleLine' | 'multiLine';

export function maxLengthOf(kind: TextKind): number {
  return kind === 'singleLine' ? SINGLE_LINE_MAX : MULTI_LINE_MAX;
}

/** The problem with a text that does not fit its column, or undefined when it fits. The code says
 * which column kind (a single line or a text field); the params give the numbers the text needs. */
export function lengthProblem(
  value: string | undefined,
  kind: TextKind
): { code: 'tooLongLine' | 'tooLongText'; params: { max: number; length: number; over: number } } | undefined {
  if (value === undefined) {
    return undefined;
  }
  const max = maxLengthOf(kind);
  if (value.length <= max) {
    return undefined;
  }
  return { code: kind === 'singleLine' ? 'tooLongLine' : 'tooLongText', params: { max, length: value.length, over: value.length - max } };
}
