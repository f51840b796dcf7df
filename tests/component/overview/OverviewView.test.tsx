import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { fixtureServices, type FixtureData } from '../fixtures/services';
import type { AppServices } from '../../../src/services/AppServices';
import type { Department, Goal } from '../../../src/domain';
import { DataError } from '../../../src/data/errors/DataError';

const da = loadLocale('da-dk');

const dept = (id: number, title: string, kind: Department['kind'], parentId?: number): Department => ({ id, title, kind, parentId, editors: [], active: true });
const goal = (id: number, departmentId: number, trackIds: number[], requirementIds: number[]): Goal => ({
  id,
  agreementId: departmentId,
  departmentId,
  year: 2023,
  number: id,
  title: `Mål ${id}`,
  trackIds,
  policies: [],
  requirementIds,
  sharedWithDepartmentIds: [],
  stage: 'approved',
  evidence: []
});

/** Shaped like the 2023 seed: one agreement covers the sick-leave requirement, others lack it. */
const data: FixtureData = {
  user: { login: 'sekretariat.skanderborg@kommune.local', displayName: 'Sekretariatet' },
  permissions: { groups: ['secretariat'] },
  departments: [
    dept(1, 'Staben Økonomi, Digitalisering og Indkøb', 'staff'),
    dept(2, 'Indkøb & Udbud', 'department', 1),
    dept(3, 'HR staben', 'staff'),
    dept(4, 'Opkrævningen', 'team', 1)
  ],
  strategies: [
    { id: 1, year: 2023, title: 'DUS 2023', deadlines: [{ title: 'Aftaler afleveres til direktionen', date: '2023-01-31' }], minimumGoalContent: [] }
  ],
  tracks: [
    { id: 11, strategyId: 1, kind: 'track', number: 1, title: 'Den røde tråd' },
    { id: 12, strategyId: 1, kind: 'track', number: 2, title: 'God ledelse' }
  ],
  requirements: [
    { id: 21, strategyId: 1, number: 1, title: 'Noget vi skal holde op med', appliesTo: 'agreement' },
    { id: 23, strategyId: 1, number: 3, title: 'Lokale mål for fastholdelse af et lavt sygefravær', appliesTo: 'agreement' }
  ],
  agreements: [
    { id: 1, departmentId: 1, year: 2023, title: 'Aftale 2023', policies: [], milestones: [], stage: 'approved' },
    { id: 2, departmentId: 2, year: 2023, title: 'Indkøb 2023', policies: [], milestones: [], stage: 'draft' }
  ],
  goals: [goal(1, 1, [11, 12], [23]), goal(2, 1, [11], [21]), goal(3, 2, [12], [21])]
};

function renderOverview(services: AppServices, strings = da): ReturnType<typeof render> {
  window.location.hash = '#/overblik/2023';
  return render(<App strings={strings} host="sharePoint" services={services} startView="afdeling" />);
}

afterEach(() => {
  window.location.hash = '';
});

describe('Overblik', () => {
  it('shows the departments as a tree by stage, each linking to its department view', async () => {
    renderOverview(fixtureServices(data));
    const table = await screen.findByTestId('stage-table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('rowheader')[0].textContent);
    expect(rows).toEqual(['HR staben', 'Staben Økonomi, Digitalisering og Indkøb', 'Indkøb & Udbud', 'Opkrævningen']);
    expect(within(screen.getByTestId('stage-row-3')).getByText(da.Overview.NoAgreement)).toBeInTheDocument();
    // "Godkendt" once the approval log backs it.
    expect(await within(screen.getByTestId('stage-row-1')).findByText('Godkendt')).toBeInTheDocument();
    const link = within(screen.getByTestId('stage-row-2')).getByRole('link', { name: 'Indkøb & Udbud' });
    expect(link).toHaveAttribute('href', '#/afdeling/2/2023');
    expect(link).toHaveAttribute('data-interception', 'off');
  });

  it('shows a Stage the approval log does not back as "Ikke verificeret", not "Godkendt" (issue #15.1)', async () => {
    const services = fixtureServices(data);
    const verification = jest.fn(async () => ({ 'Agreements:1': { status: 'unverified' as const }, 'Agreements:2': { status: 'verified' as const } }));
    renderOverview({ ...services, approvals: { ...services.approvals, stageFacts: verification } });
    const row = await screen.findByTestId('stage-row-1');
    expect(await within(row).findByText(da.Approval.Unverified)).toBeInTheDocument();
    expect(within(row).queryByText(da.Approval.Verified)).toBeNull();
    // One read for every agreement of the year and its goals (the goals-per-stage chart).
    expect(verification).toHaveBeenCalledTimes(1);
    const [asked] = verification.mock.calls[0] as unknown as [Array<{ list: string; id: number }>];
    expect(asked.filter((t) => t.list === 'Agreements')).toEqual([
      { list: 'Agreements', id: 1 },
      { list: 'Agreements', id: 2 }
    ]);
    expect(asked.filter((t) => t.list === 'Goals').length).toBeGreaterThan(0);
  });

  it('says what happened, as the department view does: "Godkendt af direktionen 3. dec. 2019" (issue #17.5)', async () => {
    const services = fixtureServices(data);
    const stageFacts = jest.fn(async () => ({
      'Agreements:1': {
        status: 'verified' as const,
        kind: 'decided' as const,
        decision: 'approved' as const,
        deciders: { text: 'direktionen', groups: ['approvers' as const] },
        at: '2019-12-03T10:00:00Z',
        by: 'Gert Bach'
      }
    }));
    renderOverview({ ...services, approvals: { ...services.approvals, stageFacts } });
    const row = await screen.findByTestId('stage-row-1');
    await waitFor(() => expect(row.textContent?.replace(/[\uE000-\uF8FF]/g, '')).toContain('Godkendt af direktionen 3. dec. 2019'));
    expect(within(row).queryByText('Godkendt')).toBeNull();
  });

  it('heat map: a number in every cell, colour by count', async () => {
    renderOverview(fixtureServices(data));
    const row = within(await screen.findByTestId('heat-row-1')).getAllByRole('cell');
    // The track cells, then the uncoloured count of shared goals from others (#17.8).
    expect(row.map((c) => c.textContent)).toEqual(['2', '1', '0']);
    expect(row.map((c) => c.getAttribute('data-level'))).toEqual(['4', '2', null]);
    expect(
      within(screen.getByTestId('heat-row-3'))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['0', '0', '0']);
  });

  it('names the departments lacking the sick-leave requirement, and not teams', async () => {
    renderOverview(fixtureServices(data));
    const table = await screen.findByTestId('requirement-table');
    const header = within(table).getByRole('columnheader', { name: /sygefravær/ });
    const column = within(table).getAllByRole('columnheader').indexOf(header);
    const cell = (departmentId: number): string =>
      within(screen.getByTestId(`requirement-row-${departmentId}`)).getAllByRole('cell')[column - 1].textContent ?? '';
    expect(cell(1)).toBe(da.Overview.Covered);
    expect(cell(2)).toBe(da.Overview.Missing);
    expect(cell(3)).toBe(da.Overview.Missing);
    expect(screen.queryByTestId('requirement-row-4')).toBeNull();
    expect(screen.getByTestId('requirements-summary')).toHaveTextContent('2 afdelinger mangler mindst ét krav.');
  });

  it('lists late agreements against the hand-over deadline, and filters to them', async () => {
    renderOverview(fixtureServices(data));
    const late = await screen.findByTestId('late-list');
    expect(late).toHaveTextContent('Afleveringsfrist: 31. januar 2023');
    expect(
      within(late)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['HR staben (Ingen aftale)', 'Indkøb & Udbud (Stadie: Kladde)']);
    fireEvent.click(screen.getByRole('checkbox', { name: da.Overview.OnlyLate }));
    const rows = within(screen.getByTestId('stage-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
  });

  it('without a year in the route opens the newest year, and filters by stage', async () => {
    window.location.hash = '#/overblik';
    render(<App strings={da} host="sharePoint" services={fixtureServices(data)} startView="afdeling" />);
    expect(await screen.findByRole('heading', { name: 'Overblik 2023' })).toBeInTheDocument();
    await screen.findByTestId('stage-table');
    fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${da.Overview.FilterStage}`) }));
    fireEvent.click(await screen.findByRole('option', { name: da.Overview.NoAgreement }));
    const rows = within(screen.getByTestId('stage-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['HR staben']);
  });

  it('shows the secretariat-only action to the secretariat and hides it from others', async () => {
    const { unmount } = renderOverview(fixtureServices(data));
    expect(await screen.findByTestId('secretariat-actions')).toHaveTextContent(da.Overview.EditStrategy);
    expect(within(screen.getByTestId('secretariat-actions')).getByRole('button', { name: da.YearEnd.SendReminders })).toBeInTheDocument();
    // The organisation's outcome summary counts every goal, followed up or not.
    const counts = screen.getByTestId('outcome-counts');
    expect(within(counts).getByTestId('outcome-count-none')).toBeInTheDocument();
    unmount();
    renderOverview(fixtureServices({ ...data, permissions: { groups: ['readers'] } }));
    await screen.findByTestId('stage-table');
    expect(screen.queryByTestId('secretariat-actions')).toBeNull();
  });

  it('exports: the dialog offers the layouts and the download starts with the chosen one', async () => {
    const requests: unknown[] = [];
    const base = fixtureServices(data);
    const services = fixtureServices(data, {
      exports: {
        exportGoals: async (r) => {
          requests.push({ year: r.year, departmentId: r.departmentId, layout: r.layout, fileName: r.fileName });
          return base.exports.exportGoals(r);
        }
      }
    });
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:x';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('Udviklingsmål 2023.xlsx');
      expect(this.getAttribute('data-interception')).toBe('off');
    });
    renderOverview(services);
    fireEvent.click(await screen.findByRole('button', { name: da.Overview.Export.Button }));
    fireEvent.click(await screen.findByRole('radio', { name: da.Overview.Export.LayoutSingle }));
    fireEvent.click(screen.getByRole('button', { name: da.Overview.Export.Download }));
    await waitFor(() => expect(screen.getByRole('status', { name: '' })).toBeTruthy());
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(requests).toEqual([{ year: 2023, departmentId: undefined, layout: 'single', fileName: 'Udviklingsmål 2023' }]);
    expect(created[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    click.mockRestore();
  });

  it('shows a Danish error with a retry', async () => {
    let calls = 0;
    const base = fixtureServices(data);
    renderOverview(
      fixtureServices(data, {
        overview: {
          load: async (year) => {
            calls += 1;
            if (calls === 1) throw new DataError('throttled', { detail: 'x' });
            return base.overview.load(year);
          }
        }
      })
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.throttled));
    fireEvent.click(screen.getByRole('button', { name: da.Errors.Retry }));
    expect(await screen.findByTestId('stage-table')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderOverview(fixtureServices(data));
    await screen.findByTestId('stage-table');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders no literal text (pseudo-locale; list data marked as data)', async () => {
    const mark = (text: string): string => `⟦${text}⟧`;
    const marked: FixtureData = {
      ...data,
      departments: data.departments.map((d) => ({ ...d, title: mark(d.title) })),
      tracks: data.tracks.map((t) => ({ ...t, title: mark(t.title) })),
      requirements: data.requirements.map((r) => ({ ...r, title: mark(r.title) })),
      // Goal titles are list data too (the goals without a recent check-in are listed by title).
      goals: data.goals.map((g) => ({ ...g, title: mark(g.title) }))
    };
    const base = fixtureServices(marked);
    const services = fixtureServices(marked, {
      stageConfiguration: { ...base.stageConfiguration, stages: base.stageConfiguration.stages.map((s) => ({ ...s, label: mark(s.label) })) }
    });
    const { container } = renderOverview(services, pseudoLocalize(da));
    await screen.findByTestId('stage-table');
    expect(findUnlocalizedText(container)).toEqual([]);
  });
});
