import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SendRemindersButton } from '../../../src/webparts/udviklingsaftaler/components/YearEnd/SendRemindersButton';
import { OutcomeSummary } from '../../../src/webparts/udviklingsaftaler/components/YearEnd/OutcomeSummary';
import { GoalLineage } from '../../../src/webparts/udviklingsaftaler/components/YearEnd/GoalLineage';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { summarizeOutcomes } from '../../../src/domain';
import type { AppServices } from '../../../src/services/AppServices';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { fixtureServices, sample } from '../fixtures/services';
import { renderWithServices } from '../fixtures/render';
import { DataError } from '../../../src/data/errors/DataError';

const da = loadLocale('da-dk');

function renderWith(node: React.ReactNode, services: AppServices, strings: IUdviklingsaftalerStrings = da): ReturnType<typeof render> {
  return renderWithServices(node, services, strings);
}

describe('SendRemindersButton', () => {
  it('is there for the secretariat and reports what was sent, in Danish', async () => {
    const calls: Array<{ year: number; link: string }> = [];
    const base = fixtureServices({ ...sample, permissions: { groups: ['secretariat'] } });
    const services: AppServices = {
      ...base,
      yearEnd: {
        ...base.yearEnd,
        sendReminders: async (year, options) => {
          calls.push({ year, link: options.link });
          return { sent: 3, alreadyRemindedToday: 2, withoutLeader: 0, reminded: [], skipped: [], mailFailures: [] };
        }
      }
    };
    const { container } = renderWith(<SendRemindersButton year={2023} />, services);
    fireEvent.click(await screen.findByRole('button', { name: da.YearEnd.SendReminders }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 påmindelser sendt, 2 allerede påmindet i dag'));
    expect(calls).toHaveLength(1);
    expect(calls[0].year).toBe(2023);
    expect(calls[0].link).toMatch(/#\/overblik\/2023$/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sends the status-round reminders as their own run (issue 18) and reports them the same way', async () => {
    const calls: string[] = [];
    const base = fixtureServices({ ...sample, permissions: { groups: ['secretariat'] } });
    const result = { sent: 2, alreadyRemindedToday: 1, withoutLeader: 0, reminded: [], skipped: [], mailFailures: [] };
    const services: AppServices = {
      ...base,
      yearEnd: {
        ...base.yearEnd,
        sendReminders: async () => {
          calls.push('deadlines');
          return result;
        },
        sendStatusRoundReminders: async () => {
          calls.push('status');
          return result;
        }
      }
    };
    const { container } = renderWith(<SendRemindersButton year={2023} statusRounds />, services);
    fireEvent.click(await screen.findByRole('button', { name: da.FollowUpDuringYear.SendStatusReminders }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 påmindelser sendt, 1 allerede påmindet i dag'));
    expect(calls).toEqual(['status']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says "1 påmindelse" and counts departments without a leader', async () => {
    const base = fixtureServices({ ...sample, permissions: { groups: ['secretariat'] } });
    const services: AppServices = {
      ...base,
      yearEnd: {
        ...base.yearEnd,
        sendReminders: async () => ({ sent: 1, alreadyRemindedToday: 0, withoutLeader: 4, reminded: [], skipped: [], mailFailures: [] })
      }
    };
    renderWith(<SendRemindersButton year={2023} />, services);
    fireEvent.click(await screen.findByRole('button', { name: da.YearEnd.SendReminders }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 påmindelse sendt, 0 allerede påmindet i dag, 4 afdelinger uden leder kunne ikke påmindes')
    );
  });

  it('lists who was reminded and who was not, and why (#17.7)', async () => {
    const base = fixtureServices({ ...sample, permissions: { groups: ['secretariat'] } });
    const result = {
      sent: 1,
      alreadyRemindedToday: 0,
      withoutLeader: 1,
      mailFailures: [],
      reminded: [{ department: 'Staben', recipient: 'leder@kommune.local' }],
      skipped: [
        { department: 'Opkrævningen', reason: 'notHolder' as const },
        { department: 'HR staben', reason: 'noLeader' as const }
      ]
    };
    const services: AppServices = { ...base, yearEnd: { ...base.yearEnd, sendReminders: async () => result } };
    const { container } = renderWith(<SendRemindersButton year={2023} />, services);
    fireEvent.click(await screen.findByRole('button', { name: da.YearEnd.SendReminders }));
    const reminded = await screen.findByTestId('reminded');
    expect(reminded).toHaveTextContent('Påmindet:Staben (leder@kommune.local)');
    expect(screen.getByTestId('reminders-skipped')).toHaveTextContent(
      'Ikke påmindet:Opkrævningen: arbejder inden for sin enheds aftale og påmindes ikke selvHR staben: har ingen leder i SharePoint; skriv enhedens leder på afdelingen'
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the error with a retry', async () => {
    const base = fixtureServices({ ...sample, permissions: { groups: ['secretariat'] } });
    const services: AppServices = {
      ...base,
      yearEnd: {
        ...base.yearEnd,
        sendReminders: async () => {
          throw new DataError('forbidden', { detail: 'x' });
        }
      }
    };
    renderWith(<SendRemindersButton year={2023} />, services);
    fireEvent.click(await screen.findByRole('button', { name: da.YearEnd.SendReminders }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(da.Errors.Kinds.forbidden));
  });

  it('is not offered to anyone else', async () => {
    const services = fixtureServices({ ...sample, permissions: { groups: ['editors', 'approvers'] } });
    const { container } = renderWith(<SendRemindersButton year={2023} />, services);
    await services.permissions();
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it('renders no literal text (pseudo-locale)', async () => {
    const pseudo = pseudoLocalize(da);
    const base = fixtureServices({ ...sample, permissions: { groups: ['secretariat'] } });
    const services: AppServices = {
      ...base,
      yearEnd: {
        ...base.yearEnd,
        sendReminders: async () => ({ sent: 2, alreadyRemindedToday: 1, withoutLeader: 1, reminded: [], skipped: [], mailFailures: [] })
      }
    };
    const { container } = renderWith(<SendRemindersButton year={2023} />, services, pseudo);
    fireEvent.click(await screen.findByRole('button', { name: pseudo.YearEnd.SendReminders }));
    await screen.findByRole('status');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/⟦/));
    expect(findUnlocalizedText(container)).toEqual([]);
  });
});

describe('OutcomeSummary', () => {
  it('shows a count per outcome, the goals not followed up and the total, accessibly and localized', async () => {
    const summary = summarizeOutcomes([{ outcome: 'achieved' }, { outcome: 'continued' }, { outcome: 'continued' }, { outcome: undefined }]);
    const { container } = renderWith(<OutcomeSummary summary={summary} />, fixtureServices(sample));
    expect(screen.getByRole('heading', { name: da.YearEnd.Summary })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: `${da.YearEnd.Outcomes.continued} 2` })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: `${da.YearEnd.NotFollowedUp} 1` })).toBeInTheDocument();
    expect(screen.getByTestId('outcome-count-total')).toHaveTextContent('4');
    expect(await axeViolations(container)).toEqual([]);
    const pseudo = renderWith(<OutcomeSummary summary={summary} />, fixtureServices(sample), pseudoLocalize(da));
    expect(findUnlocalizedText(pseudo.container)).toEqual([]);
  });
});

describe('GoalLineage', () => {
  it('lists each earlier year with a link to that goal, and nothing for a goal that starts fresh', async () => {
    const data = {
      ...sample,
      goals: [
        ...sample.goals,
        { ...sample.goals[0], id: 2001, year: 2021, continuesFromId: 1001, agreementId: 2 },
        { ...sample.goals[0], id: 2002, year: 2022, title: 'Digital ledelse 2022', continuesFromId: 2001, agreementId: 3 }
      ]
    };
    const services = fixtureServices(data);
    renderWith(<GoalLineage goalId={2002} />, services);
    const nav = await screen.findByRole('navigation', { name: da.YearEnd.LineageLabel });
    expect(Array.from(nav.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Fortsætter fra 2021: Digital ledelse',
      'Fortsætter fra 2020: Digital ledelse'
    ]);
    expect(Array.from(nav.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['#/maal/2001', '#/maal/1001']);
    const fresh = renderWith(<GoalLineage goalId={1001} />, services);
    await services.yearEnd.loadLineage(1001);
    await waitFor(() => expect(fresh.container).toBeEmptyDOMElement());
  });
});
