import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample } from '../fixtures/services';
import { fixtureApprovals } from '../fixtures/approvals';
import type { AppServices } from '../../../src/services/AppServices';
import { DataError } from '../../../src/data/errors/DataError';

const da = loadLocale('da-dk');

function renderApp(services: AppServices): ReturnType<typeof render> {
  return render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
}

beforeEach(() => {
  window.location.hash = '';
});

describe('Afdelingens aftale (department dashboard)', () => {
  it('shows a shimmer while loading, then the agreement', async () => {
    renderApp(fixtureServices(sample));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('heading', { name: 'Udviklingsaftale 2020' })).toBeInTheDocument();
    expect(screen.getByTestId('agreement-stage')).toHaveTextContent('Godkendt');
  });

  it('draws the track matrix with an X exactly where a goal starts from a track, theme or policy', async () => {
    renderApp(fixtureServices(sample));
    const matrix = await screen.findByTestId('track-matrix');
    const headers = within(matrix)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Mål', 'Udviklingsspor 1Spor 1', 'Udviklingsspor 2Spor 2', 'Tværgående temaDigitalt lederskab', 'AndetDen økonomiske politik']);
    const marks = (goalId: number): string[] =>
      within(screen.getByTestId(`matrix-row-${goalId}`))
        .getAllByRole('cell')
        .map((c) => (c.textContent === 'X' ? 'X' : ''));
    expect(marks(1001)).toEqual(['X', '', 'X', 'X']);
    expect(marks(1002)).toEqual(['', 'X', '', '']);
    expect(marks(1003)).toEqual(['X', '', '', '']);
  });

  it('lists each requirement with the covering goal, or "Mangler"', async () => {
    renderApp(fixtureServices(sample));
    const list = await screen.findByTestId('requirement-coverage');
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Lokale mål for sygefravær');
    expect(items[0]).toHaveTextContent('Dækket af: Mål 1');
    expect(items[1]).toHaveTextContent('Mangler');
    expect(screen.getByRole('heading', { name: /Krav til aftalen \(1\/2\)/ })).toBeInTheDocument();
  });

  it('filters goals by title search and says so when nothing matches', async () => {
    renderApp(fixtureServices(sample));
    const list = await screen.findByTestId('goal-list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'anlæg' } });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'findes ikke' } });
    expect(screen.getByText(da.Department.NoGoalsMatch)).toBeInTheDocument();
  });

  it('says in Danish when members of an Entra ID group cannot be read, instead of silently dropping them (issue #14.5)', async () => {
    const services = fixtureServices(sample);
    const problem = 'Medlemmerne af Entra ID-gruppen »SG-Direktionen« i »Udviklingsaftaler - Godkendere« kan ikke læses.';
    const permissions = await services.permissions();
    const { container } = renderApp({ ...services, permissions: async () => ({ ...permissions, membershipProblems: [problem] }) });
    const warning = await screen.findByTestId('membership-warning');
    // MessageBar renders its text a moment later (for screen readers to announce it).
    await waitFor(() => expect(warning).toHaveTextContent(`${da.Approval.MembershipProblem}. ${problem}`));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an employee the Danish empty state, with nothing to create; "Din afdeling" only on their own department (issue 16)', async () => {
    window.location.hash = '#/afdeling/11/2020';
    const reader = {
      ...sample,
      agreements: sample.agreements.filter((a) => a.departmentId !== 10),
      permissions: { groups: ['readers' as const], canCreateGoals: false, editableDepartmentIds: [] }
    };
    const { unmount } = renderApp(fixtureServices(reader));
    expect(
      await screen.findByText(
        'Byråds- og Direktionssekretariatet har endnu ikke en udviklingsaftale for 2020. Den vises her, når afdelingens leder har oprettet den.'
      )
    ).toBeInTheDocument();
    expect(screen.queryByText(da.Empty.NoAgreementEmployee)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: da.GoalEditor.CreateAgreement })).not.toBeInTheDocument();
    unmount();
    // Department 10 is the fixture user's own.
    window.location.hash = '#/afdeling/10/2020';
    renderApp(fixtureServices(reader));
    expect(await screen.findByText(da.Empty.NoAgreementEmployee)).toBeInTheDocument();
  });

  it('next year is offered; before the secretariat has made its DUS, the leader is told so and whom to ask instead of a create button (issue 16)', async () => {
    const next = new Date().getFullYear() + 1;
    window.location.hash = '#/afdeling/11/2020';
    const { container } = renderApp(fixtureServices({ ...sample, permissions: { editableDepartmentIds: [11] } }));
    fireEvent.click(await screen.findByRole('combobox', { name: (name) => name.startsWith(da.Department.YearLabel) }));
    fireEvent.click(await screen.findByRole('option', { name: String(next) }));
    expect(await screen.findByText(da.Start.NoStrategyTitle)).toBeInTheDocument();
    expect(screen.getByText(da.Start.NoStrategy.replace(/\{0\}/g, String(next)))).toHaveTextContent('sekretariatet');
    expect(screen.queryByRole('button', { name: da.GoalEditor.CreateAgreement })).not.toBeInTheDocument();
    expect(window.location.hash).toBe(`#/afdeling/11/${next}`);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers the department\'s editor "Opret årets aftale", which creates the agreement and shows it', async () => {
    window.location.hash = '#/afdeling/11/2020';
    const data = { ...sample, agreements: [...sample.agreements], permissions: { editableDepartmentIds: [11] } };
    renderApp(fixtureServices(data));
    expect(await screen.findByText(da.Empty.NoAgreementLeader)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: da.GoalEditor.CreateAgreement }));
    expect(await screen.findByText('Udviklingsaftale 2020 for Byråds- og Direktionssekretariatet')).toBeInTheDocument();
    expect(data.agreements.some((a) => a.departmentId === 11 && a.year === 2020)).toBe(true);
    expect(await screen.findByRole('link', { name: da.GoalEditor.NewGoal })).toHaveAttribute(
      'href',
      `#/nyt-maal/${data.agreements[data.agreements.length - 1].id}`
    );
  });

  it('shows the outcome summary and the follow-up once the agreement reached its follow-up', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const agreements = sample.agreements.map((a) => ({ ...a, stage: 'followUp' }));
    const goals = sample.goals.map((g, i) => ({ ...g, outcome: i === 0 ? ('achieved' as const) : i === 1 ? ('continued' as const) : undefined }));
    renderApp(fixtureServices({ ...sample, agreements, goals }));
    const summary = await screen.findByTestId('outcome-summary');
    expect(within(summary).getByTestId('outcome-count-achieved')).toHaveTextContent('1');
    expect(within(summary).getByTestId('outcome-count-continued')).toHaveTextContent('1');
    expect(within(summary).getByTestId('outcome-count-none')).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: da.GoalEditor.FollowUp })).toHaveAttribute('href', '#/opfoelgning/1');
  });

  it('never shows a Stage the approval log does not back as approved', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const approvals = fixtureApprovals({ verification: { 'Agreements:1': 'unverified', 'Goals:1002': 'staleAfterApproval' } });
    renderApp(fixtureServices(sample, { approvals }));
    const stage = await screen.findByTestId('agreement-stage');
    await waitFor(() => expect(within(stage).getByTestId('verification-badge')).toHaveAttribute('data-status', 'unverified'));
    expect(stage).toHaveTextContent(da.Approval.Unverified);
    expect(within(stage).queryByText(da.Approval.Verified)).not.toBeInTheDocument();
    const goals = screen.getByTestId('goal-list');
    expect(
      within(goals)
        .getAllByTestId('verification-badge')
        .map((b) => b.getAttribute('data-status'))
    ).toEqual(['verified', 'staleAfterApproval', 'verified']);
    expect(goals).toHaveTextContent(da.Approval.Stale);
  });

  it("shows an agreement and a goal that SharePoint holds outside the department's folder as not verified, never as approved", async () => {
    window.location.hash = '#/afdeling/10/2020';
    const misfiled = {
      ...sample,
      agreements: sample.agreements.map((a) => ({ ...a, misfiled: 'outsideFolders' as const })),
      goals: sample.goals.map((g) => (g.id === 1002 ? { ...g, misfiled: 'otherFolder' as const } : g))
    };
    renderApp(fixtureServices(misfiled));
    const stage = await screen.findByTestId('agreement-stage');
    expect(within(stage).getByTestId('verification-badge')).toHaveAttribute('data-status', 'unverified');
    expect(within(stage).queryByText(da.Approval.Verified)).not.toBeInTheDocument();
    expect(screen.getAllByTestId('misfiled').map((n) => n.getAttribute('data-misfiled'))).toEqual(['outsideFolders', 'otherFolder']);
    expect(screen.getByText(da.Filing.OutsideFolders)).toBeInTheDocument();
    const goals = screen.getByTestId('goal-list');
    await waitFor(() =>
      expect(
        within(goals)
          .getAllByTestId('verification-badge')
          .map((b) => b.getAttribute('data-status'))
      ).toEqual(['verified', 'unverified', 'verified'])
    );
    expect(within(goals).getByText(da.Filing.OtherFolder)).toBeInTheDocument();
    expect(within(screen.getByTestId('track-matrix')).queryByText(/Lettere at være decentral leder/)).not.toBeInTheDocument();
    expect(within(screen.getByTestId('track-matrix')).getByText(/Digital ledelse/)).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it("offers the site owner, and only the site owner, to bring the department's access in step with the Departments list", async () => {
    window.location.hash = '#/afdeling/10/2020';
    const sync = jest.fn(async () => 3);
    const { unmount } = renderApp(fixtureServices({ ...sample, permissions: { isSiteOwner: true } }, { syncDepartmentAccess: sync }));
    fireEvent.click(await screen.findByRole('button', { name: da.Filing.SyncAccess }));
    expect(await screen.findByRole('status')).toHaveTextContent('Afdelingens mapper følger nu listen Afdelinger (3 ændringer).');
    expect(sync).toHaveBeenCalledWith(10);
    expect(await axeViolations(document.body)).toEqual([]);
    unmount();
    renderApp(fixtureServices(sample));
    await screen.findByRole('heading', { name: 'Udviklingsaftale 2020' });
    await screen.findByTestId('goal-list');
    expect(screen.queryByRole('button', { name: da.Filing.SyncAccess })).not.toBeInTheDocument();
  });

  it("shows the agreement's history on request", async () => {
    window.location.hash = '#/afdeling/10/2020';
    const approvals = fixtureApprovals({
      history: [
        {
          kind: 'decision',
          target: { list: 'Agreements', id: 1 },
          at: '2019-12-03T10:00:00Z',
          actor: 'Gert Bach',
          fromStageLabel: 'Til godkendelse i direktionen',
          toStageLabel: 'Godkendt',
          decision: 'approved',
          comment: 'Godkendt af direktionen',
          valid: true
        } as never
      ]
    });
    renderApp(fixtureServices(sample, { approvals }));
    fireEvent.click(await screen.findByRole('button', { name: da.Department.ShowHistory }));
    const timeline = await screen.findByTestId('history-timeline');
    expect(await within(timeline).findByText('Godkendt af direktionen')).toBeInTheDocument();
    expect(timeline).toHaveTextContent('Gert Bach');
  });

  it('offers a reader no edit action, only the document, even in an editable stage', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const agreements = sample.agreements.map((a) => ({ ...a, stage: 'draft' }));
    renderApp(fixtureServices({ ...sample, agreements, permissions: { groups: ['readers'], canCreateGoals: false, editableDepartmentIds: [] } }));
    expect(await screen.findByRole('link', { name: da.GoalEditor.Document })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: da.GoalEditor.NewGoal })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: da.Overview.Export.Button })).toBeInTheDocument();
  });

  it('shows a Danish error with a retry that loads again', async () => {
    let calls = 0;
    const base = fixtureServices(sample);
    const services = fixtureServices(sample, {
      loadDepartmentView: async (id, year) => {
        calls += 1;
        if (calls === 1) throw new DataError('network', { detail: 'boom' });
        return base.loadDepartmentView(id, year);
      }
    });
    renderApp(services);
    // MessageBar renders its text a moment later so screen readers announce it.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.network));
    fireEvent.click(screen.getByRole('button', { name: da.Errors.Retry }));
    expect(await screen.findByTestId('track-matrix')).toBeInTheDocument();
  });

  it('follows the hash route to another department and year', async () => {
    window.location.hash = '#/afdeling/10/2020';
    renderApp(fixtureServices(sample));
    expect(await screen.findByRole('heading', { name: 'Udviklingsaftale 2020' })).toBeInTheDocument();
  });

  it('has no axe violations when loaded', async () => {
    const { container } = renderApp(fixtureServices(sample));
    await screen.findByTestId('track-matrix');
    expect(await axeViolations(container)).toEqual([]);
  });
});
