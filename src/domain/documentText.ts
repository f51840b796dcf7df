// Text helpers of the agreement document: multi-line list text as paragraphs and bullet lists,
// Danish dates for "Aftalens tilblivelse", Danish enumerations, and safe download file names.
// Pure: the Dokument view, the .docx generator and the tests share them.
import type { Milestone } from './types';
import { danishDateText } from './danishDateFormat';

// Paragraphs, bullet lists and sub-headings of stored text live in textBlocks.ts (the page renders
// them too, so they stay out of this module's weight); re-exported for the document's users.
export { textBlocks, type ListItem, type TextBlock } from './textBlocks';
import type { TextBlock } from './textBlocks';

/** The blocks as plain text lines (bullets prefixed), e.g. for a table cell's accessible text. */
export function blocksText(blocks: TextBlock[]): string {
  return blocks.map((b) => (b.kind === 'list' ? b.items.map((i) => `${'  '.repeat(i.level)}• ${i.text}`).join('\n') : b.text)).join('\n');
}

/** "2019-08-27" -> "27. august 2019" (danishDate.ts writes every date the product shows). */
export const danishDate = danishDateText;

/** The "Tidsrum" of a milestone as the document writes it: a date, a period, or its own words. */
export function milestoneWhen(milestone: Milestone): string {
  if (milestone.date && milestone.endDate) return `${danishDate(milestone.date)} – ${danishDate(milestone.endDate)}`;
  if (milestone.date) return danishDate(milestone.date);
  return milestone.note ?? '';
}

/** "A", "A og B", "A, B og C". */
export function danishList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/**
 * A download file name in Danish with the department and year: Danish letters, digits, spaces and
 * ",.-()&" are kept; characters Windows, SharePoint or Teams refuse (\ / : * ? " < > | # % ~ and
 * control characters) become a space; the name is at most 120 characters before the extension.
 */
export function safeFileName(name: string, extension: string): string {
  const cleaned = Array.from(name.normalize('NFC'))
    .map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|#%~{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const base = (cleaned || 'Udviklingsaftale').slice(0, 120).trim();
  return `${base}.${extension}`;
}
