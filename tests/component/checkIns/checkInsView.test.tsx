import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, type FixtureData } from '../fixtures/services';
import { materialise } from '../../../seed/materialise';
import { skanderborg } from '../../../seed/skanderborg';

const da = loadLocale('da-dk');
const s = da.CheckIns;

function fixture(stage?: string, editable = true): { data: FixtureData; goalId: number; plainGoalId: number } {
  const mat = materialise(skanderborg);
  const sick = mat.goals.find((g) => g.title === 'Sygefravær i staben')!;
  const plain = mat.goals.find((g) => g.agreementId === sick.agreementId && g.target === undefined)!;
  return {
    goalId: sick.id,
    plainGoalId: plain.id,
    data: {
      user: { login: 'leder@kommune.local', displayName: 'Leder' },
      departments: mat.departments,
      strategies: mat.strategies,
      tracks: mat.tracks,
      requirements: mat.requirements,
      agreements: mat.agreements.map((a) => (a.id === sick.agreementId && stage ? { ...a, stage } : a)),
      goals: mat.goals,
      permissions: { editableDepartmentIds: editable ? [sick.departmentId] : [] }
    }
  };
}

function renderAt(hash: string, data: FixtureData): void {
  window.location.hash = hash;
  render(<App strings={da} host="sharePoint" services={fixtureServices(data)} startView="afdeling" />);
}

describe('Status på målet', () => {
  it('asks for the measuring date at the field, saves nothing until it is there, then lists the check-in', async () => {
    const { data, goalId } = fixture();
    renderAt(`#/status/${goalId}`, data);
    await screen.findByTestId('checkin-form');
    fireEvent.change(screen.getByRole('textbox', { name: /^Målt værdi/ }), { target: { value: '2,6' } });
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    await screen.findByText(s.Problems.valueWithoutDate);
    expect(data.checkIns ?? []).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: /^Målt den/ }), { target: { value: '30.04.2023' } });
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    await screen.findByText(s.Saved);
    expect(data.checkIns).toMatchObject([{ goalId, status: 'onTrack', measuredValue: 2.6, measuredAt: '2023-04-30' }]);
    expect(screen.getByTestId('checkin-timeline')).toHaveTextContent('målt 2,6 % den 30. april 2023');
    expect(screen.getByTestId('checkin-chart-summary')).toHaveTextContent('1 målinger, senest 2,6 %');
  });

  it('keeps what was typed across a reload, with its ClientId, and forgets it once saved', async () => {
    window.localStorage.clear();
    const { data, goalId } = fixture();
    window.location.hash = `#/status/${goalId}`;
    const first = render(<App strings={da} host="sharePoint" services={fixtureServices(data)} startView="afdeling" />);
    await screen.findByTestId('checkin-form');
    fireEvent.click(screen.getByRole('radio', { name: s.Statuses.behind }));
    fireEvent.change(screen.getByRole('textbox', { name: s.Note }), { target: { value: 'Oktober: influenza.' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Målt værdi/ }), { target: { value: '3,3' } });
    first.unmount();
    // The page comes back (a reload): the form is filled in again and says so.
    window.location.hash = `#/status/${goalId}`;
    render(<App strings={da} host="sharePoint" services={fixtureServices(data)} startView="afdeling" />);
    await screen.findByTestId('checkin-form');
    await waitFor(() => expect(screen.getByTestId('checkin-draft-restored')).toHaveTextContent(da.FollowUpDuringYear.DraftRestored));
    expect(screen.getByRole('textbox', { name: s.Note })).toHaveValue('Oktober: influenza.');
    expect(screen.getByRole('textbox', { name: /^Målt værdi/ })).toHaveValue('3,3');
    expect(screen.getByRole('radio', { name: s.Statuses.behind })).toBeChecked();
    expect(await axeViolations(document.body)).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: /^Målt den/ }), { target: { value: '31.10.2023' } });
    fireEvent.click(screen.getByRole('button', { name: s.Save }));
    await screen.findByText(s.Saved);
    expect(data.checkIns).toMatchObject([{ status: 'behind', note: 'Oktober: influenza.', measuredValue: 3.3 }]);
    expect(screen.getByRole('textbox', { name: s.Note })).toHaveValue('');
    expect(Object.keys(window.localStorage).filter((k) => k.includes('checkin-draft'))).toEqual([]);
  });

  it('discards a restored draft on request', async () => {
    window.localStorage.clear();
    const { data, goalId } = fixture();
    window.location.hash = `#/status/${goalId}`;
    const first = render(<App strings={da} host="sharePoint" services={fixtureServices(data)} startView="afdeling" />);
    await screen.findByTestId('checkin-form');
    fireEvent.change(screen.getByRole('textbox', { name: s.Note }), { target: { value: 'Halvfærdig' } });
    first.unmount();
    render(<App strings={da} host="sharePoint" services={fixtureServices(data)} startView="afdeling" />);
    await waitFor(() => expect(screen.getByTestId('checkin-draft-restored')).toHaveTextContent(da.FollowUpDuringYear.DraftRestored));
    fireEvent.click(screen.getByRole('button', { name: da.FollowUpDuringYear.DraftDiscard }));
    expect(screen.getByRole('textbox', { name: s.Note })).toHaveValue('');
    expect(screen.queryByTestId('checkin-draft-restored')).toBeNull();
    expect(Object.keys(window.localStorage).filter((k) => k.includes('checkin-draft'))).toEqual([]);
  });

  it('marks a check-in given while the log shows the agreement not approved "Ikke verificeret", and leaves its value out of the chart', async () => {
    const { data, goalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    const base = { goalId, departmentId: sick.departmentId, year: 2023 };
    data.checkIns = [
      { ...base, id: 1, status: 'achieved', measuredValue: 1.0, measuredAt: '2023-01-15', createdAt: '2023-01-20T08:00:00Z', note: 'Før godkendelsen' },
      { ...base, id: 2, status: 'onTrack', measuredValue: 2.7, measuredAt: '2023-03-31', createdAt: '2023-04-01T08:00:00Z' }
    ];
    data.approvedSpans = { [sick.agreementId]: [{ from: '2023-02-01T10:00:00Z' }] };
    renderAt(`#/status/${goalId}`, data);
    const marked = await screen.findByTestId('checkin-unverified-1');
    expect(marked).toHaveTextContent(`${da.Approval.Unverified} ${da.FollowUpDuringYear.UnverifiedCheckIn}`);
    expect(screen.queryByTestId('checkin-unverified-2')).toBeNull();
    expect(screen.getByTestId('checkin-chart-summary')).toHaveTextContent('1 målinger, senest 2,7 %');
    expect(screen.getByTestId('checkin-timeline')).toHaveTextContent('Før godkendelsen');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('offers "Slet" on the user\'s own check-in of today only, asks first, and removes it', async () => {
    const { data, goalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    const base = { goalId, departmentId: sick.departmentId, year: 2023 };
    const me = { email: data.user.login, title: 'Leder' };
    data.checkIns = [
      { ...base, id: 1, status: 'onTrack', createdAt: new Date(Date.now() - 3600000).toISOString(), author: me, note: 'Min fra i dag' },
      { ...base, id: 2, status: 'onTrack', createdAt: new Date(Date.now() - 3 * 86400000).toISOString(), author: me, note: 'Min fra i forgårs' },
      { ...base, id: 3, status: 'behind', createdAt: new Date(Date.now() - 600000).toISOString(), author: { email: 'anden@kommune.local' }, note: 'En andens' }
    ];
    renderAt(`#/status/${goalId}`, data);
    // The first visit loads the view's chunk.
    await screen.findByTestId('checkin-timeline', {}, { timeout: 10000 });
    expect(screen.getAllByRole('button', { name: da.FollowUpDuringYear.Delete })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: da.FollowUpDuringYear.Delete }));
    expect(screen.getByRole('group', { name: da.FollowUpDuringYear.DeleteConfirm })).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: da.FollowUpDuringYear.DeleteYes }));
    await waitFor(() => expect(screen.getByTestId('checkin-timeline')).not.toHaveTextContent('Min fra i dag'));
    expect(data.checkIns.map((c) => c.id)).toEqual([2, 3]);
  });

  it('offers no measured value for a goal without a target', async () => {
    const { data, plainGoalId } = fixture();
    renderAt(`#/status/${plainGoalId}`, data);
    await screen.findByTestId('checkin-form');
    expect(screen.queryByRole('textbox', { name: /^Målt værdi/ })).toBeNull();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('shows no form while the agreement is a draft, and says why', async () => {
    const { data, goalId } = fixture('draft');
    renderAt(`#/status/${goalId}`, data);
    // MessageBar renders its text a moment later (for screen readers).
    await waitFor(() =>
      expect(screen.getByTestId('checkin-locked')).toHaveTextContent('Der kan gives status, mens aftalen er godkendt. Aftalen er i fasen »Kladde«.')
    );
    expect(screen.queryByTestId('checkin-form')).toBeNull();
  });

  it('shows no form to someone outside the department', async () => {
    const { data, goalId } = fixture(undefined, false);
    renderAt(`#/status/${goalId}`, data);
    await waitFor(() => expect(screen.getByTestId('checkin-locked')).toHaveTextContent(s.LockedPermission));
    await waitFor(() => expect(screen.queryByTestId('checkin-form')).toBeNull());
  });
});

describe('the department view', () => {
  it('shows each own goal\'s latest status and its age, and "ingen endnu" for a goal without check-ins', async () => {
    const { data, goalId, plainGoalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    const days = (n: number): string => new Date(Date.now() - n * 86400000).toISOString();
    data.checkIns = [
      { id: 1, goalId, departmentId: sick.departmentId, year: 2023, status: 'behind', createdAt: days(9) },
      { id: 2, goalId, departmentId: sick.departmentId, year: 2023, status: 'onTrack', createdAt: days(3) }
    ];
    renderAt(`#/afdeling/${sick.departmentId}/2023`, data);
    expect(await screen.findByTestId(`goal-latest-status-${goalId}`)).toHaveTextContent('Seneste status: På rette vej (for 3 dage siden)');
    expect(screen.getByTestId(`goal-latest-status-${plainGoalId}`)).toHaveTextContent('Seneste status: ingen endnu');
  });

  it('keeps the latest verified status when a newer check-in was given while the log shows the agreement not approved, and says it does not count', async () => {
    const { data, goalId, plainGoalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    const days = (n: number): string => new Date(Date.now() - n * 86400000).toISOString();
    // Approved until 5 days ago (then returned): the check-in of 3 days ago is outside.
    data.approvedSpans = { [sick.agreementId]: [{ from: days(30), to: days(5) }] };
    data.checkIns = [
      { id: 1, goalId, departmentId: sick.departmentId, year: 2023, status: 'behind', createdAt: days(9) },
      { id: 2, goalId, departmentId: sick.departmentId, year: 2023, status: 'achieved', createdAt: days(3) },
      { id: 3, goalId: plainGoalId, departmentId: sick.departmentId, year: 2023, status: 'onTrack', createdAt: days(2) }
    ];
    renderAt(`#/afdeling/${sick.departmentId}/2023`, data);
    const status = await screen.findByTestId(`goal-latest-status-${goalId}`);
    await waitFor(() =>
      expect(status).toHaveTextContent('Seneste status: Bagud (for 9 dage siden) · en nyere statusmelding er ikke verificeret og tæller ikke med')
    );
    expect(screen.getByTestId(`goal-latest-status-${plainGoalId}`)).toHaveTextContent(
      'Seneste status: ingen endnu · en nyere statusmelding er ikke verificeret og tæller ikke med'
    );
    expect(screen.getByTestId(`goal-latest-status-${plainGoalId}`)).not.toHaveTextContent(s.Statuses.onTrack);
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe('Overblik', () => {
  it('shows the status distribution per department and flags the goals without a check-in for N days', async () => {
    const { data, goalId, plainGoalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    const days = (n: number): string => new Date(Date.now() - n * 86400000).toISOString();
    data.checkIns = [{ id: 1, goalId, departmentId: sick.departmentId, year: 2023, status: 'challenged', createdAt: days(10) }];
    renderAt('#/overblik/2023', data);
    const row = await screen.findByTestId(`checkin-overview-row-${sick.departmentId}`);
    const cells = Array.from(row.querySelectorAll('td.count')).map((td) => td.textContent);
    const followed = data.goals.filter((g) => g.agreementId === sick.agreementId).length;
    // På rette vej, Udfordret, Bagud, Nået, Sat på pause, ingen endnu
    expect(cells).toEqual(['0', '1', '0', '0', '0', String(followed - 1)]);
    expect(screen.getByTestId(`dialogue-held-${sick.departmentId}`)).toHaveTextContent(da.FollowUpDuringYear.DialogueNotHeld);
    const stale = screen.getByTestId('stale-goals');
    expect(stale).toHaveTextContent(data.goals.find((g) => g.id === plainGoalId)!.title);
    expect(stale).not.toHaveTextContent('Sygefravær i staben');
    fireEvent.change(screen.getByRole('textbox', { name: s.StaleDaysLabel }), { target: { value: '7' } });
    await waitFor(() =>
      expect(screen.getByTestId('stale-goals')).toHaveTextContent('Sygefravær i staben (Staben Økonomi, Digitalisering og Indkøb: for 10 dage siden)')
    );
    fireEvent.change(screen.getByRole('textbox', { name: s.StaleDaysLabel }), { target: { value: 'tre' } });
    await screen.findByText('»tre« er ikke et antal dage. Skriv et helt tal, fx 30.');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('counts only check-ins the approval log backs, and says how many it left out', async () => {
    const { data, goalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    const days = (n: number): string => new Date(Date.now() - n * 86400000).toISOString();
    data.approvedSpans = { [sick.agreementId]: [{ from: days(30), to: days(5) }] };
    data.checkIns = [
      { id: 1, goalId, departmentId: sick.departmentId, year: 2023, status: 'challenged', createdAt: days(10) },
      { id: 2, goalId, departmentId: sick.departmentId, year: 2023, status: 'achieved', createdAt: days(2) }
    ];
    renderAt('#/overblik/2023', data);
    const row = await screen.findByTestId(`checkin-overview-row-${sick.departmentId}`, {}, { timeout: 10000 });
    const cells = Array.from(row.querySelectorAll('td.count')).map((td) => td.textContent);
    const followed = data.goals.filter((g) => g.agreementId === sick.agreementId).length;
    // Udfordret (the verified one), not Nået (given after the return).
    expect(cells).toEqual(['0', '1', '0', '0', '0', String(followed - 1)]);
    expect(screen.getByTestId('unverified-check-ins')).toHaveTextContent(da.FollowUpVerified.OverviewUnverifiedOne);
    // Stale by the verified check-in's age (10 days), not the unverified one's.
    fireEvent.change(screen.getByRole('textbox', { name: s.StaleDaysLabel }), { target: { value: '7' } });
    await waitFor(() =>
      expect(screen.getByTestId('stale-goals')).toHaveTextContent('Sygefravær i staben (Staben Økonomi, Digitalisering og Indkøb: for 10 dage siden)')
    );
  });

  it("says per department whether the board's contract dialogue was held in the year", async () => {
    const { data, goalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    data.dialogues = [
      {
        id: 1,
        agreementId: sick.agreementId,
        departmentId: sick.departmentId,
        year: 2023,
        title: 'Kontraktdialog forår 2023',
        date: '2023-04-18',
        participants: [],
        followUps: []
      }
    ];
    renderAt('#/overblik/2023', data);
    const held = await screen.findByTestId(`dialogue-held-${sick.departmentId}`, {}, { timeout: 10000 });
    expect(held).toHaveTextContent(da.FollowUpDuringYear.DialogueHeld);
    expect(screen.getByRole('columnheader', { name: da.FollowUpDuringYear.DialogueColumn })).toBeInTheDocument();
  });

  it('filters by status: the departments with such a goal, and the goals listed with their department', async () => {
    const { data, goalId, plainGoalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    const days = (n: number): string => new Date(Date.now() - n * 86400000).toISOString();
    data.checkIns = [
      { id: 1, goalId, departmentId: sick.departmentId, year: 2023, status: 'onTrack', createdAt: days(40) },
      { id: 2, goalId, departmentId: sick.departmentId, year: 2023, status: 'behind', createdAt: days(3) },
      { id: 3, goalId: plainGoalId, departmentId: sick.departmentId, year: 2023, status: 'onTrack', createdAt: days(5) }
    ];
    renderAt('#/overblik/2023', data);
    // The first visit loads the Overblik chunk.
    await screen.findByTestId(`checkin-overview-row-${sick.departmentId}`, {}, { timeout: 10000 });
    const choose = async (text: string): Promise<void> => {
      fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${da.FollowUpDuringYear.StatusFilter}`) }));
      fireEvent.click(await screen.findByRole('option', { name: text }));
    };
    await choose(s.Statuses.behind);
    // The goal's latest status counts, not an older one.
    const list = await screen.findByTestId('checkin-status-goals');
    expect(list).toHaveTextContent('Mål med status »Bagud«: 1');
    expect(list).toHaveTextContent('Sygefravær i staben (Staben Økonomi, Digitalisering og Indkøb: for 3 dage siden)');
    expect(screen.getAllByTestId(/^checkin-overview-row-/)).toHaveLength(1);
    await choose(s.Statuses.paused);
    expect(await screen.findByText('Mål med status »Sat på pause«: 0')).toBeInTheDocument();
    expect(screen.queryAllByTestId(/^checkin-overview-row-/)).toHaveLength(0);
    await choose(s.Statuses.onTrack);
    await waitFor(() => expect(screen.getByTestId('checkin-status-goals')).toHaveTextContent(data.goals.find((g) => g.id === plainGoalId)!.title));
    expect(screen.getByTestId('checkin-status-goals')).not.toHaveTextContent('Sygefravær i staben');
    expect(await axeViolations(document.body)).toEqual([]);
    await choose(da.Overview.FilterAll);
    expect(screen.queryByTestId('checkin-status-goals')).toBeNull();
  });
});

describe('Dokument', () => {
  it("prints the board's contract dialogue on the agreement", async () => {
    const { data, goalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    data.dialogues = [
      {
        id: 1,
        agreementId: sick.agreementId,
        departmentId: sick.departmentId,
        year: 2023,
        title: 'Kontraktdialog forår 2023',
        date: '2023-04-18',
        participants: ['Direktionen'],
        agreed: 'Sygefraværet følges månedligt.',
        followUps: ['Status i august']
      }
    ];
    renderAt(`#/dokument/${sick.agreementId}`, data);
    const section = await screen.findByTestId('document-dialogue');
    expect(section).toHaveTextContent('Kontraktdialog 18. april 2023: Kontraktdialog forår 2023');
    expect(section).toHaveTextContent('Aftalt:Sygefraværet følges månedligt.');
    expect(section).toHaveTextContent('Status i august');
  });

  it('lets the secretariat record a contract dialogue on the agreement, asks for the date at the field, and prints it at once', async () => {
    const { data, goalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    data.permissions = { ...data.permissions, groups: ['secretariat'] };
    renderAt(`#/dokument/${sick.agreementId}`, data);
    const d = da.FollowUpDuringYear;
    const form = await screen.findByTestId('dialogue-form', {}, { timeout: 10000 });
    const box = (name: string): HTMLElement => within(form).getByRole('textbox', { name: new RegExp(`^${name}`) });
    fireEvent.change(box(d.DialogueParticipants), { target: { value: 'Direktionen\n\nStabschefen ' } });
    fireEvent.click(within(form).getByRole('button', { name: d.DialogueSave }));
    expect(await within(form).findByText(d.DialogueDateRequired)).toBeInTheDocument();
    expect(data.dialogues ?? []).toEqual([]);
    const date = within(form).getByRole('combobox', { name: new RegExp(`^${d.DialogueDate}`) });
    fireEvent.change(date, { target: { value: '18-04-2023' } });
    fireEvent.blur(date);
    fireEvent.change(box(d.DialogueAgreed), { target: { value: 'Sygefraværet følges månedligt.' } });
    fireEvent.change(box(d.DialogueFollowUps), { target: { value: 'Status i august' } });
    fireEvent.click(within(form).getByRole('button', { name: d.DialogueSave }));
    expect(await within(form).findByText(d.DialogueSaved)).toBeInTheDocument();
    expect(data.dialogues).toMatchObject([
      { date: '2023-04-18', participants: ['Direktionen', 'Stabschefen'], agreed: 'Sygefraværet følges månedligt.', followUps: ['Status i august'] }
    ]);
    expect(screen.getByTestId('document-dialogue')).toHaveTextContent('Sygefraværet følges månedligt.');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it("offers no dialogue form to the department's leader", async () => {
    const { data, goalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    renderAt(`#/dokument/${sick.agreementId}`, data);
    await screen.findByTestId('document-view', {}, { timeout: 10000 });
    await waitFor(() => expect(screen.queryByTestId('dialogue-form')).toBeNull());
  });
});
