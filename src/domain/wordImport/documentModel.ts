// A Word document as the import reads it: a flat list of blocks (title, headings, paragraphs,
// list items, tables whose cells hold blocks). The .docx reader (src/services/wordImport) turns a
// file into this; recognition (recognise.ts) turns this into a mapping. Keeping the model this
// small lets the same recognition serve the browser, the CLI and the tests.

export type DocBlock =
  /** The document's title (Word's Title style). */
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: number; text: string }
  /** `strong`: the whole paragraph is bold (a caption like "Udgangspunkt for målet"). */
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'listItem'; level: number; text: string }
  | { kind: 'table'; rows: DocCell[][] };

export interface DocCell {
  blocks: DocBlock[];
}

/** A cell (or any run of blocks) as the lists store text: paragraphs on their own lines, list
 * items as "- " lines with two spaces of indent per level (documentText.textBlocks reads it back). */
export function blocksToStoredText(blocks: readonly DocBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'listItem') lines.push(`${'  '.repeat(b.level)}- ${b.text}`);
    else if (b.kind === 'table') lines.push(...b.rows.map((row) => row.map((c) => plainText(c.blocks)).join(' | ')));
    else if (b.text.trim() !== '') lines.push(b.text);
  }
  return lines.join('\n');
}

/** The text of blocks on one line each, without list markers (for labels and marks). */
export function plainText(blocks: readonly DocBlock[]): string {
  return blocks
    .map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => plainText(c.blocks)).join(' ')).join(' ') : b.text))
    .join('\n')
    .trim();
}
