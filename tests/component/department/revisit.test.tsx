// Instant revisits (issue 21): the department view paints at once from what the browser kept of
// the last visit, marked as being refreshed, and offers no action until the server has answered.
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { fixtureServices, sample } from '../fixtures/services';
import type { AppServices, DepartmentViewData } from '../../../src/services/AppServices';
import { DataError } from '../../../src/data/errors/DataError';

const da = loadLocale('da-dk');

function renderApp(services: AppServices): ReturnType<typeof render> {
  return render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
}

/** The fixture with its view read held until `release` is called. */
function heldServices(scope?: string): { services: AppServices; release(): void; reads: () => number } {
  const base = fixtureServices(sample);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let reads = 0;
  const services: AppServices = {
    ...base,
    storageScope: scope ?? base.storageScope,
    loadDepartmentView: async (id: number, year: number): Promise<DepartmentViewData> => {
      reads += 1;
      await gate;
      return base.loadDepartmentView(id, year);
    }
  };
  return { services, release: () => release(), reads: () => reads };
}

const actions = (): HTMLElement | null => screen.queryByRole('group', { name: da.GoalEditor.BasicsSection });

beforeEach(() => {
  window.location.hash = '';
  window.localStorage.clear();
});

it('a first visit waits for the server; a revisit shows the last data at once, without actions until it is fresh', async () => {
  const first = renderApp(fixtureServices(sample));
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  await screen.findByRole('heading', { name: 'Udviklingsaftale 2020' });
  await waitFor(() => expect(actions()).not.toBeNull());
  first.unmount();

  const held = heldServices();
  renderApp(held.services);
  // On screen before the server answered: the agreement and its matrix, marked as being refreshed.
  expect(await screen.findByRole('heading', { name: 'Udviklingsaftale 2020' })).toBeInTheDocument();
  expect(screen.getByTestId('track-matrix')).toBeInTheDocument();
  expect(screen.getByTestId('view-refreshing')).toHaveTextContent(da.App.Refreshing);
  expect(held.reads()).toBe(1);
  // Nothing stale can be acted on: no action group (edit, new goal, export), no stage actions.
  await new Promise((r) => setTimeout(r, 50));
  expect(actions()).toBeNull();
  expect(screen.queryByRole('button', { name: /Eksport/ })).toBeNull();

  held.release();
  await waitFor(() => expect(screen.queryByTestId('view-refreshing')).toBeNull());
  await waitFor(() => expect(actions()).not.toBeNull());
});

it("another user (or site) on the same browser never sees the first one's copy", async () => {
  const first = renderApp(fixtureServices(sample));
  await screen.findByRole('heading', { name: 'Udviklingsaftale 2020' });
  first.unmount();

  const other = heldServices('fixture|someone.else@kommune.local');
  renderApp(other.services);
  await waitFor(() => expect(other.reads()).toBe(1));
  expect(screen.queryByRole('heading', { name: 'Udviklingsaftale 2020' })).toBeNull();
  expect(screen.getAllByRole('progressbar').length).toBeGreaterThan(0);
  other.release();
  await screen.findByRole('heading', { name: 'Udviklingsaftale 2020' });
  // The first user's entries were removed when the second one's were written.
  expect(Object.keys(window.localStorage).filter((k) => k.includes('view:department')).length).toBe(1);
  expect(window.localStorage.getItem('udviklingsaftaler:view:index')).toContain('someone.else');
});

it('a refused read removes the kept copies (what was read fresh after it may be kept again)', async () => {
  const first = renderApp(fixtureServices(sample));
  await screen.findByRole('heading', { name: 'Udviklingsaftale 2020' });
  first.unmount();
  const base = fixtureServices(sample);
  renderApp({ ...base, loadDepartmentView: async () => Promise.reject(new DataError('forbidden')) });
  await screen.findByRole('alert');
  expect(window.localStorage.getItem('udviklingsaftaler:view:index') ?? '').not.toContain('department:');
  expect(Object.keys(window.localStorage).filter((k) => k.includes('view:department'))).toEqual([]);
});
