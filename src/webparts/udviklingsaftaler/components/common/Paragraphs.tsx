import * as React from 'react';

/** Multi-line list text as paragraphs. Text from lists is data: rendered as text, never as HTML. */
export const Paragraphs: React.FC<{ text: string }> = ({ text }) => (
  <>
    {text
      .split(/\n{2,}|\r\n\r\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
      .map((paragraph, index) => (
        <p key={index} style={{ margin: '0 0 8px', whiteSpace: 'pre-line' }}>{paragraph}</p>
      ))}
  </>
);
