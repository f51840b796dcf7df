// Text helpers of the agreement document: multi-line list text as paragraphs and bullet lists,
// Danish dates for "Aftalens tilblivelse", Danish enumerations, and safe download file names.
// Pure: the Dokument view, the .docx generator and the tests share them.
import type { Milestone } from './types';
import { danishDateText } from './danishDate';

export interface ListItem {
  text: string;
  /** 0 for a top-level bullet, 1 for a bullet under it ("  - " in the stored text). */
  level: number;
}

export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: ListItem[] } | { kind: 'heading'; text: string };

// The lists store bullets as lines starting with "- " (the seeds transcribe "•", "▪" and "○" so);
// two spaces of indent per level. A sub-heading inside a text (the 2022 DUS's "Ledelsesspænd"
// under track 2) is a line starting with "# ": rendered as a heading, never shown as "#".
const BULLET = /^(\s*)[-•▪○]\s+(.*)$/;
const HEADING = /^#{1,3}\s+(.*\S)\s*$/;

/** Splits stored multi-line text into paragraphs and bullet lists, in order. */
export function textBlocks(text: string | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of (text ?? '').split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const heading = HEADING.exec(raw);
    const bullet = BULLET.exec(raw);
    if (heading) {
      blocks.push({ kind: 'heading', text: heading[1].trim() });
    } else if (bullet) {
      const item: ListItem = { text: bullet[2].trim(), level: Math.min(2, Math.floor(bullet[1].replace(/\t/g, '  ').length / 2)) };
      const last = blocks[blocks.length - 1];
      if (last && last.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', text: raw.trim() });
    }
  }
  return blocks;
}

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
