import * as React from 'react';
import { render, screen, waitFor, fireEvent } from '@testing-library/react';
import { StringsProvider } from '../../../src/webparts/udviklingsaftaler/components/strings/StringsContext';
import { DecisionFeedback } from '../../../src/webparts/udviklingsaftaler/components/Approval/DecisionFeedback';
import { SendRemindersButton } from '../../../src/webparts/udviklingsaftaler/components/YearEnd/SendRemindersButton';
import type { AppServices } from '../../../src/services/AppServices';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';
import { fixtureServices, sample } from '../fixtures/services';
import { renderWithServices } from '../fixtures/render';

const da = loadLocale('da-dk');
const NOT_GRANTED = 'E-mail til leder@kommune.dk blev ikke sendt: appen har ikke fået tilladelsen Mail.Send. Bed IT godkende den under API-adgang.';

describe('e-mails not sent, where the user acted', () => {
  it('a decision that was stored says so, and names each unsent e-mail and why, as a warning', async () => {
    const { container } = render(
      <StringsProvider strings={da}>
        <DecisionFeedback
          label="Send til ledergruppen"
          result={{
            moved: [{ list: 'Goals', id: 1 }],
            notified: [],
            mailFailures: [
              { recipient: 'leder@kommune.dk', reason: 'notGranted' },
              { recipient: 'Karen Uden Mail', reason: 'noAddress' }
            ]
          }}
        />
      </StringsProvider>
    );
    // Fluent renders a status message bar's text a moment later (so screen readers announce it).
    await screen.findByText(NOT_GRANTED);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Beslutningen er gemt: Send til ledergruppen.');
    expect(status.textContent).toContain('Nogle e-mails blev ikke sendt');
    expect(screen.getByText(NOT_GRANTED)).toBeTruthy();
    expect(screen.getByText('Karen Uden Mail fik ingen e-mail: personen har ingen e-mailadresse i SharePoint.')).toBeTruthy();
    expect(container.querySelector('.ms-MessageBar--warning')).not.toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a decision whose e-mails all went out shows no failure list', async () => {
    render(
      <StringsProvider strings={da}>
        <DecisionFeedback label="Godkend" result={{ moved: [{ list: 'Goals', id: 1 }], notified: ['leder@kommune.dk'], mailFailures: [] }} />
      </StringsProvider>
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Mail sendt til leder@kommune.dk.'));
    expect(screen.queryByTestId('mail-failures')).toBeNull();
  });

  it('"Send påmindelser" completes and lists the leaders who were not reminded', async () => {
    const base = fixtureServices({ ...sample, permissions: { groups: ['secretariat'] } });
    const services: AppServices = {
      ...base,
      yearEnd: {
        ...base.yearEnd,
        sendReminders: async () => ({
          sent: 1,
          alreadyRemindedToday: 0,
          withoutLeader: 0,
          reminded: [],
          skipped: [],
          mailFailures: [{ recipient: 'leder@kommune.dk', reason: 'notGranted' }]
        })
      }
    };
    const { container } = renderWithServices(<SendRemindersButton year={2023} />, services, da);
    fireEvent.click(await screen.findByRole('button', { name: da.YearEnd.SendReminders }));
    await waitFor(() => expect(screen.getByText(NOT_GRANTED)).toBeTruthy());
    expect(screen.getByRole('status').textContent).toContain('1 påmindelse sendt');
    expect(container.querySelector('.ms-MessageBar--warning')).not.toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });
});
