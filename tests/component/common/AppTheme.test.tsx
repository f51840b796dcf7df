// AppTheme stands in for Fluent's ThemeProvider (issue 21, decision 0015): the same theme for the
// app's children, without the window `unload` listener Fluent's makeStyles adds (microsoft/fluentui#35750).
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { InjectionMode, PrimaryButton, Stylesheet, useTheme, type ITheme, type PartialTheme } from '@fluentui/react';
import { AppTheme } from '../../../src/webparts/udviklingsaftaler/components/common/AppTheme';

// The rules are kept in the stylesheet, not injected into the page: getRules() then reads them.
Stylesheet.getInstance().setConfig({ injectionMode: InjectionMode.none });

const THEME_PRIMARY = '#8a2be2';
const BODY_TEXT = '#2f4f4f';
const theme: PartialTheme = { palette: { themePrimary: THEME_PRIMARY }, semanticColors: { bodyText: BODY_TEXT } };

/** The CSS rules of the classes an element carries (merge-styles' own, `.root-105{...}`). */
function rulesOf(element: Element): string {
  const rules = Stylesheet.getInstance().getRules();
  return Array.from(element.classList)
    .flatMap((name) => rules.match(new RegExp(`\\.${name.replace(/[^\w-]/g, '\\$&')}\\{[^}]*\\}`, 'g')) ?? [])
    .join('\n');
}

/** A declaration `property:value` in a rule's text (not a longer property ending in it, like background-color). */
const declares = (rules: string, property: string, value: string): boolean =>
  rules.toLowerCase().includes(`{${property}:${value}`) || rules.toLowerCase().includes(`;${property}:${value}`);

const ThemeProbe: React.FC<{ seen: (theme: ITheme) => void }> = ({ seen }) => {
  const current = useTheme();
  seen(current);
  return <span data-testid="probe">{current.palette.themePrimary}</span>;
};

describe('AppTheme (the app root for Fluent UI themes)', () => {
  afterEach(() => jest.restoreAllMocks());

  it("adds no window 'unload' listener (Fluent's ThemeProvider did, through makeStyles)", () => {
    const added = jest.spyOn(window, 'addEventListener');
    render(
      <AppTheme theme={theme}>
        <PrimaryButton text="Gem" />
        <ThemeProbe seen={() => undefined} />
      </AppTheme>
    );
    expect(screen.getByRole('button', { name: 'Gem' })).toBeInTheDocument();
    expect(added.mock.calls.map(([type]) => type)).not.toContain('unload');
  });

  it('gives its children the merged theme (useTheme)', () => {
    let seen: ITheme | undefined;
    render(
      <AppTheme theme={theme}>
        <ThemeProbe seen={(current) => (seen = current)} />
      </AppTheme>
    );
    expect(seen?.palette.themePrimary).toBe(THEME_PRIMARY);
    expect(seen?.semanticColors.bodyText).toBe(BODY_TEXT);
    // Merged with Fluent's default theme: what the partial theme leaves out is still there.
    expect(seen?.palette.neutralPrimary).toMatch(/^#[0-9a-f]{6}$/i);
    expect(seen?.fonts.medium.fontFamily).toBeTruthy();
  });

  it("gives `styled` Fluent components the theme through the Customizer's settings", () => {
    render(
      <AppTheme theme={theme}>
        <PrimaryButton text="Gem" />
      </AppTheme>
    );
    const rules = rulesOf(screen.getByRole('button', { name: 'Gem' }));
    expect(declares(rules, 'background-color', THEME_PRIMARY)).toBe(true);
  });

  it("puts the theme's body text (colour and font) on its root", () => {
    let seen: ITheme | undefined;
    const { container } = render(
      <AppTheme theme={theme}>
        <ThemeProbe seen={(current) => (seen = current)} />
      </AppTheme>
    );
    const root = container.firstElementChild;
    expect(root?.contains(screen.getByTestId('probe'))).toBe(true);
    const rules = rulesOf(root as Element);
    expect(declares(rules, 'color', BODY_TEXT)).toBe(true);
    expect(declares(rules, 'font-family', String(seen?.fonts.medium.fontFamily).toLowerCase())).toBe(true);
  });
});
