import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample } from '../fixtures/services';
import type { AppServices } from '../../../src/services/AppServices';

// Issue 16: the page opened without a route lands on the user's own work; a deep link wins.
const da = loadLocale('da-dk');

function renderApp(services: AppServices, startView: 'afdeling' | 'overblik' = 'afdeling'): ReturnType<typeof render> {
  return render(<App strings={da} host="sharePoint" services={services} startView={startView} />);
}

beforeEach(() => {
  window.location.hash = '';
  window.localStorage.clear();
});

describe('first screen', () => {
  it('takes a leader or editor to their department in the newest year it has an agreement, in place of the route-less address', async () => {
    renderApp(fixtureServices(sample));
    await waitFor(() => expect(window.location.hash).toBe('#/afdeling/10/2020'));
    expect(await screen.findByTestId('department-view')).toBeInTheDocument();
  });

  it('shows the chooser when nothing tells the department; the one chosen is remembered for the next visit', async () => {
    const services = fixtureServices({ ...sample, user: { login: 'x@kommune.local', displayName: 'X' }, permissions: { groups: ['readers'] } });
    const { container, unmount } = renderApp(services);
    // The chooser is a lazy chunk: its first import in jest takes a moment under load.
    const chooser = await screen.findByTestId('first-screen-chooser', {}, { timeout: 15000 });
    expect(await screen.findByRole('heading', { name: da.Start.ChooserTitle })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    const link = screen.getByRole('link', { name: 'Byråds- og Direktionssekretariatet' });
    expect(link).toHaveAttribute('href', '#/afdeling/11');
    expect(chooser).toBeInTheDocument();
    fireEvent.click(link);
    window.location.hash = '#/afdeling/11';
    await waitFor(() => expect(screen.queryByTestId('first-screen-chooser')).not.toBeInTheDocument());
    await screen.findByTestId('department-view');
    await waitFor(() => expect(Object.values({ ...window.localStorage })).toContain('11'));
    unmount();
    window.location.hash = '';
    renderApp(services);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/afdeling\/11\/\d{4}$/));
  });

  it('a deep link always wins, and so does a start view other than the department', async () => {
    window.location.hash = '#/afdeling/11/2020';
    renderApp(fixtureServices(sample));
    await screen.findByTestId('department-view');
    expect(window.location.hash).toBe('#/afdeling/11/2020');
    window.location.hash = '';
    renderApp(fixtureServices(sample), 'overblik');
    await new Promise((r) => setTimeout(r, 50));
    expect(window.location.hash).toBe('');
  });
});
