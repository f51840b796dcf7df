import { createTheme, type PartialTheme } from '@fluentui/react';

// Teams tells a tab its theme ('default', 'dark', 'contrast'); the web part follows it so it does
// not sit as a white box in a dark Teams. On SharePoint pages the section's theme applies instead.
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

const DARK = createTheme({
  palette: {
    themePrimary: '#7f85f5',
    themeLighterAlt: '#05050a',
    themeLighter: '#141527',
    themeLight: '#262849',
    themeTertiary: '#4c5093',
    themeSecondary: '#6f75d7',
    themeDarkAlt: '#8c91f6',
    themeDark: '#9ea2f7',
    themeDarker: '#b8bbf9',
    neutralLighterAlt: '#292929',
    neutralLighter: '#2f2f2f',
    neutralLight: '#3a3a3a',
    neutralQuaternaryAlt: '#414141',
    neutralQuaternary: '#474747',
    neutralTertiaryAlt: '#636363',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f'
  },
  isInverted: true
});

const HIGH_CONTRAST = createTheme({
  palette: {
    themePrimary: '#ffff01',
    themeLighterAlt: '#0a0a00',
    themeLighter: '#292900',
    themeLight: '#4d4d00',
    themeTertiary: '#999900',
    themeSecondary: '#e0e000',
    themeDarkAlt: '#ffff19',
    themeDark: '#ffff3d',
    themeDarker: '#ffff70',
    neutralLighterAlt: '#0b0b0b',
    neutralLighter: '#151515',
    neutralLight: '#252525',
    neutralQuaternaryAlt: '#2f2f2f',
    neutralQuaternary: '#373737',
    neutralTertiaryAlt: '#595959',
    neutralTertiary: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000'
  },
  isInverted: true
});

export function isTeamsThemeName(value: unknown): value is TeamsThemeName {
  return value === 'default' || value === 'dark' || value === 'contrast';
}

/** undefined means the default (light) Fluent theme. */
export function teamsThemeToFluent(name: string | undefined): PartialTheme | undefined {
  if (name === 'dark') return DARK;
  if (name === 'contrast') return HIGH_CONTRAST;
  return undefined;
}
