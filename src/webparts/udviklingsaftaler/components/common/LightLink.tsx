// Fluent's Link as it looks (Fluent's exported Link.styles, its `ms-Link` class), as a plain
// anchor: the app's navigation is in every view's first commit, and Fluent's Link is a styled
// component that merges its styles on every render (issue 21,
// docs/decisions/0016-first-paint-without-fluent-buttons.md).
import * as React from 'react';
import { classNamesFunction, useFocusRects, useTheme, type ILinkStyleProps, type ILinkStyles } from '@fluentui/react';
import { getStyles } from '@fluentui/react/lib/components/Link/Link.styles';

const classNames = classNamesFunction<ILinkStyleProps, ILinkStyles>();

export interface ILightLinkProps extends React.AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  'data-interception'?: 'off';
  'data-testid'?: string;
}

/** A link that looks as Fluent's Link with an href does; `className` is merged after its look. */
export const LightLink: React.FC<ILightLinkProps> = ({ className, ...rest }) => {
  const theme = useTheme();
  // As Fluent's Link: keyboard use marks the app's root, so the focus style's outline shows.
  useFocusRects();
  const names = classNames(getStyles, { theme, className, isButton: false, isDisabled: false, isUnderlined: false });
  return <a {...rest} className={names.root} />;
};
