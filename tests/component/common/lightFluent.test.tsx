// The department view's first commit draws Fluent's MessageBar, ActionButton, Stack and Text from
// Fluent's own style functions without their component code (issue 21, decision 0016): they must
// look and behave as Fluent's do.
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { ActionButton, InjectionMode, MessageBar, MessageBarType, Stack as FluentStack, Stylesheet, Text as FluentText } from '@fluentui/react';
import { AppTheme } from '../../../src/webparts/udviklingsaftaler/components/common/AppTheme';
import { LightButton } from '../../../src/webparts/udviklingsaftaler/components/common/LightButton';
import { Notice } from '../../../src/webparts/udviklingsaftaler/components/common/Notice';
import { Stack, Text } from '../../../src/webparts/udviklingsaftaler/components/common/layout';

// The rules are kept in the stylesheet, not injected into the page: getRules() then reads them.
Stylesheet.getInstance().setConfig({ injectionMode: InjectionMode.none });

const ERROR_BACKGROUND = '#fde7e9';

/** The declarations of the rules for the classes an element carries, without the class names
 * (merge-styles numbers them: `.root-105{…}` and `.root-212{…}` can hold the same look). */
function looksOf(element: Element): string[] {
  const rules = Stylesheet.getInstance().getRules();
  return (
    Array.from(element.classList)
      .flatMap((name) => rules.match(new RegExp(`\\.${name.replace(/[^\w-]/g, '\\$&')}(?![\\w-])[^{]*\\{[^}]*\\}`, 'g')) ?? [])
      .map((rule) => rule.replace(/\.[a-zA-Z][\w-]*-\d+/g, '.x'))
      // Fluent's Text also writes `moz-osx-font-smoothing` and `webkit-font-smoothing` without their
      // leading dash, which no browser reads (the variant's font carries the prefixed ones).
      .map((rule) => rule.replace(/;(moz-osx|webkit)-font-smoothing:[^;}]*/g, ''))
      .sort()
  );
}

describe('Notice (MessageBar without its buttons)', () => {
  it('is an alert with its text, drawn with MessageBar’s error look, and its retry is a button', () => {
    const retry = jest.fn();
    const { container } = render(
      <AppTheme>
        <Notice kind="error" action={{ label: 'Prøv igen', onClick: retry }}>
          Ingen forbindelse
        </Notice>
      </AppTheme>
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Ingen forbindelse');
    const root = container.querySelector('.ms-MessageBar');
    expect(root).toHaveClass('ms-MessageBar--error');
    expect(looksOf(root!).join('\n').toLowerCase()).toContain(`background:${ERROR_BACKGROUND}`);
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('looks as Fluent’s MessageBar of the same kind (the root’s and the icon’s rules)', () => {
    const { container } = render(
      <AppTheme>
        <div data-testid="light">
          <Notice kind="warning">Beskadiget</Notice>
        </div>
        <div data-testid="fluent">
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            Beskadiget
          </MessageBar>
        </div>
      </AppTheme>
    );
    const [light, fluent] = ['light', 'fluent'].map((id) => container.querySelector(`[data-testid="${id}"]`)!);
    for (const part of ['.ms-MessageBar', '.ms-MessageBar-content', '.ms-MessageBar-icon', '.ms-MessageBar-text']) {
      expect(looksOf(light.querySelector(part)!)).toEqual(looksOf(fluent.querySelector(part)!));
    }
    expect(screen.getAllByRole('status')).toHaveLength(2);
  });
});

describe('LightButton (ActionButton without BaseButton)', () => {
  it('looks as Fluent’s ActionButton: root, icon and label rules', () => {
    const { container } = render(
      <AppTheme>
        <div data-testid="light">
          <LightButton kind="action" iconName="ChevronDown">
            Vis indledning
          </LightButton>
        </div>
        <div data-testid="fluent">
          <ActionButton iconProps={{ iconName: 'ChevronDown' }}>Vis indledning</ActionButton>
        </div>
      </AppTheme>
    );
    const [light, fluent] = ['light', 'fluent'].map((id) => container.querySelector(`[data-testid="${id}"]`)!);
    for (const part of ['.ms-Button', '.ms-Button-flexContainer', '.ms-Button-icon', '.ms-Button-label']) {
      expect(looksOf(light.querySelector(part)!)).toEqual(looksOf(fluent.querySelector(part)!));
    }
  });

  it('shows its focus outline after keyboard use, as Fluent’s buttons do (the app root is marked)', () => {
    const { container } = render(
      <AppTheme>
        <LightButton kind="action">Vis indledning</LightButton>
      </AppTheme>
    );
    const root = container.firstElementChild!;
    expect(root).not.toHaveClass('ms-Fabric--isFocusVisible');
    // AppTheme's FocusRectsProvider listens on its root; a key pressed in the app reaches it.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Vis indledning' }), { key: 'Tab', which: 9, keyCode: 9 });
    expect(root).toHaveClass('ms-Fabric--isFocusVisible');
  });

  it('passes what it is given to the button (expanded, the click)', () => {
    const click = jest.fn();
    render(
      <AppTheme>
        <LightButton kind="action" aria-expanded={false} onClick={click}>
          Vis indledning
        </LightButton>
      </AppTheme>
    );
    const button = screen.getByRole('button', { name: 'Vis indledning' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(click).toHaveBeenCalledTimes(1);
  });
});

describe('Stack and Text (Fluent’s look, plain elements)', () => {
  it('Text has the variant’s font as Fluent’s Text has', () => {
    const { container } = render(
      <AppTheme>
        <Text block as="h2" variant="xLarge" data-testid="light">
          Titel
        </Text>
        <FluentText block as="h2" variant="xLarge" data-testid="fluent">
          Titel
        </FluentText>
      </AppTheme>
    );
    const [light, fluent] = ['light', 'fluent'].map((id) => container.querySelector(`[data-testid="${id}"]`)!);
    expect(light.tagName).toBe('H2');
    expect(looksOf(light)).toEqual(looksOf(fluent));
  });

  it('Stack sets its children apart by the gap, as Fluent’s Stack does', () => {
    const { container } = render(
      <AppTheme>
        <Stack tokens={{ childrenGap: 12 }} as="main" data-testid="light">
          <span>a</span>
        </Stack>
        <FluentStack tokens={{ childrenGap: 12 }} as="main" data-testid="fluent">
          <span>a</span>
        </FluentStack>
      </AppTheme>
    );
    const [light, fluent] = ['light', 'fluent'].map((id) => container.querySelector(`[data-testid="${id}"]`)!);
    expect(light.tagName).toBe('MAIN');
    const lightRules = looksOf(light).join('\n');
    expect(lightRules).toContain('flex-direction:column');
    expect(lightRules).toMatch(/:not\(:first-child\)\{margin-top:12px/);
    expect(looksOf(fluent).join('\n')).toMatch(/:not\(:first-child\)\{margin-top:12px/);
  });
});
