// Source 000, Udviklingsaftale 2020, Staben Økonomi, Innovation og IT: titles, the exact X marks
// and "Andet" policies of each goal's "Udgangspunkt for målet" table, the milestone table, the
// DUS 2020 tracks and themes, and the track matrix of the product over the seeded goals.
import { trackMatrix } from '../../../src/domain';
import { materialise } from '../../../seed/materialise';
import { AGREEMENT_2020_KEY } from '../../../seed/skanderborg/agreement-2020';
import { agreementPolicy } from '../../../seed/skanderborg/goals-2020';
import { agreementOf, departmentTitle, goalsOf, linesAfter, municipality, rawLines, sourceLines, strategyOf } from './seedLookup';

const m = municipality('skanderborg');
const agreement = agreementOf(m, AGREEMENT_2020_KEY);
const goals = goalsOf(m, AGREEMENT_2020_KEY);
const raw = rawLines('skanderborg2020');

/** Each goal table of the source: its four column headings and which of them carry an X. */
function sourceTables(): Array<{ columns: string[]; marked: boolean[] }> {
  const tables: Array<{ columns: string[]; marked: boolean[] }> = [];
  raw.forEach((line, i) => {
    if (line.startsWith('Udgangspunkt for målet\t')) {
      const columns = line.split('\t').slice(1);
      const cells = raw[i + 1].split('\t').slice(1);
      tables.push({ columns, marked: columns.map((_, c) => (cells[c] ?? '').trim() === 'X') });
    }
  });
  return tables;
}

describe('seed: Udviklingsaftale 2020, Staben Økonomi, Innovation og IT (000)', () => {
  it('is the 2020 agreement of the staff, waiting for the board (the document ends at delivery)', () => {
    expect(agreement.year).toBe(2020);
    expect(agreement.title).toBe('Udviklingsaftale 2020');
    expect(departmentTitle(m, agreement.departmentKey)).toBe('Staben Økonomi, Innovation og IT');
    expect(agreement.stage).toBe('boardApproval');
  });

  it('has the four goals with the titles of their "Mål:" lines, in order', () => {
    const titles = raw.filter((l) => l.startsWith('Mål: ')).map((l) => l.slice('Mål: '.length).trim());
    expect(goals.map((g) => g.title)).toEqual(titles);
    expect(goals.map((g) => g.number)).toEqual([1, 2, 3, 4]);
  });

  it('marks exactly the tracks and policies the source tables mark', () => {
    const tables = sourceTables();
    expect(tables).toHaveLength(4);
    tables.forEach((table, i) => {
      const expectedTracks = table.marked.slice(0, 3).flatMap((x, c) => (x ? [c + 1] : []));
      expect(goals[i].trackRefs).toEqual(expectedTracks.map((number) => ({ kind: 'track', number })));
      const policyHeading = table.columns[3].trim();
      const policyName = /^Andet \((.+)\)$/.exec(policyHeading)?.[1] ?? (policyHeading === 'Andet' ? undefined : policyHeading);
      // The table's short name is one of the agreement's own policies (section 1.1), stored by that name.
      expect(goals[i].policies).toEqual(table.marked[3] && policyName !== undefined ? [agreementPolicy(policyName)] : []);
    });
  });

  it('gives the marks of the document literally', () => {
    expect(goals.map((g) => g.trackRefs.map((t) => t.number))).toEqual([[1, 2, 3], [3], [1, 3], [1, 2]]);
    // "Andet (Økonomiske politik)" is the agreement's "Den økonomiske politik" (issue 16).
    expect(goals.map((g) => g.policies)).toEqual([['Digitaliserings- og IT-strategien'], [], ['Den økonomiske politik'], []]);
    expect(goals.flatMap((g) => g.policies).every((p) => agreement.policies.includes(p))).toBe(true);
    expect(() => agreementPolicy('Boligpolitikken')).toThrow();
  });

  it('builds the "Udgangspunkt for målet" matrix with the product\'s trackMatrix', () => {
    const data = materialise(m);
    const strategy = data.strategies.find((s) => s.year === 2020);
    const tracks = data.tracks.filter((t) => t.strategyId === strategy?.id && t.kind === 'track');
    const agreementId = data.ids.agreements.get(AGREEMENT_2020_KEY);
    // As the department view builds it: the agreement's policies are columns, and a goal's
    // "Andet (Økonomiske politik)" marks the existing "Den økonomiske politik", not a second column.
    const matrix = trackMatrix(
      data.goals.filter((g) => g.agreementId === agreementId),
      tracks,
      agreement.policies
    );
    expect(matrix.columns.map((c) => c.title)).toEqual([
      'Vores relationer til folkestyret',
      'Vores relationer til borgerne',
      'Vores relationer til hinanden',
      'Den økonomiske politik',
      'Indkøbs- og udbudspolitikken',
      'Digitaliserings- og IT-strategien',
      'Opkrævningsstrategien'
    ]);
    expect(matrix.rows.map((r) => r.marks.map((x) => (x ? 'X' : '.')).join(''))).toEqual(['XXX..X.', '..X....', 'X.XX...', 'XX.....']);
    expect(matrix.totals).toEqual([3, 2, 3, 1, 0, 1, 0]);
  });

  it('records the shared goals the "Hvem er involveret?" rows name', () => {
    const partners = goals.map((g) => g.sharedWithDepartmentKeys.map((k) => departmentTitle(m, k)));
    expect(partners).toEqual([['HR staben'], [], ['Fagsekretariatet Teknik og Miljø'], []]);
    expect(goals[2].continuesFromNote).toContain('Videreudvikling af anlægsstyringen');
    expect(goals[2].continuesFromKey).toBeUndefined();
  });

  it('fills purpose, activities, involved and follow-up of every goal', () => {
    for (const g of goals) {
      expect([g.purpose, g.activities, g.involved, g.followUpMethod].every((t) => (t ?? '').length > 20)).toBe(true);
    }
  });

  it('has the four policies of "1.1 Byrådets politikker"', () => {
    expect(agreement.policies).toEqual([
      'Den økonomiske politik',
      'Indkøbs- og udbudspolitikken',
      'Digitaliserings- og IT-strategien',
      'Opkrævningsstrategien'
    ]);
  });

  it('has every row of "Aftalens tilblivelse", dated where the row gives a year', () => {
    const rows = linesAfter(raw, 'Tilblivelse\tTidsrum', (l) => l.trim() === '').map((l) => l.split('\t'));
    expect(agreement.milestones.map((s) => s.title)).toEqual(rows.map((r) => r[0].trim()));
    rows.forEach((row, i) => {
      const milestone = agreement.milestones[i];
      if (/\d{4}/.test(row[1])) {
        expect(milestone.date).toMatch(/^2019-\d\d-\d\d$/);
        expect(milestone.note).toBeUndefined();
      } else {
        expect(milestone.date).toBeUndefined();
        expect(milestone.note).toBe(row[1].trim());
      }
    });
    expect(agreement.milestones[0]).toEqual({ title: 'Opstart LMU og ledergruppen', date: '2019-08-27' });
    expect(agreement.milestones[9]).toMatchObject({ date: '2019-11-22', endDate: '2019-11-25' });
    expect(agreement.milestones[11]).toEqual({ title: 'Afleveres til direktionen', date: '2019-12-03' });
  });

  it('seeds DUS 2020 with its 3 tracks and 4 cross-cutting themes', () => {
    const dus = strategyOf(m, 2020);
    const lines = sourceLines('skanderborg2020');
    const numbered = linesAfter(
      lines,
      'Byrådets vision ”Mennesker møder mennesker” er også direktionens tværgående tema for deres 3 udviklingsspor:',
      (l) => !/^\d\. /.test(l)
    );
    expect(dus.tracks.filter((t) => t.kind === 'track').map((t) => `${t.number}. ${t.title}`)).toEqual(numbered);
    const themes = dus.tracks.filter((t) => t.kind === 'theme').map((t) => t.title);
    expect(themes).toHaveLength(4);
    expect(themes[0]).toBe(dus.vision);
    expect(themes.slice(1)).toEqual(linesAfter(lines, 'De tværgående temaer er desuden:', (l) => l.startsWith('Staben for Økonomi')));
    expect(dus.requirements).toEqual([]);
  });
});
