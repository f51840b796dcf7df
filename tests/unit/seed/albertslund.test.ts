// Source 002, Albertslund's Virksomhedsplan for Økonomi og Stab 2016-2017: the four focus areas
// and their goals with evidence, and the follow-up of the 2015 goals with each one's outcome.
import { ALBERTSLUND_STAGES, outcomeProblems } from '../../../src/domain';
import type { OutcomeCode } from '../../../src/domain/types';
import { materialise } from '../../../seed/materialise';
import { normaliseText } from '../../../seed/sources';
import { FOLLOWUP_2015_KEY } from '../../../seed/albertslund/followup-2015';
import { PLAN_2016_KEY } from '../../../seed/albertslund/plan-2016';
import { readFollowUp, verdictOf } from '../../../seed/albertslund/followUpReading';
import { agreementOf, departmentTitle, goalsOf, linesAfter, municipality, sourceLines, strategyOf } from './seedLookup';

const m = municipality('albertslund');
const lines = sourceLines('albertslund2016');
const plan = agreementOf(m, PLAN_2016_KEY);
const planGoals = goalsOf(m, PLAN_2016_KEY);
const followUp = agreementOf(m, FOLLOWUP_2015_KEY);
const followUpGoals = goalsOf(m, FOLLOWUP_2015_KEY);

const FOLLOW_UP_HEADING = 'Opfølgning på Økonomi og Stabs mål 2015';
const planLines = linesAfter(lines, 'På de kommende sider gennemgås de 4 indsatsområder med hver deres underliggende mål.', (l) => l === FOLLOW_UP_HEADING);
const followUpLines = linesAfter(lines, FOLLOW_UP_HEADING, (l) => l === 'OM VIRKSOMHEDSPLANEN');

/** The plan's section headings (section 3's heading words differ from the focus-area list). */
const SECTION_HEADINGS = [
  '1. SMARTere administration',
  '2. Læring i en netværksbaseret organisation',
  '3. Fokus på kvaliteten af vores indsats',
  '4. Økonomi og Stabs interne udvikling'
];

/** Number of "Mål:" lines per focus-area section of the 2016 plan. */
function goalsPerSection(): number[] {
  const counts: number[] = [];
  for (const line of planLines) {
    if (SECTION_HEADINGS.includes(line)) {
      counts.push(0);
    } else if (line.startsWith('Mål:')) {
      counts[counts.length - 1] += 1;
    }
  }
  return counts;
}

/** The "Opfølgning:" text of each 2015 goal, in order. */
function followUpNotes(): string[] {
  const groupHeadings = new Set([
    'Læring i den netværksbaserede organisation',
    'Fokus på kvalitet/effekt af vores indsats',
    'Ny lokalforankret lønadministration i Albertslund Kommune'
  ]);
  const notes: string[] = [];
  let current: string[] | undefined;
  for (const line of followUpLines) {
    if (line.startsWith('Mål:') || groupHeadings.has(line)) {
      current = undefined;
    } else if (line.startsWith('Opfølgning:')) {
      current = [line.slice('Opfølgning:'.length).trim()].filter((x) => x.length > 0);
      notes.push('');
    } else if (current) {
      current.push(line);
    }
    if (current) {
      notes[notes.length - 1] = current.join(' ');
    }
  }
  return notes;
}

describe('seed: Albertslund, Virksomhedsplan for Økonomi og Stab 2016-2017 (002)', () => {
  it('is the two-year plan of Økonomi og Stab', () => {
    expect(plan.title.toUpperCase()).toBe(lines[0]);
    expect([plan.year, plan.yearTo]).toEqual([2016, 2017]);
    expect(departmentTitle(m, plan.departmentKey)).toBe('Økonomi og Stab');
  });

  it('seeds the four focus areas of "De fire indsatsområder er:" as focus-area tracks of 2016-17', () => {
    const strategy = strategyOf(m, 2016);
    expect(strategy.yearTo).toBe(2017);
    const listed = linesAfter(lines, 'De fire indsatsområder er:', (l) => !/^\d\. /.test(l));
    expect(strategy.tracks.map((t) => `${t.number}. ${t.title}`)).toEqual(listed);
    expect(strategy.tracks.every((t) => t.kind === 'focusArea')).toBe(true);
  });

  it('has every goal of each focus area, with its evidence ("Dokumentation")', () => {
    const counts = goalsPerSection();
    expect(counts).toEqual([9, 4, 7, 5]);
    const seeded = [1, 2, 3, 4].map((n) => planGoals.filter((g) => g.trackRefs.some((t) => t.number === n)).length);
    expect(seeded).toEqual(counts);
    expect(planGoals.every((g) => g.trackRefs.length === 1 && g.trackRefs[0].kind === 'focusArea')).toBe(true);
    expect(planGoals.every((g) => g.evidence.length > 0 && g.evidence.every((e) => e.text.length > 0))).toBe(true);
  });

  it('titles the goals as their "Mål:" lines', () => {
    const titles = planLines.filter((l) => /^Mål: ./.test(l)).map((l) => l.slice('Mål: '.length));
    const seededTitles = planGoals.map((g) => g.title);
    // The smart-city goal's title is cut by the "Dokumentation:" column in the conversion.
    expect(titles.filter((t) => !seededTitles.includes(t))).toEqual(['Skabe en organisering og styring, der sikrer en']);
  });

  it("pairs focus area 3's five goals with its five evidence blocks in order", () => {
    const area3 = planGoals.filter((g) => g.trackRefs[0].number === 3).slice(0, 5);
    expect(area3.map((g) => g.evidence[0].text.slice(0, 41))).toEqual([
      'Økonomi og Stab har sammen med Politik og',
      'Økonomi og Stab har formuleret udkast til',
      'Indtægter fra moms og hjemtagelse af stat',
      'Budgetprocessen har sikret en tættere ind',
      'Økonomi og Stab bidrager til arbejdet i s'
    ]);
  });
});

describe('seed: Albertslund, follow-up of the 2015 goals (002)', () => {
  const expectedOutcomes: Array<OutcomeCode | undefined> = [
    'continued',
    'partlyAchieved',
    'continued',
    'continued',
    'achieved',
    'continued',
    'achieved',
    'changed',
    'dropped',
    undefined,
    undefined,
    'achieved',
    'continued',
    'notAchieved',
    undefined,
    undefined,
    undefined,
    'achieved',
    'notAchieved',
    undefined,
    'partlyAchieved',
    undefined,
    'notAchieved',
    'continued',
    'achieved',
    'achieved',
    'achieved',
    'partlyAchieved'
  ];

  it('is a closed 2015 agreement of Økonomi og Stab with all 28 goals', () => {
    expect(followUp.year).toBe(2015);
    expect(followUp.stage).toBe('closed');
    expect(followUp.departmentKey).toBe(plan.departmentKey);
    expect(followUpLines.filter((l) => l.startsWith('Mål:'))).toHaveLength(28);
    expect(followUpGoals).toHaveLength(28);
  });

  it('carries each goal\'s "Opfølgning" note verbatim, in document order', () => {
    const notes = followUpNotes();
    expect(notes).toHaveLength(28);
    expect(followUpGoals.map((g) => normaliseText(g.outcomeNote ?? ''))).toEqual(notes);
  });

  it('sets the outcome the note states, and none where the note gives no verdict', () => {
    expect(followUpGoals.map((g) => g.outcome)).toEqual(expectedOutcomes);
    expect(followUpGoals.find((g) => g.key === 'al-2015-citywifi')?.outcomeNote).toBe('Målet viste sig irrelevant.');
    expect(followUpGoals.find((g) => g.key === 'al-2015-digitaliseringsstrategi')?.outcome).toBe('changed');
  });

  it('reads each outcome from the document\'s own "Opfølgning" words, and never leaves a verdict unread', () => {
    const notes = followUpNotes();
    notes.forEach((note, i) => {
      const goal = followUpGoals[i];
      expect({ key: goal.key, outcome: goal.outcome }).toEqual({ key: goal.key, outcome: verdictOf(note) });
      // A note with one of the verdict phrases always has its outcome (no "Ikke fulgt op" above it).
      if (/målet er (nået|opnået|opfyldt)|mål opnået|delvis|videreføres|arbejdet (med målet )?pågår|ikke nået|ændret sig|irrelevant/i.test(note)) {
        expect({ key: goal.key, hasOutcome: goal.outcome !== undefined }).toEqual({ key: goal.key, hasOutcome: true });
      }
    });
    expect(verdictOf('Arbejdet pågår og målet videreføres og afsluttes i 2016')).toBe('continued');
    expect(verdictOf('Målet er ikke nået, og der arbejdes videre med det i 2016/17')).toBe('notAchieved');
    expect(verdictOf('Målet er delvis opfyldt. Der er gennemført …')).toBe('partlyAchieved');
    expect(verdictOf('Målet er nået. Det gentages og videreudvikles i 2016/17')).toBe('achieved');
  });

  it('delivers the evidence of a reached goal, and an item of another only where its note says it was done', () => {
    const notes = followUpNotes();
    followUpGoals.forEach((goal, i) => {
      if (goal.outcome === 'achieved') expect({ key: goal.key, all: goal.evidence.every((e) => e.delivered) }).toEqual({ key: goal.key, all: true });
      if (goal.outcome === 'dropped' || goal.outcome === 'changed') expect(goal.evidence.some((e) => e.delivered)).toBe(false);
      expect(notes[i].length).toBeGreaterThan(0);
    });
    const byKey = (key: string): boolean[] => (followUpGoals.find((g) => g.key === key)?.evidence ?? []).map((e) => e.delivered);
    // "Der er gennemført undervisning i I-help og Analyzer": those two courses, and the maturity analysis.
    expect(byKey('al-2015-digitalt-kompetenceloeft')).toEqual([true, false, true, true]);
    // "ØS har ikke været involveret i netværket 'Bo i AK'": the third item is not delivered.
    expect(byKey('al-2015-netvaerksarbejde')).toEqual([true, true, false]);
    expect(() => readFollowUp(followUpGoals[0], { 0: 'en sætning, dokumentet ikke har' })).toThrow(/not in its Opfølgning text/);
  });

  it("groups the goals under the follow-up's headings, the 2015 focus areas 1-3", () => {
    const strategy = strategyOf(m, 2015);
    expect(strategy.tracks.map((t) => t.title)).toEqual([
      'Smart administration',
      'Læring i den netværksbaserede organisation',
      'Fokus på kvalitet/effekt af vores indsats'
    ]);
    const perArea = [1, 2, 3].map((n) => followUpGoals.filter((g) => g.trackRefs.some((t) => t.number === n)).length);
    expect(perArea).toEqual([9, 8, 7]);
    const loen = followUpGoals.filter((g) => g.trackRefs.length === 0);
    expect(loen.map((g) => g.heading)).toEqual(Array(4).fill('Ny lokalforankret lønadministration i Albertslund Kommune'));
  });

  it('passes the product\'s outcome rules, except three "Videreføres" the 2016 plan does not take up', () => {
    const data = materialise(m);
    const followUpId = data.ids.agreements.get(FOLLOWUP_2015_KEY);
    const later = data.goals.filter((g) => g.year > 2015);
    const problems = data.goals
      .filter((g) => g.agreementId === followUpId)
      .filter((g) => outcomeProblems(ALBERTSLUND_STAGES, g, later).length > 0)
      .map((g) => g.title.slice(0, 40));
    expect(problems).toEqual([
      'Vi vil understøtte netværksorganisatione',
      'ØS vil gøre Kommunens børn kontantløse –',
      'Vi vil udarbejde en strategi for økonomi'
    ]);
  });

  it('links 2016 goals to the 2015 goals their follow-up says carry on', () => {
    const linked = planGoals.filter((g) => g.continuesFromKey !== undefined).map((g) => [g.key, g.continuesFromKey]);
    expect(linked).toHaveLength(8);
    const keys2015 = new Set(followUpGoals.map((g) => g.key));
    expect(linked.every(([, from]) => from !== undefined && keys2015.has(from))).toBe(true);
  });
});
