// Issue 18: the board's contract dialogues print in the agreement document (and so in the .docx,
// which renders the same outline), in meeting order, after "Aftalens tilblivelse".
import { materialise, seedMunicipalities } from '../../../seed';
import { agreementOutline } from '../../../src/domain/agreementOutline';
import { blocksText } from '../../../src/domain/documentText';
import type { Dialogue } from '../../../src/domain';

const data = materialise(seedMunicipalities.find((m) => m.key === 'skanderborg')!);
const agreement = data.agreements.find((a) => a.year === 2023)!;
const department = data.departments.find((d) => d.id === agreement.departmentId)!;

const dialogue = (id: number, date: string, title: string, extra: Partial<Dialogue> = {}): Dialogue => ({
  id,
  agreementId: agreement.id,
  departmentId: department.id,
  year: 2023,
  title,
  date,
  participants: [],
  followUps: [],
  ...extra
});

describe('contract dialogues in the agreement document', () => {
  it('prints each dialogue with its date, participants, minutes, what was agreed and follow-up points, in meeting order', () => {
    const outline = agreementOutline({
      agreement,
      department,
      departments: data.departments,
      goals: [],
      strategy: undefined,
      tracks: [],
      requirements: [],
      dialogues: [
        dialogue(2, '2023-09-05', 'Status august/september'),
        dialogue(1, '2023-04-18', 'Kontraktdialog forår 2023', {
          participants: ['Direktionen', 'Stabschefen'],
          notes: 'Sygefraværet er faldet.',
          agreed: 'Opfølgning i LMU.',
          followUps: ['Status i august']
        })
      ]
    });
    expect(outline.dialogues.map((d) => d.heading)).toEqual([
      'Kontraktdialog 18. april 2023: Kontraktdialog forår 2023',
      'Kontraktdialog 5. september 2023: Status august/september'
    ]);
    expect(blocksText(outline.dialogues[0].blocks)).toBe(
      [
        'Deltagere:',
        '• Direktionen',
        '• Stabschefen',
        'Referat:',
        'Sygefraværet er faldet.',
        'Aftalt:',
        'Opfølgning i LMU.',
        'Opfølgningspunkter:',
        '• Status i august'
      ].join('\n')
    );
    expect(outline.dialogues[1].blocks).toEqual([]);
  });

  it('prints no dialogue section for an agreement without dialogues', () => {
    const outline = agreementOutline({ agreement, department, departments: data.departments, goals: [], strategy: undefined, tracks: [], requirements: [] });
    expect(outline.dialogues).toEqual([]);
  });
});
