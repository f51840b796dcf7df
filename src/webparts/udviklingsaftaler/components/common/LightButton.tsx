// Fluent's ActionButton and MessageBarButton as they look, from Fluent's own exported style
// functions, without Fluent's button code. BaseButton imports the ContextualMenu (and with it the
// Callout, FocusZone, Layer and Popup): about 300 KB of source the browser would compile before the
// department view's first paint, for the one button it shows there (the introduction's toggle) and
// the retry of an error (issue 21, docs/decisions/0016-first-paint-without-fluent-buttons.md).
// Markup and class names are BaseButton's (ms-Button, ms-Button-flexContainer, ms-Button-label…).
import * as React from 'react';
import { FontIcon, mergeStyleSets, useFocusRects, useTheme, type IButtonStyles, type ITheme } from '@fluentui/react';
import { getStyles as actionButtonStyles } from '@fluentui/react/lib/components/Button/ActionButton/ActionButton.styles';
import { getStyles as defaultButtonStyles } from '@fluentui/react/lib/components/Button/DefaultButton/DefaultButton.styles';
import { getStyles as messageBarButtonStyles } from '@fluentui/react/lib/components/Button/MessageBarButton/MessageBarButton.styles';

export type LightButtonKind = 'action' | 'messageBar';

/** The class names BaseButton gives an enabled button that has no menu and is not checked
 * (BaseButton.classNames.ts's getBaseButtonClassNames for that case). */
function classNamesOf(styles: IButtonStyles, variant: string): { root: string; flexContainer: string; textContainer: string; icon: string; label: string } {
  return mergeStyleSets({
    root: [
      'ms-Button',
      variant,
      styles.root,
      {
        ':hover': styles.rootHovered,
        ':hover .ms-Button-label': styles.labelHovered,
        ':hover .ms-Button-icon': styles.iconHovered,
        ':focus': styles.rootFocused,
        ':active': styles.rootPressed,
        ':active .ms-Button-icon': styles.iconPressed
      }
    ],
    flexContainer: ['ms-Button-flexContainer', styles.flexContainer],
    textContainer: ['ms-Button-textContainer', styles.textContainer],
    icon: ['ms-Button-icon', styles.icon],
    label: ['ms-Button-label', styles.label]
  });
}

function stylesOf(kind: LightButtonKind, theme: ITheme): { styles: IButtonStyles; variant: string } {
  return kind === 'action'
    ? { styles: actionButtonStyles(theme), variant: 'ms-Button--action ms-Button--command' }
    : { styles: defaultButtonStyles(theme, messageBarButtonStyles(theme)), variant: 'ms-Button--default' };
}

export interface ILightButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'type'> {
  kind: LightButtonKind;
  /** A Fluent icon's name, before the text (as iconProps.iconName). */
  iconName?: string;
  children: React.ReactNode;
}

/** A button that looks as Fluent's ActionButton (`kind="action"`) or MessageBarButton does. */
export const LightButton: React.FC<ILightButtonProps> = ({ kind, iconName, children, ...rest }) => {
  const theme = useTheme();
  // What BaseButton's FocusRects does: keyboard use marks the app's root (AppTheme's
  // FocusRectsProvider) so the focus style's outline shows; a mouse click does not.
  useFocusRects();
  const names = React.useMemo(() => {
    const { styles, variant } = stylesOf(kind, theme);
    return classNamesOf(styles, variant);
  }, [kind, theme]);
  return (
    <button type="button" {...rest} className={names.root} data-is-focusable="true">
      <span className={names.flexContainer}>
        {iconName && <FontIcon iconName={iconName} className={names.icon} aria-hidden="true" />}
        <span className={names.textContainer}>
          <span className={names.label}>{children}</span>
        </span>
      </span>
    </button>
  );
};
