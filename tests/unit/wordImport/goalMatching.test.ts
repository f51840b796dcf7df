// Which stored goal a goal of a corrected file is: number, then title, then text, then position.
import { matchGoals, similarity, type EarlierGoal, type IncomingGoal } from '../../../src/domain/wordImport/goalMatching';

const earlier: EarlierGoal[] = [
  { clientId: 'id-a', title: 'Digital post til alle borgere', text: 'Borgerne skal kunne modtage post digitalt.' },
  { clientId: 'id-b', title: 'Sygefravær i staben', text: 'Fraværet skal ned gennem bedre trivsel og dialog.' },
  { clientId: 'id-c', title: 'Klimavenlig kantine', text: 'Kantinen skal servere mere plantebaseret mad.' }
];
const incoming = (goals: Array<Partial<IncomingGoal> & { title: string }>): IncomingGoal[] =>
  goals.map((g, position) => ({ position, text: '', keyId: `id-p${position}`, ...g }));

describe('matchGoals', () => {
  it('an unnumbered goal inserted in the middle is new; the goals after it keep their ids', () => {
    // The earlier import keyed these unnumbered goals by position: p0, p1, p2 = a, b, c.
    const positional = earlier.map((e, i) => ({ ...e, clientId: `id-p${i}` }));
    const matched = matchGoals(
      incoming([
        { title: 'Digital post til alle borgere' },
        { title: 'Et helt nyt mål om rekruttering' },
        { title: 'Sygefravær i staben' },
        { title: 'Klimavenlig kantine' }
      ]),
      positional
    );
    expect([...matched.entries()].sort()).toEqual([
      [0, 'id-p0'],
      [2, 'id-p1'],
      [3, 'id-p2']
    ]);
    expect(matched.has(1)).toBe(false);
  });

  it('finds a retitled goal by a similar title, and one with a new title by its text', () => {
    const matched = matchGoals(
      incoming([
        { title: 'Klimavenlig kantine', text: '' },
        { title: 'Nedbringelse af sygefravær', text: 'Fraværet skal ned gennem bedre trivsel og dialog med lederne.' },
        { title: 'Digital post til alle borgerne i kommunen' }
      ]),
      earlier
    );
    expect(matched.get(0)).toBe('id-c');
    expect(matched.get(1)).toBe('id-b');
    expect(matched.get(2)).toBe('id-a');
  });

  it("a numbered goal is its number's goal, and position is only the last resort", () => {
    const byNumber = matchGoals([{ position: 0, number: 2, title: 'Helt ny titel', text: '', keyId: 'id-b' }], earlier);
    expect(byNumber.get(0)).toBe('id-b');
    const positional = earlier.map((e, i) => ({ ...e, clientId: `id-p${i}` }));
    const last = matchGoals(incoming([{ title: 'Ingen lighed overhovedet' }]), positional);
    expect(last.get(0)).toBe('id-p0');
  });

  it('gives every stored goal to at most one goal of the file', () => {
    const matched = matchGoals(incoming([{ title: 'Sygefravær i staben' }, { title: 'Sygefravær i staben' }]), earlier);
    expect(matched.get(0)).toBe('id-b');
    expect(matched.has(1)).toBe(false);
  });
});

describe('similarity', () => {
  it('is the share of words two texts have in common', () => {
    expect(similarity('Sygefravær i staben', 'sygefravær i staben')).toBe(1);
    expect(similarity('', 'noget')).toBe(0);
    expect(similarity('digital post borgere', 'digital post virksomheder')).toBeCloseTo(2 / 3);
  });
});
