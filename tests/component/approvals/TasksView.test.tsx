import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { StringsProvider } from '../../../src/webparts/udviklingsaftaler/components/strings/StringsContext';
import { renderWithServices } from '../fixtures/render';
import { VerificationBadge } from '../../../src/webparts/udviklingsaftaler/components/Approval/VerificationBadge';
import { HistoryTimeline } from '../../../src/webparts/udviklingsaftaler/components/Approval/HistoryTimeline';
import { StageActions } from '../../../src/webparts/udviklingsaftaler/components/Approval/StageActions';
import { TaskCountBadge } from '../../../src/webparts/udviklingsaftaler/components/TasksView/TaskCountBadge';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { SKANDERBORG_STAGES, type StageTransition } from '../../../src/domain';
import type { ApprovalTask, HistoryEvent } from '../../../src/services/approvals/approvalTypes';
import { DataError } from '../../../src/data/errors/DataError';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { fixtureServices, sample } from '../fixtures/services';
import { fixtureApprovals, type ApprovalFixture } from '../fixtures/approvals';

const da = loadLocale('da-dk');
const pseudo = pseudoLocalize(da);
const from = (stage: string): StageTransition[] => SKANDERBORG_STAGES.transitions.filter((t) => t.from === stage);

const task = (id: number, list: 'Agreements' | 'Goals', stage: string, stageLabel: string, waitingSince: string, title: string): ApprovalTask => ({
  target: { list, id },
  title,
  departmentId: 10,
  departmentTitle: 'Staben Økonomi, Innovation og IT',
  year: 2023,
  agreementId: list === 'Agreements' ? id : 1,
  stage,
  stageLabel,
  waitingSince,
  etag: '"3"',
  version: '3.0',
  goals: list === 'Agreements' ? [{ id: 5, title: 'Mål' }] : [],
  transitions: from(stage)
});

const tasks = [
  task(1, 'Agreements', 'boardApproval', 'Til godkendelse i direktionen', '2023-02-01T09:00:00Z', 'Udviklingsaftale 2023'),
  task(7, 'Goals', 'boardApproval', 'Til godkendelse i direktionen', '2023-02-03T09:00:00Z', 'Digital ledelse'),
  task(2, 'Agreements', 'lmuHearing', 'LMU-høring', '2023-02-04T09:00:00Z', 'Udviklingsaftale 2023 for HR')
];

function renderTasks(data: ApprovalFixture, strings = da) {
  window.location.hash = '#/opgaver';
  const approvals = fixtureApprovals(data);
  const services = fixtureServices(sample, { approvals });
  const view = render(<App strings={strings} host="teamsPersonalApp" services={services} startView="opgaver" />);
  return { ...view, approvals };
}

describe('Mine opgaver', () => {
  it('lists the tasks oldest first with stage, unit and waiting time, and no axe violations', async () => {
    const { container } = renderTasks({ tasks });
    const list = await screen.findByTestId('task-list');
    const items = within(list).getAllByTestId('task');
    expect(items.map((i) => within(i).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Udviklingsaftale 2023',
      'Digital ledelse',
      'Udviklingsaftale 2023 for HR'
    ]);
    expect(items[0]).toHaveTextContent('Hele aftalen med 1 mål');
    expect(items[1]).toHaveTextContent('Enkelt mål');
    expect(within(items[1]).getByRole('link', { name: 'Digital ledelse' })).toHaveAttribute('href', '#/maal/7');
    expect(within(items[1]).getByRole('link')).toHaveAttribute('data-interception', 'off');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says in Danish when members of an Entra ID group in a deciding group cannot be read (issue #14.5)', async () => {
    window.location.hash = '#/opgaver';
    const approvals = fixtureApprovals({ tasks: [] });
    const problem = 'Medlemmerne af Entra ID-gruppen »SG-Direktionen« i »Udviklingsaftaler - Godkendere« kan ikke læses.';
    const services = fixtureServices(sample, {
      approvals: { ...approvals, workflow: async () => ({ ...(await approvals.workflow()), membershipProblems: [problem] }) }
    });
    const { container } = render(<App strings={da} host="teamsPersonalApp" services={services} startView="opgaver" />);
    const warning = await screen.findByTestId('membership-warning');
    await waitFor(() => expect(warning).toHaveTextContent(`${da.Approval.MembershipProblem}. ${problem}`));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when nothing waits', async () => {
    renderTasks({ tasks: [] });
    expect(await screen.findByText(da.Approval.Empty)).toBeInTheDocument();
  });

  it('shows the field-by-field changes since the last decision', async () => {
    const { container } = renderTasks({
      tasks,
      diffs: {
        'Goals:7': [
          {
            target: { list: 'Goals', id: 7 },
            title: 'Digital ledelse',
            baseVersion: '6.0',
            currentVersion: '8.0',
            changes: [{ key: 'FollowUpMethod', label: 'Opfølgning på virkningen', before: '', after: 'Kvartalsvis måling' }]
          }
        ]
      }
    });
    const item = (await screen.findAllByTestId('task'))[1];
    fireEvent.click(within(item).getByRole('button', { name: da.Approval.ShowChanges }));
    const table = await within(item).findByRole('table');
    expect(within(table).getByRole('rowheader')).toHaveTextContent('Opfølgning på virkningen');
    expect(table).toHaveTextContent('Ændret siden version 6.0');
    expect(table).toHaveTextContent('(tom)');
    expect(table).toHaveTextContent('Kvartalsvis måling');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('refuses a return without a comment with a Danish message at the field, then sends it with one', async () => {
    const { approvals } = renderTasks({ tasks });
    const item = (await screen.findAllByTestId('task'))[1];
    fireEvent.click(within(item).getByRole('button', { name: 'Retur' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Bekræft: Retur' }));
    expect(await within(item).findByText(da.Validation.Codes.commentRequired)).toBeInTheDocument();
    expect(approvals.decisions).toEqual([]);
    fireEvent.change(within(item).getByRole('textbox', { name: /Kommentar/ }), { target: { value: 'Mangler opfølgning' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Bekræft: Retur' }));
    await waitFor(() =>
      expect(approvals.decisions).toEqual([
        {
          target: { list: 'Goals', id: 7 },
          to: 'draft',
          from: 'boardApproval',
          etag: '"3"',
          comment: 'Mangler opfølgning',
          meetingDate: undefined,
          minutesUrl: undefined
        }
      ])
    );
    await waitFor(() => expect(screen.getAllByTestId('task')).toHaveLength(2));
  });

  it('records a hearing only with a meeting date and a minutes link', async () => {
    const { approvals } = renderTasks({ tasks });
    const item = (await screen.findAllByTestId('task'))[2];
    fireEvent.click(within(item).getByRole('button', { name: 'Behandlet i LMU' }));
    // The move into the board's stage is checked first (#17.4): confirm waits for the checks.
    await waitFor(() => expect(within(item).getByRole('button', { name: 'Bekræft: Behandlet i LMU' })).toBeEnabled());
    fireEvent.click(within(item).getByRole('button', { name: 'Bekræft: Behandlet i LMU' }));
    expect(await within(item).findByText(da.Validation.Codes.meetingDateRequired)).toBeInTheDocument();
    expect(within(item).getByText(da.Validation.Codes.minutesUrlRequired)).toBeInTheDocument();
    // Typed the Danish way; ISO is refused at the field and keeps no date.
    fireEvent.change(within(item).getByRole('combobox', { name: /Mødedato/ }), { target: { value: '2023-01-19' } });
    fireEvent.blur(within(item).getByRole('combobox', { name: /Mødedato/ }));
    expect(await within(item).findByText(da.DanishInput.DateInvalid)).toBeInTheDocument();
    fireEvent.change(within(item).getByRole('combobox', { name: /Mødedato/ }), { target: { value: '19.1.2023' } });
    fireEvent.blur(within(item).getByRole('combobox', { name: /Mødedato/ }));
    fireEvent.change(within(item).getByRole('textbox', { name: /Link til referat/ }), { target: { value: 'https://intra/lmu' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Bekræft: Behandlet i LMU' }));
    await waitFor(() => expect(approvals.decisions[0]).toMatchObject({ to: 'boardApproval', meetingDate: '2023-01-19', minutesUrl: 'https://intra/lmu' }));
  });

  it('approves several at once', async () => {
    const { approvals } = renderTasks({ tasks });
    const items = await screen.findAllByTestId('task');
    expect(within(items[2]).queryByRole('checkbox', { name: /Vælg/ })).toBeNull();
    fireEvent.click(within(items[0]).getByRole('checkbox', { name: 'Vælg Udviklingsaftale 2023 til samlet godkendelse' }));
    fireEvent.click(within(items[1]).getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Godkend valgte (2)' }));
    await waitFor(() =>
      expect(approvals.decisions.map((d) => [d.target.id, d.to])).toEqual([
        [1, 'approved'],
        [7, 'approved']
      ])
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 godkendt.'));
  });

  it('approves several at once and names the e-mails Graph refused, in Danish', async () => {
    renderTasks({ tasks, mailFailures: [{ recipient: 'godkender@kommune.dk', reason: 'notGranted' }] });
    const items = await screen.findAllByTestId('task');
    fireEvent.click(within(items[0]).getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Godkend valgte (1)' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 godkendt.'));
    expect(screen.getByTestId('mail-failures')).toHaveTextContent(
      'E-mail til godkender@kommune.dk blev ikke sendt: appen har ikke fået tilladelsen Mail.Send. Bed IT godkende den under API-adgang.'
    );
  });

  it('returns one goal of an agreement alone, with a comment', async () => {
    const { approvals } = renderTasks({ tasks });
    const item = (await screen.findAllByTestId('task'))[0];
    const goals = within(item).getByTestId('task-goals');
    fireEvent.click(within(goals).getByRole('button', { name: 'Retur', description: 'Mål' }));
    fireEvent.change(within(goals).getByRole('textbox', { name: /Kommentar/ }), { target: { value: 'Ret målet' } });
    fireEvent.click(within(goals).getByRole('button', { name: 'Bekræft: Retur' }));
    await waitFor(() =>
      expect(approvals.decisions).toEqual([
        { target: { list: 'Goals', id: 5 }, to: 'draft', from: 'boardApproval', comment: 'Ret målet', meetingDate: undefined, minutesUrl: undefined }
      ])
    );
  });

  it('tells the loser of a race who decided', async () => {
    renderTasks({
      tasks,
      decideError: new DataError(
        'conflict',
        { status: 412 },
        'godkender skanderborg har allerede flyttet »Digital ledelse« til »Godkendt«. Din beslutning er ikke gemt.'
      )
    });
    const item = (await screen.findAllByTestId('task'))[1];
    fireEvent.click(within(item).getByRole('button', { name: 'Godkend' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Bekræft: Godkend' }));
    await waitFor(() => expect(within(item).getByRole('alert')).toHaveTextContent('godkender skanderborg har allerede flyttet'));
  });

  it('renders only localized text (pseudo-locale), data marked as data', async () => {
    const mark = (s: string): string => `⟦${s}⟧`;
    // Titles go inside localized templates (aria-labels), where a marker cannot nest: digits only.
    const marked = tasks.map((t) => ({
      ...t,
      title: `${t.target.id}`,
      goals: t.goals.map((g) => ({ ...g, title: mark(g.title) })),
      departmentTitle: mark(t.departmentTitle),
      stageLabel: mark(t.stageLabel),
      transitions: t.transitions.map((x) => ({ ...x, label: mark(x.label) }))
    }));
    const { container } = renderTasks({ tasks: marked }, pseudo);
    await screen.findByTestId('task-list');
    expect(findUnlocalizedText(container)).toEqual([]);
  });
});

describe('approval components for the department view', () => {
  const wrap = (node: React.ReactNode, strings = da) => render(<StringsProvider strings={strings}>{node}</StringsProvider>);

  it('VerificationBadge says "Godkendt" only when verified, with an icon and text', async () => {
    const { container, rerender } = wrap(<VerificationBadge status="verified" stageLabel="Godkendt" approvedStage />);
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Godkendt');
    rerender(
      <StringsProvider strings={da}>
        <VerificationBadge status="unverified" stageLabel="Godkendt" approvedStage />
      </StringsProvider>
    );
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Ikke verificeret');
    expect(screen.getByTestId('verification-badge')).not.toHaveTextContent(/^Godkendt/);
    rerender(
      <StringsProvider strings={da}>
        <VerificationBadge status="staleAfterApproval" stageLabel="Godkendt" approvedStage />
      </StringsProvider>
    );
    expect(screen.getByTestId('verification-badge')).toHaveTextContent('Ændret efter godkendelse');
    expect(container.querySelector('[data-icon-name]')).not.toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('HistoryTimeline tells log decisions from version-history stage changes', async () => {
    const history: HistoryEvent[] = [
      {
        kind: 'stageChange',
        target: { list: 'Agreements', id: 1 },
        at: '2023-01-02T08:00:00Z',
        actor: 'Rasmus Lund',
        fromStageLabel: 'Kladde',
        toStageLabel: 'Ledergruppe',
        version: '3.0',
        valid: true
      },
      {
        kind: 'decision',
        target: { list: 'Agreements', id: 1 },
        at: '2023-01-19T08:00:00Z',
        actor: 'Gert Bach',
        fromStageLabel: 'LMU-høring',
        toStageLabel: 'Til godkendelse i direktionen',
        decision: 'consulted',
        meetingDate: '2023-01-19',
        minutesUrl: 'https://intra/lmu',
        version: '5.0',
        valid: true
      },
      {
        kind: 'decision',
        target: { list: 'Goals', id: 7 },
        at: '2023-02-01T08:00:00Z',
        actor: 'Mette Holm',
        fromStageLabel: 'Til godkendelse i direktionen',
        toStageLabel: 'Godkendt',
        decision: 'approved',
        valid: false,
        subject: 'Digital ledelse'
      }
    ];
    const services = fixtureServices(sample, { approvals: fixtureApprovals({ history }) });
    const { container } = renderWithServices(<HistoryTimeline target={{ list: 'Agreements', id: 1 }} />, services, da);
    const events = await screen.findAllByTestId('history-event');
    expect(events.map((e) => e.getAttribute('data-kind'))).toEqual(['stageChange', 'decision', 'decision']);
    expect(events[0]).toHaveTextContent('Faseskift fra versionshistorikken');
    expect(events[1]).toHaveTextContent('Behandlet: LMU-høring → Til godkendelse i direktionen');
    expect(within(events[1]).getByRole('link', { name: 'Referat' })).toHaveAttribute('data-interception', 'off');
    expect(events[2]).toHaveTextContent(da.Approval.HistoryInvalid);
    expect(events[2]).toHaveTextContent('Mål: Digital ledelse');
    // Dates the Danish way (issue 16), never ISO: the meeting day in words, the time with "kl.".
    expect(events[1]).toHaveTextContent('Behandlet på mødet 19. januar 2023');
    expect(events[1]).toHaveTextContent(/19\. januar 2023 kl\. \d{2}\.\d{2}/);
    for (const e of events) expect(e.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("StageActions offers the user's moves and TaskCountBadge counts the tasks", async () => {
    const services = fixtureServices(sample, { approvals: fixtureApprovals({ tasks }) });
    const { container } = renderWithServices(
      <>
        <StageActions target={{ list: 'Agreements', id: 2 }} title="Aftalen" />
        <TaskCountBadge />
      </>,
      services,
      da
    );
    expect(await screen.findByRole('button', { name: 'Behandlet i LMU' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Handlinger for Aftalen' })).toBeInTheDocument();
    expect(await screen.findByText('3 opgaver venter på dig')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
