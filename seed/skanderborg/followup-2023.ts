// Follow-up during 2023 (issue 18): check-ins on the sick-leave goal ("Der følges løbende op på
// sygefraværet i LMU", max. 2,8 pct.) and the board's spring contract dialogue ("I foråret ...
// gennemfører direktionen kontrakt-dialoger", DUS 2022). The documents give no monthly figures
// or minutes: the values and the dialogue below are illustrative, so the demo shows the chart.
import type { SeedCheckIn, SeedDialogue } from '../types';
import { AGREEMENT_2023_KEY } from './agreement-2023';

const SICK_LEAVE = 'sk-2023-mal-3';

export const checkIns2023: SeedCheckIn[] = [
  { goalKey: SICK_LEAVE, status: 'challenged', note: 'Influenzasæson; drøftet i LMU.', measuredValue: 3.1, measuredAt: '2023-01-31' },
  { goalKey: SICK_LEAVE, status: 'challenged', note: 'Faldende, men over målet.', measuredValue: 2.9, measuredAt: '2023-02-28' },
  { goalKey: SICK_LEAVE, status: 'onTrack', note: 'Under målet efter trivselsmålingen "light".', measuredValue: 2.7, measuredAt: '2023-03-31' }
];

export const dialogues2023: SeedDialogue[] = [
  {
    agreementKey: AGREEMENT_2023_KEY,
    title: 'Kontraktdialog forår 2023',
    date: '2023-04-18',
    participants: ['Direktionen', 'Stabschef for Økonomi, Digitalisering og Indkøb'],
    notes: 'Gennemgang af aftalens mål. Sygefraværet er faldet siden januar.',
    agreed: 'Sygefraværet følges fortsat månedligt i LMU.',
    followUps: ['Status på sygefraværet i august', 'Evaluering af trivselsmålingen "light"']
  }
];
