// Issue #17.3: the "Stedfortræder" panel (name, see, end; problems at their fields, nothing typed
// lost), "som stedfortræder for" on the substitute's task card, and "på vegne af" in the history.
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import SubstitutesPanel from '../../../src/webparts/udviklingsaftaler/components/Substitutes/SubstitutesPanel';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { HistoryTimeline } from '../../../src/webparts/udviklingsaftaler/components/Approval/HistoryTimeline';
import { SKANDERBORG_STAGES } from '../../../src/domain';
import type { ApprovalTask, SubstituteOverview } from '../../../src/services/approvals/approvalTypes';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample } from '../fixtures/services';
import { fixtureApprovals } from '../fixtures/approvals';
import { renderWithServices } from '../fixtures/render';

const da = loadLocale('da-dk');
const s = da.Substitutes;

const overview: SubstituteOverview = {
  groups: ['leaders'],
  candidates: [
    { id: 5, name: 'Susanne Dahl' },
    { id: 4, name: 'Gert Bach' }
  ],
  mine: [],
  actingFor: [],
  today: '2026-12-07'
};

function typeDate(label: string, text: string): void {
  const input = screen.getByRole('combobox', { name: label }) as HTMLInputElement;
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

function chooseSubstitute(name: string): void {
  fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${s.Substitute}`) }));
  fireEvent.click(screen.getByRole('option', { name }));
}

describe('the Stedfortræder panel', () => {
  it('a member names a substitute for a period typed the Danish way, sees it, and ends it', async () => {
    const approvals = fixtureApprovals({ substitutes: overview });
    const { container } = renderWithServices(<SubstitutesPanel />, fixtureServices(sample, { approvals }), da);
    fireEvent.click(await screen.findByRole('button', { name: s.Open }));
    expect(screen.getByText(s.NoneMine)).toBeInTheDocument();
    chooseSubstitute('Susanne Dahl');
    typeDate(s.From, '07-12-2026');
    typeDate(s.To, '10-12-2026');
    fireEvent.click(screen.getByRole('button', { name: s.Name }));
    expect(await screen.findByText('Susanne Dahl er din stedfortræder fra 7. december 2026 til og med 10. december 2026.')).toBeInTheDocument();
    expect(approvals.named).toEqual([{ substituteId: 5, group: 'leaders', from: '2026-12-07', to: '2026-12-10' }]);
    const list = await screen.findByTestId('my-substitutes');
    expect(list).toHaveTextContent('Susanne Dahl for ledergruppen, 7. december 2026 til og med 10. december 2026');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(list).getByRole('button', { name: 'Afslut Susanne Dahl som stedfortræder' }));
    expect(await screen.findByText('Susanne Dahl er ikke længere din stedfortræder.')).toBeInTheDocument();
    expect(approvals.ended).toEqual([101]);
    await waitFor(() => expect(screen.queryByTestId('my-substitutes')).not.toBeInTheDocument());
  });

  it('says what is wrong at each field, sends nothing, and keeps what was typed', async () => {
    const approvals = fixtureApprovals({ substitutes: overview });
    renderWithServices(<SubstitutesPanel />, fixtureServices(sample, { approvals }), da);
    fireEvent.click(await screen.findByRole('button', { name: s.Open }));
    typeDate(s.From, '10-12-2026');
    typeDate(s.To, '08-12-2026');
    fireEvent.click(screen.getByRole('button', { name: s.Name }));
    expect(await screen.findByText(s.Problems.required)).toBeInTheDocument();
    expect(screen.getByText(s.Problems.toBeforeFrom)).toBeInTheDocument();
    expect(approvals.named).toEqual([]);
    expect(screen.getByRole('combobox', { name: s.From })).toHaveValue('10-12-2026');
    typeDate(s.To, '01-12-2026');
    chooseSubstitute('Gert Bach');
    fireEvent.click(screen.getByRole('button', { name: s.Name }));
    expect(await screen.findByText(s.Problems.inPast)).toBeInTheDocument();
    expect(approvals.named).toEqual([]);
  });

  it('on a site provisioned before the list existed, says the owner must run the set-up again and names no one', async () => {
    const approvals = fixtureApprovals({ substitutes: { ...overview, listMissing: true } });
    renderWithServices(<SubstitutesPanel />, fixtureServices(sample, { approvals }), da);
    fireEvent.click(await screen.findByRole('button', { name: s.Open }));
    expect(await screen.findByText(s.ListMissing)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: s.Name })).toBeDisabled();
  });

  it('tells the substitute whom they stand in for; someone in no deciding group gets no button', async () => {
    const approvals = fixtureApprovals({
      substitutes: { ...overview, groups: [], actingFor: [{ group: 'leaders', principal: 'Lene Kjær', from: '2026-12-01', to: '2026-12-10' }] }
    });
    const { container } = renderWithServices(<SubstitutesPanel />, fixtureServices(sample, { approvals }), da);
    const acting = await screen.findByTestId('acting-for');
    // Fluent renders a status message's content a moment later (DelayedRender).
    await waitFor(() => expect(acting).toHaveTextContent('Du er stedfortræder for Lene Kjær i ledergruppen til og med 10. december 2026.'));
    expect(screen.queryByRole('button', { name: s.Open })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("the substitute's side", () => {
  const task: ApprovalTask = {
    target: { list: 'Agreements', id: 7 },
    title: 'Aftale 2026',
    departmentId: 10,
    departmentTitle: 'HR staben',
    year: 2026,
    agreementId: 7,
    stage: 'leaderGroup',
    stageLabel: 'Ledergruppe',
    waitingSince: '2026-12-01T09:00:00Z',
    etag: '"2"',
    version: '2.0',
    goals: [],
    transitions: SKANDERBORG_STAGES.transitions.filter((t) => t.from === 'leaderGroup'),
    onBehalfOf: 'Lene Kjær'
  };

  it('the task card in Mine opgaver says "Som stedfortræder for Lene Kjær"', async () => {
    window.location.hash = '#/opgaver';
    const services = fixtureServices(sample, { approvals: fixtureApprovals({ tasks: [task], groups: [] }) });
    render(<App strings={da} host="teamsPersonalApp" services={services} startView="opgaver" />);
    const card = await screen.findByTestId('task');
    expect(within(card).getByTestId('task-on-behalf')).toHaveTextContent('Som stedfortræder for Lene Kjær');
  });

  it('the history says "på vegne af Lene Kjær" after the substitute\'s name', async () => {
    const approvals = fixtureApprovals({
      history: [
        {
          kind: 'decision',
          target: task.target,
          at: '2026-12-07T10:00:00Z',
          actor: 'Susanne Dahl',
          onBehalfOf: 'Lene Kjær',
          fromStageLabel: 'Ledergruppe',
          toStageLabel: 'LMU-høring',
          decision: 'approved',
          valid: true
        }
      ]
    });
    renderWithServices(<HistoryTimeline target={task.target} />, fixtureServices(sample, { approvals }), da);
    const event = await screen.findByTestId('history-event');
    await act(async () => undefined);
    expect(event).toHaveTextContent('Susanne Dahl på vegne af Lene Kjær, 7. december 2026');
  });
});
