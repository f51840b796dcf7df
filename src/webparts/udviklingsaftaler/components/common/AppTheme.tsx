// The app's theme for Fluent UI: what Fluent's ThemeProvider gives its children (the merged theme
// for useTheme, the Customizer settings that `styled` components read their theme from, focus
// rectangles scoped to the app, the theme's body text on the root), without its `makeStyles`.
// makeStyles adds a `unload` listener to the window (microsoft/fluentui#35750, open): an unload
// listener keeps the page out of the browser's back/forward cache, Chromium is retiring the event
// (https://developer.chrome.com/docs/web-platform/deprecating-unload), and on a reload it ran in
// the old page's teardown on the way to the new page (issue 21, decision 0015).
import * as React from 'react';
import {
  CustomizerContext,
  FocusRectsProvider,
  mergeStyles,
  mergeThemes,
  ThemeContext,
  useTheme,
  type ICustomizerContext,
  type PartialTheme
} from '@fluentui/react';

export interface IAppThemeProps {
  /** The host's theme (SharePoint's site theme, Teams' theme); Fluent's default when undefined. */
  theme?: PartialTheme;
  children?: React.ReactNode;
}

export const AppTheme: React.FC<IAppThemeProps> = ({ theme, children }) => {
  const parent = useTheme();
  const merged = React.useMemo(() => mergeThemes(parent, theme), [parent, theme]);
  const customizer = React.useMemo<ICustomizerContext>(
    () => ({ customizations: { inCustomizerContext: true, settings: { theme: merged }, scopedSettings: merged.components ?? {} } }),
    [merged]
  );
  const className = React.useMemo(() => {
    const { semanticColors, fonts } = merged;
    return mergeStyles({
      color: semanticColors.bodyText,
      background: semanticColors.bodyBackground,
      fontFamily: fonts.medium.fontFamily,
      fontWeight: fonts.medium.fontWeight,
      fontSize: fonts.medium.fontSize,
      MozOsxFontSmoothing: fonts.medium.MozOsxFontSmoothing,
      WebkitFontSmoothing: fonts.medium.WebkitFontSmoothing
    });
  }, [merged]);
  const root = React.useRef<HTMLDivElement>(null);
  const dir = merged.rtl === parent.rtl ? undefined : merged.rtl ? 'rtl' : 'ltr';
  return (
    <ThemeContext.Provider value={merged}>
      <CustomizerContext.Provider value={customizer}>
        <FocusRectsProvider providerRef={root}>
          <div ref={root} className={className} dir={dir}>
            {children}
          </div>
        </FocusRectsProvider>
      </CustomizerContext.Provider>
    </ThemeContext.Provider>
  );
};
