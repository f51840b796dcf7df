// Fluent's Stack and Text for the department view's first commit: the same look (Fluent's own
// rules: Stack.styles.ts, Text.styles.ts), as plain elements with classes made once per look.
// Fluent's are `createComponent` components: each instance merges its styles and tokens into class
// names on every render, and the first commit has about thirty of them (the app's shell, the
// agreement's header, the matrix's and the requirements' headings and rows). Fluent's own stay in
// the views that load later (issue 21, docs/decisions/0016-first-paint-without-fluent-buttons.md).
import * as React from 'react';
import { mergeStyles, useTheme, type IFontStyles, type ITheme } from '@fluentui/react';

export interface ILightStackProps extends React.HTMLAttributes<HTMLElement> {
  as?: 'div' | 'main' | 'header' | 'nav' | 'section';
  horizontal?: boolean;
  wrap?: boolean;
  verticalAlign?: 'start' | 'center' | 'end';
  /** The gap between children, and the padding, in px (Fluent's tokens, numbers only). */
  tokens?: { childrenGap?: number; padding?: number };
  'data-testid'?: string;
}

const ALIGN = { start: 'flex-start', center: 'center', end: 'flex-end' } as const;
const stackClasses = new Map<string, string>();

/** Stack's look: a flex column (or row) whose children are set apart by the gap. A wrapping row
 * uses the gap for its rows and columns (Fluent draws it with an inner element and margins). */
function stackClass(horizontal: boolean, wrap: boolean, gap: number, padding: number, verticalAlign: ILightStackProps['verticalAlign']): string {
  const key = `${horizontal}|${wrap}|${gap}|${padding}|${verticalAlign ?? ''}`;
  let name = stackClasses.get(key);
  if (name === undefined) {
    const between = horizontal ? { marginLeft: gap } : { marginTop: gap };
    name = mergeStyles('ms-Stack', {
      display: 'flex',
      flexDirection: horizontal ? 'row' : 'column',
      flexWrap: wrap ? 'wrap' : 'nowrap',
      width: 'auto',
      height: 'auto',
      boxSizing: 'border-box',
      padding: padding || undefined,
      gap: wrap && gap > 0 ? gap : undefined,
      alignItems: verticalAlign && horizontal ? ALIGN[verticalAlign] : undefined,
      justifyContent: verticalAlign && !horizontal ? ALIGN[verticalAlign] : undefined,
      selectors: {
        '> *': { textOverflow: 'ellipsis' },
        ...(gap > 0 && !wrap ? { '> :not(:first-child)': between } : {})
      }
    });
    stackClasses.set(key, name);
  }
  return name;
}

/** Fluent's Stack, for the props the first commit uses. */
export const Stack: React.FC<ILightStackProps> = ({ as = 'div', horizontal = false, wrap = false, verticalAlign, tokens, className, ...rest }) => {
  const name = stackClass(horizontal, wrap, tokens?.childrenGap ?? 0, tokens?.padding ?? 0, verticalAlign);
  return React.createElement(as, { ...rest, className: className ? `${name} ${className}` : name });
};

export interface ILightTextProps extends React.HTMLAttributes<HTMLElement> {
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'h4';
  block?: boolean;
  variant?: keyof IFontStyles;
  'data-testid'?: string;
}

const textClasses = new WeakMap<ITheme, Map<string, string>>();

/** Text's look under the theme: the variant's font, the body text's colour, inline or block. */
function textClass(theme: ITheme, variant: keyof IFontStyles, block: boolean): string {
  let byLook = textClasses.get(theme);
  if (byLook === undefined) textClasses.set(theme, (byLook = new Map()));
  const key = `${variant}|${block}`;
  let name = byLook.get(key);
  if (name === undefined) {
    const font = theme.fonts[variant];
    // The font carries its smoothing (Fluent's Text repeats it without the leading dash, unread).
    name = mergeStyles(font, { color: font.color || theme.semanticColors.bodyText, display: block ? 'block' : 'inline' });
    byLook.set(key, name);
  }
  return name;
}

/** Fluent's Text, for the props the first commit uses. */
export const Text: React.FC<ILightTextProps> = ({ as = 'span', block = false, variant = 'medium', className, ...rest }) => {
  const name = textClass(useTheme(), variant, block);
  return React.createElement(as, { ...rest, className: className ? `${name} ${className}` : name });
};
