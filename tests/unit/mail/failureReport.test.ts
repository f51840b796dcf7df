import { describe, expect, it } from '@jest/globals';
import { mailFailureLines } from '../../../src/webparts/udviklingsaftaler/components/common/mailFailures';
import { loadLocale } from '../../helpers/locales';

const da = loadLocale('da-dk').Mail;
const en = loadLocale('en-us').Mail;

describe('the report of e-mails not sent', () => {
  it('names every recipient and says why, in Danish, one line per reason', () => {
    const lines = mailFailureLines(
      [
        { recipient: 'leder@kommune.dk', reason: 'notGranted', detail: 'Access is denied.' },
        { recipient: 'redaktoer@kommune.dk', reason: 'notGranted', detail: 'Access is denied.' },
        { recipient: 'Karen Uden Mail', reason: 'noAddress' },
        { recipient: 'godkender@kommune.dk', reason: 'failed', detail: 'Service unavailable' },
        { recipient: 'Tom gruppe', reason: 'emptyGroup' }
      ],
      da
    );
    expect(lines).toEqual([
      'E-mail til leder@kommune.dk, redaktoer@kommune.dk blev ikke sendt: appen har ikke fået tilladelsen Mail.Send. Bed IT godkende den under API-adgang.',
      'Karen Uden Mail fik ingen e-mail: personen har ingen e-mailadresse i SharePoint.',
      'E-mail til godkender@kommune.dk blev ikke sendt: Service unavailable',
      'Ingen fik e-mail via gruppen »Tom gruppe«: gruppen har hverken medlemmer eller egen e-mailadresse.'
    ]);
  });

  it('keeps failures with different details apart, and words them in English too', () => {
    const lines = mailFailureLines(
      [
        { recipient: 'a@kommune.dk', reason: 'failed', detail: 'Timeout' },
        { recipient: 'b@kommune.dk', reason: 'failed', detail: 'Service unavailable' }
      ],
      en
    );
    expect(lines).toEqual(['E-mail to a@kommune.dk was not sent: Timeout', 'E-mail to b@kommune.dk was not sent: Service unavailable']);
  });

  it('is empty when every mail went out', () => {
    expect(mailFailureLines([], da)).toEqual([]);
  });
});
