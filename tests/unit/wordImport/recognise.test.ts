// Issue 19, recognition: the formats of the seeds' years, and that every block becomes a part.
import type { DocBlock } from '../../../src/domain/wordImport/documentModel';
import { recognise, titleFacts } from '../../../src/domain/wordImport/recognise';
import { assemble, resolveGoal } from '../../../src/domain/wordImport/assemble';
import type { Department, Track } from '../../../src/domain/types';

const p = (text: string, strong = false): DocBlock => ({ kind: 'paragraph', text, ...(strong ? { strong } : {}) });
const h = (level: number, text: string): DocBlock => ({ kind: 'heading', level, text });
const li = (text: string, level = 0): DocBlock => ({ kind: 'listItem', level, text });
const cell = (...blocks: DocBlock[]) => ({ blocks });
const row = (...texts: string[]) => texts.map((t) => cell(...(t ? [p(t)] : [])));

describe('titleFacts', () => {
  it('reads year, years and department from the title or the writer subtitle', () => {
    expect(titleFacts('Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb')).toEqual({
      year: 2023,
      yearTo: undefined,
      departmentName: 'Staben Økonomi, Digitalisering og Indkøb'
    });
    expect(titleFacts('Virksomhedsplan for Økonomi og Stab 2016-2017')).toEqual({ year: 2016, yearTo: 2017, departmentName: 'Økonomi og Stab' });
    expect(titleFacts('Udviklingsaftale 2020', 'Staben Økonomi, Innovation og IT · 2020')).toEqual({
      year: 2020,
      yearTo: undefined,
      departmentName: 'Staben Økonomi, Innovation og IT'
    });
  });
});

describe('recognise', () => {
  it('reads the 2019-2020 question table: title row, X marks under their columns, answers', () => {
    const blocks: DocBlock[] = [
      p('Udviklingsaftale 2020 for Staben Økonomi, Innovation og IT'),
      h(1, 'Indledning'),
      p('Indledende tekst.'),
      h(2, '2.3 Anlægsstyring'),
      {
        kind: 'table',
        rows: [
          row('Mål: Bedre anlægsstyring', ''),
          row('Udgangspunkt for målet', 'Vores relationer til folkestyret', 'Vores relationer til borgerne', 'Andet (Økonomiske politik)'),
          row('', 'X', '', 'X'),
          [cell(p('Hvilken forandring vil vi opnå?')), cell(p('Rettidige investeringer.'), li('Budgetprocessen'))],
          row('Hvem er involveret?', 'Teknik og Miljø.')
        ]
      }
    ];
    const mapping = recognise(blocks);
    const { agreement, goals } = assemble(mapping);
    expect(agreement.intro).toBe('Indledende tekst.');
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({
      number: 3,
      title: 'Bedre anlægsstyring',
      purpose: 'Rettidige investeringer.\n- Budgetprocessen',
      involved: 'Teknik og Miljø.'
    });
    expect(goals[0].markedColumns).toEqual(['Vores relationer til folkestyret', 'Andet (Økonomiske politik)']);
    const tracks: Track[] = [{ id: 7, strategyId: 1, kind: 'track', number: 1, title: 'Vores relationer til folkestyret' }];
    expect(resolveGoal(goals[0], { tracks, requirements: [], departments: [] }).resolved).toMatchObject({ trackIds: [7], policies: ['Økonomiske politik'] });
    // Every block has a part, and the heading stays listed (as the goal's heading).
    expect(mapping.parts.find((x) => x.source === '2.3 Anlægsstyring')?.destination).toEqual({ kind: 'structure', role: 'goalHeading', goal: 0 });
  });

  it("reads Albertslund's Mål/Dokumentation/Opfølgning paragraphs, several goals under one focus area", () => {
    const mapping = recognise([
      p('Virksomhedsplan for Økonomi og Stab 2016-2017'),
      h(1, 'Smart administration'),
      p('Mål: Digitalisere processer'),
      p('Dokumentation:'),
      li('Et overblik'),
      li('En It-strategi'),
      p('Opfølgning: Målet er nået'),
      p('Mål: Eftersyn af spilleregler'),
      p('Dokumentation: En rapport')
    ]);
    const { goals } = assemble(mapping);
    expect(goals.map((g) => g.title)).toEqual(['Digitalisere processer', 'Eftersyn af spilleregler']);
    expect(goals[0].evidence.map((e) => e.text)).toEqual(['Et overblik', 'En It-strategi']);
    expect(goals[0]).toMatchObject({ outcomeNote: 'Målet er nået', outcome: 'achieved', groupHeading: 'Smart administration' });
    expect(goals[1].evidence.map((e) => e.text)).toEqual(['En rapport']);
    const focus: Track[] = [{ id: 3, strategyId: 1, kind: 'focusArea', number: 1, title: 'Smart administration' }];
    expect(resolveGoal(goals[1], { tracks: focus, requirements: [], departments: [] }).resolved.trackIds).toEqual([3]);
  });

  it('keeps unrecognised text as a free section and skips nothing silently', () => {
    const blocks: DocBlock[] = [
      p('Udviklingsaftale 2023 for X'),
      h(1, 'Bæredygtig arbejdskultur'),
      p('Vi arbejder bæredygtigt.'),
      h(2, '1. Sygefravær'),
      h(3, 'Aktiviteter'),
      li('Samtaler')
    ];
    const mapping = recognise(blocks);
    expect(mapping.parts).toHaveLength(blocks.length);
    expect(mapping.parts.every((x) => x.destination.kind !== 'skipped')).toBe(true);
    const { agreement, goals } = assemble(mapping);
    expect(agreement.sections).toEqual([{ heading: 'Bæredygtig arbejdskultur', body: 'Vi arbejder bæredygtigt.' }]);
    expect(goals[0]).toMatchObject({ number: 1, title: 'Sygefravær', activities: '- Samtaler' });
  });

  it('moving a part to another goal field, or skipping it, changes what is assembled', () => {
    const mapping = recognise([p('Udviklingsaftale 2023 for X'), h(2, '1. Sygefravær'), h(3, 'Aktiviteter'), p('Samtaler'), p('Måles i 2024')]);
    const last = mapping.parts[mapping.parts.length - 1];
    last.destination = { kind: 'goal', goal: 0, field: 'followUpMethod' };
    expect(assemble(mapping).goals[0]).toMatchObject({ activities: 'Samtaler', followUpMethod: 'Måles i 2024' });
    last.destination = { kind: 'skipped' };
    expect(assemble(mapping).goals[0].followUpMethod).toBeUndefined();
  });

  it('splits "Fællesmål med" against the department names, reporting names it cannot find', () => {
    const mapping = recognise([
      p('Udviklingsaftale 2020 for X'),
      h(2, '1. Anlæg'),
      p('Fællesmål med Fagsekretariatet Teknik og Miljø og Ukendt Afdeling'),
      h(3, 'Aktiviteter'),
      p('a')
    ]);
    const departments: Department[] = [{ id: 9, title: 'Fagsekretariatet Teknik og Miljø', kind: 'secretariat', editors: [], active: true }];
    const { resolved, problems } = resolveGoal(assemble(mapping).goals[0], { tracks: [], requirements: [], departments });
    expect(resolved.sharedWithDepartmentIds).toEqual([9]);
    expect(problems).toEqual([{ code: 'unknownDepartment', goal: 0, params: { name: 'ukendt afdeling' } }]);
  });
});
