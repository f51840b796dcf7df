import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { ErrorMessage } from '../../../src/webparts/udviklingsaftaler/components/common/ErrorMessage';
import { StringsProvider } from '../../../src/webparts/udviklingsaftaler/components/strings/StringsContext';
import { DataError } from '../../../src/data/errors';
import type { AppServices, DepartmentViewData } from '../../../src/services/AppServices';
import type { Goal } from '../../../src/domain';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample, type FixtureData } from '../fixtures/services';
import { fixtureApprovals } from '../fixtures/approvals';

const da = loadLocale('da-dk');
const r = da.Resilience;

function renderApp(services: AppServices): ReturnType<typeof render> {
  return render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
}

const withDamagedGoal = (damage: Goal['damage']): FixtureData => ({
  ...sample,
  goals: sample.goals.map((g) => (g.id === 1002 ? { ...g, damage } : g))
});

beforeEach(() => {
  window.location.hash = '';
});

describe('a malformed route', () => {
  it.each(['#/afdeling/%', '#/maal/%E0%A4%A', '#/ukendt'])('%s shows a Danish message with a way home, not a blank app', async (hash) => {
    window.location.hash = hash;
    const { container } = renderApp(fixtureServices(sample));
    const notFound = await screen.findByTestId('route-not-found');
    expect(notFound).toHaveTextContent(r.RouteNotFoundTitle);
    const home = within(notFound).getByRole('link', { name: r.Home });
    expect(home).toHaveAttribute('href', '#/afdeling');
    expect(screen.getByTestId('app-navigation')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    act(() => {
      window.location.hash = '#/afdeling';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByTestId('department-view')).toBeInTheDocument();
    expect(screen.queryByTestId('route-not-found')).not.toBeInTheDocument();
  });
});

describe('the error boundary around each view', () => {
  it('shows a Danish message with "Prøv igen" when a view throws while rendering; retry mounts it anew', async () => {
    // The first read hands the view something it cannot render (as a bug would); the next is sound.
    let calls = 0;
    const services = fixtureServices(sample);
    const broken = async (departmentId: number, year: number): Promise<DepartmentViewData> => {
      const data = await services.loadDepartmentView(departmentId, year);
      calls += 1;
      return calls === 1 ? { ...data, goals: undefined as unknown as Goal[] } : data;
    };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#/afdeling/10/2020';
    const { container } = renderApp({ ...services, loadDepartmentView: broken });
    const alert = await screen.findByTestId('view-error');
    // Fluent's MessageBar renders its text a moment later (DelayedRender, for screen readers).
    await waitFor(() => expect(alert).toHaveTextContent(`${r.ViewFailedTitle}. ${r.ViewFailed}`));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Udviklingsaftaler');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(alert).getByRole('button', { name: r.Retry }));
    expect(await screen.findByTestId('track-matrix')).toBeInTheDocument();
    expect(screen.queryByTestId('view-error')).not.toBeInTheDocument();
    expect(calls).toBe(2);
    spy.mockRestore();
  });
});

describe('a damaged goal', () => {
  it('is shown as damaged in the department view while the rest renders', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const { container } = renderApp(fixtureServices(withDamagedGoal([{ field: 'evidence', code: 'unreadable' }])));
    const list = await screen.findByTestId('goal-list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const damaged = items.find((li) => li.getAttribute('data-damaged') === 'true');
    expect(damaged).toHaveTextContent('Lettere at være decentral leder');
    // MessageBar renders its text a moment later (Fluent's DelayedRender, for the live region).
    await waitFor(() => expect(damaged).toHaveTextContent('Målet kunne ikke læses helt: feltet Dokumentation er beskadiget.'));
    expect(screen.getAllByTestId('damage-notice')).toHaveLength(1);
    expect(screen.getByTestId('track-matrix')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('opens read-only in the goal editor, saying why', async () => {
    window.location.hash = '#/maal/1002';
    renderApp(fixtureServices(withDamagedGoal([{ field: 'evidence', code: 'unreadable' }])));
    const editor = await screen.findByTestId('goal-editor');
    // MessageBar renders its text a moment later (Fluent's DelayedRender, for the live region).
    await waitFor(() =>
      expect(within(editor).getByTestId('damage-notice')).toHaveTextContent(
        `Målet kunne ikke læses helt: feltet Dokumentation er beskadiget. ${r.DamagedReadOnly}`
      )
    );
    expect(within(editor).queryByRole('button', { name: da.GoalEditor.Save })).not.toBeInTheDocument();
    expect(within(editor).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('is named in Overblik with what is wrong and a link to it', async () => {
    window.location.hash = '#/overblik/2020';
    const { container } = renderApp(fixtureServices(withDamagedGoal([{ field: 'agreementId', code: 'missing' }])));
    const list = await screen.findByTestId('damaged-list');
    expect(list).toHaveTextContent('Målet kunne ikke læses helt: feltet Aftale mangler.');
    expect(within(list).getByRole('link', { name: 'Lettere at være decentral leder' })).toHaveAttribute('href', '#/maal/1002');
    expect(screen.getByTestId('overview-summary')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is named above the Dokument, which shows the rest', async () => {
    window.location.hash = '#/dokument/1';
    renderApp(fixtureServices(withDamagedGoal([{ field: 'evidence', code: 'unreadable' }])));
    const notice = await screen.findByTestId('damage-notice');
    await waitFor(() => expect(notice).toHaveTextContent('Lettere at være decentral leder: Målet kunne ikke læses helt: feltet Dokumentation er beskadiget.'));
    expect(screen.getByTestId('document-goal-1001')).toBeInTheDocument();
    expect(screen.getByTestId('document-goal-1002')).toBeInTheDocument();
  });
});

describe('links from stored data', () => {
  it('shows a javascript: minutes link in the history as text, an https one as a link', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const event = (minutesUrl: string, comment: string) =>
      ({
        kind: 'decision',
        target: { list: 'Agreements', id: 1 },
        at: '2019-11-03T10:00:00Z',
        actor: 'LMU',
        fromStageLabel: 'LMU-høring',
        toStageLabel: 'Til godkendelse i direktionen',
        decision: 'consulted',
        meetingDate: '2019-11-01',
        minutesUrl,
        comment,
        valid: true
      }) as never;
    const approvals = fixtureApprovals({
      history: [event('javascript:alert(document.cookie)', 'Farlig'), event('https://kommune.sharepoint.com/referat.docx', 'Sikker')]
    });
    const { container } = renderApp(fixtureServices(sample, { approvals }));
    fireEvent.click(await screen.findByRole('button', { name: da.Department.ShowHistory }));
    const timeline = await screen.findByTestId('history-timeline');
    await within(timeline).findByText('Farlig');
    const links = within(timeline).getAllByRole('link', { name: da.Approval.HistoryMinutes });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://kommune.sharepoint.com/referat.docx']);
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(within(timeline).getByTestId('minutes-text')).toHaveTextContent(
      'Referat (adressen er ikke en webadresse og vises som tekst): javascript:alert(document.cookie)'
    );
  });
});

describe('error messages match the action', () => {
  const renderError = (action?: 'read' | 'write') =>
    render(
      <StringsProvider strings={da}>
        <ErrorMessage error={new DataError('validation', { status: 400 })} action={action} />
      </StringsProvider>
    );

  it('a read refused as invalid never says a change was refused', async () => {
    renderError('read');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(r.ReadInvalid));
    expect(screen.getByRole('alert')).not.toHaveTextContent(/afviste ændringen/);
  });

  it('a write refused as invalid says so', async () => {
    renderError();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.validation));
  });

  it('a value SharePoint refuses as a duplicate (a unique column) is named in Danish, never left blank', async () => {
    render(
      <StringsProvider strings={da}>
        <ErrorMessage error={new DataError('duplicate', { status: 500 })} />
      </StringsProvider>
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.duplicate));
    expect(da.Errors.Kinds.duplicate).toMatch(/entydigt/);
  });

  it("the app's own refusal to write a damaged field names the field in Danish, never SharePoint's refusal (issue #15.6)", async () => {
    render(
      <StringsProvider strings={da}>
        <ErrorMessage error={new DataError('damaged', { fields: ['milestones', 'evidence'] })} />
      </StringsProvider>
    );
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(r.DamagedWrite.replace('{0}', `${r.DamageFields.milestones}, ${r.DamageFields.evidence}`))
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(/SharePoint afviste/);
  });

  it('the department view reads with action "read"', async () => {
    window.location.hash = '#/afdeling/10/2020';
    renderApp(
      fixtureServices(sample, {
        loadDepartmentView: async () => {
          throw new DataError('validation', { status: 400 });
        }
      })
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(r.ReadInvalid));
  });
});

describe('damage in the follow-up and in Mine opgaver', () => {
  it('the follow-up shows a damaged goal read-only, the other goals editable', async () => {
    const { materialise } = await import('../../../seed/materialise');
    const { skanderborg } = await import('../../../seed/skanderborg');
    const mat = materialise(skanderborg);
    const agreementId = mat.ids.agreements.get('sk-aftale-2023-okonomi-digitalisering-indkob') ?? 0;
    const own = mat.goals.filter((g) => g.agreementId === agreementId).sort((a, b) => a.id - b.id);
    const damagedId = own[0].id;
    const data: FixtureData = {
      user: { login: 'leder@kommune.local', displayName: 'Leder' },
      departments: mat.departments,
      strategies: mat.strategies,
      tracks: mat.tracks,
      requirements: mat.requirements,
      agreements: mat.agreements.map((a) => (a.id === agreementId ? { ...a, stage: 'followUp' } : a)),
      goals: mat.goals.map((g) => (g.id === damagedId ? { ...g, evidence: [], damage: [{ field: 'evidence', code: 'unreadable' as const }] } : g))
    };
    window.location.hash = `#/opfoelgning/${agreementId}`;
    renderApp(fixtureServices(data));
    const damaged = await screen.findByTestId(`followup-goal-${damagedId}`);
    await waitFor(() => expect(within(damaged).getByTestId('damage-notice')).toHaveTextContent(`feltet Dokumentation er beskadiget. ${r.DamagedReadOnly}`));
    expect(within(damaged).queryByRole('button', { name: da.YearEnd.Save })).not.toBeInTheDocument();
    expect(within(screen.getByTestId(`followup-goal-${own[1].id}`)).getByRole('button', { name: da.YearEnd.Save })).toBeInTheDocument();
  });

  it('Mine opgaver marks a goal whose agreement lookup is empty', async () => {
    const approvals = fixtureApprovals({
      tasks: [
        {
          target: { list: 'Goals', id: 1002 },
          title: 'Lettere at være decentral leder',
          departmentId: 10,
          departmentTitle: 'Staben',
          year: 2020,
          agreementId: 0,
          stage: 'leaderGroup',
          stageLabel: 'Ledergruppe',
          waitingSince: '2020-01-01T10:00:00Z',
          etag: '"1"',
          version: '2.0',
          goals: [],
          transitions: [],
          damage: [{ field: 'agreementId', code: 'missing' }]
        }
      ]
    });
    window.location.hash = '#/opgaver';
    renderApp(fixtureServices(sample, { approvals }));
    const task = await screen.findByTestId('task');
    await waitFor(() => expect(within(task).getByTestId('damage-notice')).toHaveTextContent('Målet kunne ikke læses helt: feltet Aftale mangler.'));
  });
});

describe('a damaged DUS', () => {
  it('names its unreadable deadlines in the DUS view', async () => {
    window.location.hash = '#/dus/2020';
    const strategies = sample.strategies.map((st) => ({ ...st, damage: [{ field: 'deadlines', code: 'unreadable' as const }] }));
    renderApp(fixtureServices({ ...sample, strategies }));
    const notice = await screen.findByTestId('damage-notice');
    await waitFor(() => expect(notice).toHaveTextContent('Årets DUS kunne ikke læses helt: feltet Frister er beskadiget.'));
  });
});
