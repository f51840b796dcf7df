import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
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
    await waitFor(() => expect(screen.getByTestId('checkin-locked')).toHaveTextContent('Der kan gives status, mens aftalen er godkendt. Aftalen er i fasen »Kladde«.'));
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
});

describe('Overblik', () => {
  it('shows the status distribution per department and flags the goals without a check-in for N days', async () => {
    const { data, goalId, plainGoalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    const days = (n: number): string => new Date(Date.now() - n * 86400000).toISOString();
    data.checkIns = [{ id: 1, goalId, departmentId: sick.departmentId, year: 2023, status: 'challenged', createdAt: days(10) }];
    renderAt('#/overblik/2023', data);
    const row = await screen.findByTestId(`checkin-overview-row-${sick.departmentId}`);
    const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent);
    const followed = data.goals.filter((g) => g.agreementId === sick.agreementId).length;
    // På rette vej, Udfordret, Bagud, Nået, Sat på pause, ingen endnu
    expect(cells).toEqual(['0', '1', '0', '0', '0', String(followed - 1)]);
    const stale = screen.getByTestId('stale-goals');
    expect(stale).toHaveTextContent(data.goals.find((g) => g.id === plainGoalId)!.title);
    expect(stale).not.toHaveTextContent('Sygefravær i staben');
    fireEvent.change(screen.getByRole('textbox', { name: s.StaleDaysLabel }), { target: { value: '7' } });
    await waitFor(() => expect(screen.getByTestId('stale-goals')).toHaveTextContent('Sygefravær i staben (Staben Økonomi, Digitalisering og Indkøb: for 10 dage siden)'));
    fireEvent.change(screen.getByRole('textbox', { name: s.StaleDaysLabel }), { target: { value: 'tre' } });
    await screen.findByText('»tre« er ikke et antal dage. Skriv et helt tal, fx 30.');
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe('Dokument', () => {
  it('prints the board\'s contract dialogue on the agreement', async () => {
    const { data, goalId } = fixture();
    const sick = data.goals.find((g) => g.id === goalId)!;
    data.dialogues = [{
      id: 1, agreementId: sick.agreementId, departmentId: sick.departmentId, year: 2023, title: 'Kontraktdialog forår 2023', date: '2023-04-18',
      participants: ['Direktionen'], agreed: 'Sygefraværet følges månedligt.', followUps: ['Status i august']
    }];
    renderAt(`#/dokument/${sick.agreementId}`, data);
    const section = await screen.findByTestId('document-dialogue');
    expect(section).toHaveTextContent('Kontraktdialog 18. april 2023: Kontraktdialog forår 2023');
    expect(section).toHaveTextContent('Aftalt:Sygefraværet følges månedligt.');
    expect(section).toHaveTextContent('Status i august');
  });
});
