import {
  contentChanges,
  contentOf,
  dateInputText,
  mergeAgreementContent,
  parseDanishDate,
  resolveAgreementContent,
  validateAgreementContent,
  type AgreementContent
} from '../../../src/domain/agreementContent';
import { agreementOutline } from '../../../src/domain/agreementOutline';
import type { Agreement, Department, Track } from '../../../src/domain';

const empty: AgreementContent = { policies: [], milestones: [], budgetChanges: [], sections: [] };
const tracks = [{ id: 7 }, { id: 8 }];

describe('parseDanishDate', () => {
  it.each([
    ['01-12-2023', '2023-12-01'],
    ['1-2-2024', '2024-02-01'],
    ['01.12.2023', '2023-12-01'],
    ['29-02-2024', '2024-02-29']
  ])('reads %s as %s', (text, iso) => {
    expect(parseDanishDate(text)).toEqual({ ok: true, value: iso });
  });
  it('reads empty as no date', () => expect(parseDanishDate('  ')).toEqual({ ok: true, value: undefined }));
  it.each(['2023-12-01', '31-02-2023', '12/2023', '1. december 2023'])('refuses %s with a code and the typed text', (text) => {
    expect(parseDanishDate(text)).toEqual({ ok: false, code: 'notADate', params: { value: text } });
  });
  it('shows a stored date as dd-mm-åååå', () => {
    expect(dateInputText('2023-12-01')).toBe('01-12-2023');
    expect(dateInputText(undefined)).toBe('');
  });
});

describe('validateAgreementContent', () => {
  it('accepts an empty agreement', () => expect(validateAgreementContent(empty, tracks).valid).toBe(true));
  it('asks for a heading in a free section; its text may wait', () => {
    const r = validateAgreementContent(
      {
        ...empty,
        sections: [
          { heading: '', body: 'Tekst' },
          { heading: 'Organisering', body: ' ' }
        ]
      },
      tracks
    );
    // A heading without text yet is allowed (the DUS names sections a new agreement starts with).
    expect(r.byField.sections).toEqual([{ field: 'sections', code: 'sectionHeadingRequired', params: { row: 1 } }]);
  });
  it('refuses a budget change tied to a track outside the year', () => {
    const r = validateAgreementContent({ ...empty, budgetChanges: [{ text: 'Justering af demografimodeller', trackIds: [7, 99] }] }, tracks);
    expect(r.byField.budgetChanges).toEqual([{ field: 'budgetChanges', code: 'budgetChangeForeignTrack', params: { row: 1 } }]);
  });
  it('checks the steps of "Aftalens tilblivelse"', () => {
    const r = validateAgreementContent(
      {
        ...empty,
        milestones: [{ title: '' }, { title: 'Høring', date: '2023-09-15', endDate: '2023-09-01' }, { title: 'LMU', endDate: '2023-09-01' }]
      },
      tracks
    );
    expect(r.byField.milestones?.map((p) => [p.code, p.params?.row])).toEqual([
      ['rowTextRequired', 1],
      ['endBeforeStart', 2],
      ['periodWithoutStart', 3]
    ]);
  });
  it('refuses a text longer than SharePoint keeps', () => {
    expect(validateAgreementContent({ ...empty, intro: 'x'.repeat(64_000) }, tracks).byField.intro?.[0].code).toBe('tooLongText');
  });
});

describe('merge of agreement content', () => {
  const base: AgreementContent = { ...empty, intro: 'A', coreTask: 'K' };
  it('takes fields only one side changed and asks about the rest', () => {
    const mine = { ...base, intro: 'A mine', coreTask: 'K mine' };
    const theirs = { ...base, coreTask: 'K theirs', sections: [{ heading: 'H', body: 'B' }] };
    const merge = mergeAgreementContent(base, mine, theirs);
    expect(merge.merged.intro).toBe('A mine');
    expect(merge.merged.sections).toEqual([{ heading: 'H', body: 'B' }]);
    expect(merge.conflicts).toEqual([{ key: 'coreTask', mine: 'K mine', theirs: 'K theirs' }]);
    expect(resolveAgreementContent(merge, new Set(['coreTask'])).coreTask).toBe('K mine');
    expect(resolveAgreementContent(merge, new Set()).coreTask).toBe('K theirs');
  });
  it('writes only what changed', () => {
    expect(contentChanges(base, { ...base, continuing: 'Videre' })).toEqual({ continuing: 'Videre' });
    expect(contentChanges(base, { ...base, intro: 'A' })).toEqual({});
  });
});

describe('the document prints the written sections', () => {
  const department = { id: 1, title: 'Staben' } as Department;
  const track = { id: 7, title: 'Vores relation til folkestyret', kind: 'track', number: 1 } as Track;
  const agreement: Agreement = {
    id: 5,
    departmentId: 1,
    year: 2024,
    title: 'Udviklingsaftale 2024',
    stage: 'draft',
    policies: ['Den økonomiske politik'],
    milestones: [{ title: 'Drøftelse i LMU', date: '2023-12-01' }],
    intro: 'Første afsnit.\n- punkt et\n- punkt to',
    strategyRelation: 'Pejlemærke 2',
    coreTask: 'Vi er her for borgerne.',
    budgetChanges: [{ text: 'Justering af demografimodeller', trackIds: [7] }],
    continuing: 'Digital post fortsætter.',
    sections: [{ heading: 'Bæredygtig arbejdskultur', body: '<img src=x onerror=alert(1)>' }]
  };
  const outline = agreementOutline({ agreement, department, departments: [department], goals: [], strategy: undefined, tracks: [track], requirements: [] });

  it('in the order of the seed documents, with paragraphs and bullets', () => {
    expect(outline.sections.map((s) => s.heading)).toEqual([
      'Indledning',
      'Relation til DUS',
      'Kerneopgave',
      'Byrådets politikker',
      'Årets budgetændringer',
      'Fra sidste års aftale fortsætter',
      'Bæredygtig arbejdskultur'
    ]);
    expect(outline.sections[0].blocks).toEqual([
      { kind: 'paragraph', text: 'Første afsnit.' },
      {
        kind: 'list',
        items: [
          { text: 'punkt et', level: 0 },
          { text: 'punkt to', level: 0 }
        ]
      }
    ]);
    expect(outline.sections[4].blocks).toEqual([
      { kind: 'list', items: [{ text: 'Justering af demografimodeller (Vores relation til folkestyret)', level: 0 }] }
    ]);
    // User text stays text: the renderers print it, never parse it as markup.
    expect(outline.sections[6].blocks).toEqual([{ kind: 'paragraph', text: '<img src=x onerror=alert(1)>' }]);
  });

  it('leaves out empty sections', () => {
    const bare = agreementOutline({
      agreement: {
        ...agreement,
        ...contentOf({ ...agreement, ...empty, intro: undefined, coreTask: undefined, continuing: undefined, strategyRelation: undefined })
      },
      department,
      departments: [department],
      goals: [],
      strategy: undefined,
      tracks: [track],
      requirements: []
    });
    expect(bare.sections).toEqual([]);
    expect(bare.milestones).toBeUndefined();
  });
});
