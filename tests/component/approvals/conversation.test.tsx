import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { StringsProvider } from '../../../src/webparts/udviklingsaftaler/components/strings/StringsContext';
import { AgreementConflictDialog } from '../../../src/webparts/udviklingsaftaler/components/AgreementEditor/AgreementConflictDialog';
import { HeatMapTable } from '../../../src/webparts/udviklingsaftaler/components/OverviewView/HeatMapTable';
import { StageActions } from '../../../src/webparts/udviklingsaftaler/components/Approval/StageActions';
import { ServicesProvider } from '../../../src/webparts/udviklingsaftaler/components/services/ServicesContext';
import { StageStatus } from '../../../src/webparts/udviklingsaftaler/components/DepartmentView/StageStatus';
import { TaskCountBadge } from '../../../src/webparts/udviklingsaftaler/components/TasksView/TaskCountBadge';
import { ReturnNoticeView } from '../../../src/webparts/udviklingsaftaler/components/Conversation/ReturnNoticeView';
import { dateNear, shortDate, taskCountText } from '../../../src/webparts/udviklingsaftaler/components/Conversation/words';
import { SKANDERBORG_STAGES, buildOverview } from '../../../src/domain';
import type { ApprovalTask, ReturnNote } from '../../../src/services/approvals/approvalTypes';
import type { AppServices } from '../../../src/services/AppServices';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample } from '../fixtures/services';
import { fixtureApprovals } from '../fixtures/approvals';
import { renderWithServices } from '../fixtures/render';

// Issue #17: the words and counts of the approval conversation.
const da = loadLocale('da-dk');
const en = loadLocale('en-us');

const returned: ReturnNote = {
  target: { list: 'Agreements', id: 1 },
  title: 'Udviklingsaftale 2020',
  by: 'Lene Leder',
  at: '2019-12-03T10:00:00Z',
  fromStage: 'leaderGroup',
  fromStageLabel: 'Ledergruppe',
  comment: 'Mål 1 mangler en opfølgning på virkningen.'
};

const task = (id: number, extra: Partial<ApprovalTask> = {}): ApprovalTask => ({
  target: { list: 'Goals', id },
  title: `Mål ${id}`,
  departmentId: 10,
  departmentTitle: 'Staben',
  year: 2020,
  agreementId: 1,
  stage: 'leaderGroup',
  stageLabel: 'Ledergruppe',
  waitingSince: '2020-01-01T09:00:00Z',
  etag: '"2"',
  version: '2.0',
  goals: [],
  transitions: SKANDERBORG_STAGES.transitions.filter((t) => t.from === 'leaderGroup'),
  ...extra
});

const wrap = (node: React.ReactNode, strings = da) => render(<StringsProvider strings={strings}>{node}</StringsProvider>);

describe('words of the conversation', () => {
  it('writes dates the Danish way, with the year only when it is not this year', () => {
    expect(shortDate('2019-12-03T10:00:00Z', da.Conversation)).toBe('3. dec. 2019');
    expect(shortDate('2026-05-06T10:00:00Z', da.Conversation, false)).toBe('6. maj');
    expect(dateNear('2026-12-06T10:00:00Z', da.Conversation, new Date('2026-12-24T12:00:00Z'))).toBe('6. dec.');
    expect(dateNear('2019-12-03T10:00:00Z', da.Conversation, new Date('2026-12-24T12:00:00Z'))).toBe('3. dec. 2019');
    expect(shortDate('not a date', da.Conversation)).toBe('');
  });

  it('counts tasks with Danish grammar: "1 opgave", "2 opgaver" (and English)', () => {
    expect(taskCountText(da.Conversation, 1)).toBe('1 opgave venter på dig');
    expect(taskCountText(da.Conversation, 2)).toBe('2 opgaver venter på dig');
    expect(taskCountText(en.Conversation, 1)).toBe('1 task is waiting for you');
  });
});

describe('the count on Mine opgaver', () => {
  it('says "1 opgave" for one task and "2 opgaver" for two', async () => {
    const one = fixtureServices(sample, { approvals: fixtureApprovals({ tasks: [task(5)] }) });
    const { unmount } = renderWithServices(<TaskCountBadge />, one, da);
    expect(await screen.findByText('1 opgave venter på dig')).toBeInTheDocument();
    unmount();
    const two = fixtureServices(sample, { approvals: fixtureApprovals({ tasks: [task(5), task(6)] }) });
    renderWithServices(<TaskCountBadge />, two, da);
    expect(await screen.findByText('2 opgaver venter på dig')).toBeInTheDocument();
  });

  it('follows a decision at once: the badge goes when the last task is decided', async () => {
    window.location.hash = '#/opgaver';
    const services = fixtureServices(sample, { approvals: fixtureApprovals({ tasks: [task(5)] }) });
    render(<App strings={da} host="teamsPersonalApp" services={services} startView="opgaver" />);
    expect(await screen.findByTestId('task-count')).toHaveTextContent('1 opgave venter på dig');
    const card = await screen.findByTestId('task');
    fireEvent.click(within(card).getByRole('button', { name: 'Godkendt i ledergruppen: send til LMU-høring' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Bekræft: Godkendt i ledergruppen: send til LMU-høring' }));
    expect(await screen.findByText(da.Approval.Empty)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('task-count')).not.toBeInTheDocument());
  });
});

describe('returns and comments on the task card', () => {
  it('shows the editor who returned it, when, from where, the comment and where "Send igen" goes', async () => {
    const { container } = wrap(<ReturnNoticeView note={returned} />);
    const notice = screen.getByTestId('return-notice');
    await waitFor(() => expect(notice).toHaveTextContent('Sendt retur. Sendt retur af Lene Leder 3. dec. 2019 fra »Ledergruppe«.'));
    expect(notice).toHaveTextContent('Kommentar: Mål 1 mangler en opfølgning på virkningen.');
    expect(notice).toHaveTextContent('Når det er rettet, kan det sendes igen direkte til »Ledergruppe«.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it("a returned draft in the editors' queue carries its return; a task in a queue carries the comment of the move", async () => {
    window.location.hash = '#/opgaver';
    const draft = task(8, {
      stage: 'draft',
      stageLabel: 'Kladde',
      returned: { ...returned, target: { list: 'Goals', id: 8 }, title: 'Mål 8' },
      transitions: [
        {
          from: 'draft',
          to: 'leaderGroup',
          label: 'Send igen til »Ledergruppe«',
          decision: 'submitted',
          allowedGroups: ['editors'],
          requiresComment: false,
          requiresMeeting: false
        }
      ]
    });
    const queued = task(9, { moveNote: { by: 'Rasmus Lund', at: '2019-12-06T10:00:00Z', comment: 'Rettet: baseline er nu 2018-tal.' } });
    const services = fixtureServices(sample, { approvals: fixtureApprovals({ tasks: [draft, queued] }) });
    const { container } = render(<App strings={da} host="teamsPersonalApp" services={services} startView="opgaver" />);
    const cards = await screen.findAllByTestId('task');
    await waitFor(() => expect(within(cards[0]).getByTestId('return-notice')).toHaveTextContent('Sendt retur af Lene Leder'));
    expect(within(cards[0]).getByRole('button', { name: 'Send igen til »Ledergruppe«' })).toBeInTheDocument();
    expect(within(cards[1]).getByTestId('move-note')).toHaveTextContent('Kommentar fra Rasmus Lund (6. dec. 2019):Rettet: baseline er nu 2018-tal.');
    expect(within(cards[1]).queryByTestId('return-notice')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('the department view shows the returns of its draft agreement and goals, and nothing for an agreement in another stage', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const draftSample = { ...sample, agreements: sample.agreements.map((a) => (a.id === 1 ? { ...a, stage: 'draft' } : a)) };
    const approvals = fixtureApprovals({ returns: { 'Agreements:1': returned } });
    const { container } = render(<App strings={da} host="sharePoint" services={fixtureServices(draftSample, { approvals })} startView="afdeling" />);
    const notice = await screen.findByTestId('return-notice');
    await waitFor(() => expect(notice).toHaveTextContent('Sendt retur af Lene Leder 3. dec. 2019 fra »Ledergruppe«.'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('an approved agreement asks for no returns', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const approvals = fixtureApprovals({ returns: { 'Agreements:1': returned } });
    const asked = jest.spyOn(approvals, 'returns');
    render(<App strings={da} host="sharePoint" services={fixtureServices(sample, { approvals })} startView="afdeling" />);
    await screen.findByTestId('department-view');
    await screen.findAllByTestId('verification-badge');
    expect(asked).not.toHaveBeenCalled();
    expect(screen.queryByTestId('return-notice')).not.toBeInTheDocument();
  });
});

describe('words of a stage (#17.5)', () => {
  const thisYear = new Date().getFullYear();
  it('a queue says who it waits for, when it was sent and by whom; a decision who decided and when', async () => {
    const { container, rerender } = wrap(
      <StageStatus
        stages={SKANDERBORG_STAGES}
        stage="leaderGroup"
        verification={{
          status: 'verified',
          kind: 'queue',
          deciders: { text: 'ledergruppen', groups: ['leaders'] },
          at: `${thisYear}-12-06T10:00:00Z`,
          by: 'Rasmus Lund'
        }}
      />
    );
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Venter på ledergruppen (sendt 6. dec. af Rasmus Lund)');
    expect(screen.queryByText(/bekræftet/)).not.toBeInTheDocument();
    rerender(
      <StringsProvider strings={da}>
        <StageStatus
          stages={SKANDERBORG_STAGES}
          stage="approved"
          verification={{
            status: 'verified',
            kind: 'decided',
            decision: 'approved',
            deciders: { text: 'direktionen', groups: ['approvers'] },
            at: '2019-12-03T10:00:00Z',
            by: 'Dorte'
          }}
        />
      </StringsProvider>
    );
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Godkendt af direktionen 3. dec. 2019');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('names the deciding groups when the stage has no words of its own', () => {
    wrap(
      <StageStatus
        stages={SKANDERBORG_STAGES}
        stage="leaderGroup"
        verification={{
          status: 'verified',
          kind: 'queue',
          deciders: { groups: ['leaders', 'secretariat'] },
          at: `${thisYear}-05-06T10:00:00Z`,
          by: 'Rasmus Lund'
        }}
      />
    );
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Venter på ledergruppen / sekretariatet (sendt 6. maj af Rasmus Lund)');
  });

  it('keeps "Ikke verificeret" and "Ændret efter godkendelse" as they are', () => {
    const { rerender } = wrap(<StageStatus stages={SKANDERBORG_STAGES} stage="approved" verification={{ status: 'unverified' }} />);
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Ikke verificeret');
    rerender(
      <StringsProvider strings={da}>
        <StageStatus stages={SKANDERBORG_STAGES} stage="approved" verification={{ status: 'staleAfterApproval' }} />
      </StringsProvider>
    );
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Ændret efter godkendelse');
    rerender(
      <StringsProvider strings={da}>
        <StageStatus stages={SKANDERBORG_STAGES} stage="approved" verification="verified" />
      </StringsProvider>
    );
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Godkendt');
  });
});

describe('the conflict dialog names who saved in between (#17.6)', () => {
  const merge = {
    merged: { policies: [], milestones: [], budgetChanges: [], sections: [], intro: 'Theirs' },
    conflicts: [{ key: 'intro' as const, mine: 'Mine', theirs: 'Theirs' }]
  };
  it("says who, from the item version's Editor", async () => {
    wrap(<AgreementConflictDialog merge={merge} savedBy="Lene Kjær" onResolve={() => undefined} onCancel={() => undefined} />);
    expect(await screen.findByText('Lene Kjær har gemt imens')).toBeInTheDocument();
    expect(screen.getByText(/^Lene Kjær har gemt ændringer, mens du redigerede\./)).toBeInTheDocument();
    expect(screen.queryByText(da.AgreementEditor.ConflictTitle)).not.toBeInTheDocument();
  });

  it('falls back to "En anden" when the versions could not be read', async () => {
    wrap(<AgreementConflictDialog merge={merge} onResolve={() => undefined} onCancel={() => undefined} />);
    expect(await screen.findByText(da.AgreementEditor.ConflictTitle)).toBeInTheDocument();
  });
});

describe('Overblik counts shared goals apart (#17.8)', () => {
  it("a unit without an agreement has no goals and no colour from a partner's shared goal; the shared goal is its own column", async () => {
    const overview = buildOverview({
      year: 2023,
      today: new Date(2023, 2, 1),
      strategy: undefined,
      config: SKANDERBORG_STAGES,
      requirements: [],
      tracks: [{ id: 1, strategyId: 1, kind: 'track', number: 1, title: 'Spor 1' }],
      departments: [
        { id: 1, title: 'Økonomi', kind: 'staff', editors: [], active: true },
        { id: 4, title: 'HR', kind: 'staff', editors: [], active: true }
      ],
      agreements: [{ id: 10, departmentId: 1, year: 2023, title: 'Aftale', policies: [], milestones: [], stage: 'approved' }],
      goals: [
        {
          id: 1,
          agreementId: 10,
          departmentId: 1,
          year: 2023,
          title: 'Fælles',
          trackIds: [1],
          requirementIds: [],
          sharedWithDepartmentIds: [4],
          stage: 'approved'
        }
      ]
    });
    const { container } = wrap(<HeatMapTable overview={overview} rows={overview.rows} />);
    const hr = screen.getByTestId('heat-row-4');
    const cells = within(hr).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['0', '1']);
    expect(cells[0]).toHaveAttribute('data-level', '0');
    expect(
      within(screen.getByTestId('heat-row-1'))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['1', '0']);
    expect(screen.getByRole('columnheader', { name: 'Fællesmål fra andre' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});

/** The agreement's stage actions, in Danish, over the given services. */
function renderStageActions(services: AppServices): ReturnType<typeof render> {
  return render(
    <StringsProvider strings={da}>
      <ServicesProvider services={services}>
        <StageActions target={{ list: 'Agreements', id: 1 }} title="Aftalen" />
      </ServicesProvider>
    </StringsProvider>
  );
}

describe('checks before sending (#17.4)', () => {
  const uncovered = {
    ...sample,
    agreements: sample.agreements.map((a) => ({ ...a, stage: 'draft' })),
    goals: sample.goals.map((g) => ({ ...g, requirementIds: [], stage: 'draft' }))
  };
  const withMove = (from: string, to: string) =>
    fixtureApprovals({
      tasks: [
        task(1, {
          target: { list: 'Agreements', id: 1 },
          stage: from,
          transitions: SKANDERBORG_STAGES.transitions.filter((t) => t.from === from && t.to === to)
        })
      ]
    });

  it('warns when sent to the leader group: the problems are listed and the move may go', async () => {
    const services = fixtureServices(uncovered, { approvals: withMove('draft', 'leaderGroup') });
    const { container } = renderStageActions(services);
    fireEvent.click(await screen.findByRole('button', { name: 'Send til ledergruppen' }));
    const checks = await screen.findByTestId('send-checks');
    expect(checks).toHaveAttribute('data-mode', 'warn');
    await waitFor(() => expect(checks).toHaveTextContent('Kravet »1. Lokale mål for sygefravær« dækkes ikke af noget mål.'));
    expect(screen.getByRole('button', { name: 'Bekræft: Send til ledergruppen' })).toBeEnabled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('blocks when sent to the board until the problems are fixed', async () => {
    const services = fixtureServices(uncovered, { approvals: withMove('lmuHearing', 'boardApproval') });
    renderStageActions(services);
    fireEvent.click(await screen.findByRole('button', { name: 'Behandlet i LMU' }));
    const checks = await screen.findByTestId('send-checks');
    expect(checks).toHaveAttribute('data-mode', 'block');
    await waitFor(() => expect(checks).toHaveTextContent('Aftalen kan ikke sendes videre, før dette er rettet:'));
    expect(screen.getByRole('button', { name: 'Bekræft: Behandlet i LMU' })).toBeDisabled();
  });
});

describe('nothing to do, nothing shown (issue 21: the agreement does not move)', () => {
  it('a user with no move on the item gets no empty group of actions', async () => {
    let asked = false;
    const approvals = fixtureApprovals({ tasks: [] });
    const services = fixtureServices(sample, {
      approvals: {
        ...approvals,
        actionsFor: async (target) => {
          asked = true;
          return approvals.actionsFor(target);
        }
      }
    });
    const { container } = renderStageActions(services);
    await waitFor(() => expect(asked).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId('stage-actions')).toBeNull();
    expect(container).toBeEmptyDOMElement();
  });

  it('the stage line says the log is being checked on the same icon-and-words line as the badge that follows', () => {
    render(
      <StringsProvider strings={da}>
        <StageStatus stages={SKANDERBORG_STAGES} stage="boardApproval" verification={undefined} />
      </StringsProvider>
    );
    const pending = screen.getByTestId('verification-pending');
    expect(pending).toHaveTextContent('kontrollerer godkendelsen');
    expect(pending.querySelector('[data-icon-name="HourGlass"]')).not.toBeNull();
  });
});
