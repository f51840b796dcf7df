// Stored multi-line text as paragraphs, bullet lists and sub-headings: the one reading of the
// lists' plain text that the page, the Dokument view and the .docx share (issue 16), so what is
// written reads the same in all three. Text, never HTML. Pure and small: the main bundle uses it.

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
