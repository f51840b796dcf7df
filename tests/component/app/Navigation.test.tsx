import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { navKeyOf } from '../../../src/webparts/udviklingsaftaler/components/App/AppNavigation';
import { fixtureServices, sample } from '../fixtures/services';

const da = loadLocale('da-dk');

describe('app navigation', () => {
  it('links every view and marks the current one for screen readers', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const { container } = render(<App strings={da} host="sharePoint" services={fixtureServices(sample)} startView="afdeling" />);
    const nav = await screen.findByRole('navigation', { name: da.App.NavigationLabel });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      [da.Views.Department, '#/afdeling'],
      [da.Views.Tasks, '#/opgaver'],
      [da.Views.Overview, '#/overblik'],
      [da.Views.Strategy, '#/dus']
    ]);
    expect(within(nav).getByRole('link', { name: da.Views.Department })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: da.Views.Tasks })).not.toHaveAttribute('aria-current');
    await screen.findByTestId('track-matrix');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('counts the goal editor, the document and the follow-up as part of the department view', () => {
    expect(navKeyOf({ view: 'maal', goalId: 1 })).toBe('afdeling');
    expect(navKeyOf({ view: 'dokument', agreementId: 1 })).toBe('afdeling');
    expect(navKeyOf({ view: 'opfoelgning', agreementId: 1 })).toBe('afdeling');
    expect(navKeyOf({ view: 'overblik', year: 2023 })).toBe('overblik');
  });
});
