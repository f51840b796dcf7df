import * as React from 'react';
import { textBlocks, type TextBlock } from '../../../../domain/textBlocks';

const paragraph: React.CSSProperties = { margin: '0 0 8px' };
const list: React.CSSProperties = { margin: '0 0 8px', paddingLeft: 24 };
const subHeading: React.CSSProperties = { margin: '12px 0 4px', fontSize: 14, fontWeight: 600 };

/** Stored text already split into paragraphs and bullet lists (documentText.ts). Rendered as
 * text, never as HTML: what a user typed cannot run in another user's browser. */
export const TextBlocks: React.FC<{ blocks: TextBlock[]; headingLevel?: 3 | 4 | 5 | 6 }> = ({ blocks, headingLevel = 5 }) => (
  <>
    {blocks.map((block, i) =>
      block.kind === 'paragraph' ? (
        <p key={i} style={paragraph}>{block.text}</p>
      ) : block.kind === 'heading' ? (
        React.createElement(`h${headingLevel}`, { key: i, style: subHeading }, block.text)
      ) : (
        <ul key={i} style={list}>
          {block.items.map((item, j) => (
            <li key={j} style={item.level > 0 ? { marginLeft: item.level * 20 } : undefined}>{item.text}</li>
          ))}
        </ul>
      )
    )}
  </>
);

/** Multi-line list text as the Dokument view and the .docx show it: paragraphs and "- " bullet
 * lists, so what is written in the page reads the same in all three. */
export const Paragraphs: React.FC<{ text: string; headingLevel?: 3 | 4 | 5 | 6 }> = ({ text, headingLevel }) => <TextBlocks blocks={textBlocks(text)} headingLevel={headingLevel} />;
