// The property pane's start views "Opfølgning" and "Dokument" land on that view of the configured
// department's agreement of the year (not on the department view), or say there is none.
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { startRoute } from '../../../src/webparts/udviklingsaftaler/components/App/AppContent';
import { VIEW_KEYS } from '../../../src/webparts/udviklingsaftaler/hostKind';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample } from '../fixtures/services';

const da = loadLocale('da-dk');
const en = loadLocale('en-us');
// The view loads as lazy chunks after the dashboard context: allow a loaded machine its time.
const slow = { timeout: 10000 };

beforeEach(() => {
  window.location.hash = '';
});

describe('start views from the property pane', () => {
  it('every start view the property pane offers has a route of its own (none falls back to the department view)', () => {
    const routes = VIEW_KEYS.map((key) => startRoute(key));
    expect(routes.filter((r) => r.view === 'afdeling')).toHaveLength(1);
    expect(startRoute('opfoelgning')).toEqual({ view: 'start', target: 'opfoelgning' });
    expect(startRoute('dokument')).toEqual({ view: 'start', target: 'dokument' });
  });

  it('"Opfølgning" opens the follow-up of the configured department\'s agreement of the year', async () => {
    const { container } = render(<App strings={da} host="sharePoint" services={fixtureServices(sample)} startView="opfoelgning" configuredDepartmentId={10} />);
    const view = await screen.findByTestId('followup-view', {}, slow);
    expect(await within(view).findByText(/Digital ledelse/, {}, slow)).toBeInTheDocument();
    expect(screen.queryByTestId('department-view')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('"Dokument" opens the document of the configured department\'s agreement of the year', async () => {
    render(<App strings={da} host="sharePoint" services={fixtureServices(sample)} startView="dokument" configuredDepartmentId={10} />);
    const view = await screen.findByTestId('document-view', {}, slow);
    expect(await within(view).findByText(/Digital ledelse/, {}, slow)).toBeInTheDocument();
    expect(screen.queryByTestId('department-view')).toBeNull();
  });

  it('a department without an agreement for the year says so, in Danish and English, and links to its page', async () => {
    const { container, unmount } = render(
      <App strings={da} host="sharePoint" services={fixtureServices(sample)} startView="opfoelgning" configuredDepartmentId={11} />
    );
    const empty = await screen.findByTestId('start-no-agreement', {}, slow);
    expect(empty).toHaveTextContent('Opfølgning: ingen aftale for Byråds- og Direktionssekretariatet i 2020');
    expect(within(empty).getByRole('link', { name: da.StartView.ToDepartment })).toHaveAttribute('href', '#/afdeling/11/2020');
    expect(await axeViolations(container)).toEqual([]);
    unmount();
    render(<App strings={en} host="sharePoint" services={fixtureServices(sample)} startView="dokument" configuredDepartmentId={11} />);
    expect(await screen.findByTestId('start-no-agreement', {}, slow)).toHaveTextContent(
      'Document: no agreement for Byråds- og Direktionssekretariatet in 2020'
    );
  });
});
