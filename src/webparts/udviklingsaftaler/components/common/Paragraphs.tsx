import * as React from 'react';
import { textBlocks, type TextBlock } from '../../../../domain/textBlocks';

/** Stored text already split into paragraphs, bullet lists and sub-headings (textBlocks.ts).
 * Rendered as text, never as HTML: what a user typed cannot run in another user's browser.
 * Kept small: the department view in the main bundle renders it. */
export const TextBlocks: React.FC<{ blocks: TextBlock[]; headingLevel?: number }> = ({ blocks, headingLevel = 5 }) => (
  <>
    {blocks.map((b, i) =>
      b.kind === 'list' ? (
        <ul key={i} style={{ margin: '0 0 8px', paddingLeft: 24 }}>
          {b.items.map((item, j) => (
            <li key={j} style={{ marginLeft: item.level * 20 }}>
              {item.text}
            </li>
          ))}
        </ul>
      ) : b.kind === 'heading' ? (
        React.createElement(`h${headingLevel}`, { key: i, style: { margin: '12px 0 4px' } }, b.text)
      ) : (
        <p key={i} style={{ margin: '0 0 8px' }}>
          {b.text}
        </p>
      )
    )}
  </>
);

/** Multi-line list text as the Dokument view and the .docx show it: paragraphs, "- " bullet lists
 * and "# " sub-headings, so what is written in the page reads the same in all three. */
export const Paragraphs: React.FC<{ text: string; headingLevel?: number }> = ({ text, headingLevel }) => (
  <TextBlocks blocks={textBlocks(text)} headingLevel={headingLevel} />
);
