// Completeness of Albertslund's goals against source 002: every "Mål" text, every
// "Dokumentation" block and every "Opfølgning" note is carried whole, not only in part. The
// fidelity test proves each line exists in the source; this one proves no line was left out.
import { comparableSource, verbatimPieces } from '../../../seed/sources';
import { FOLLOWUP_2015_KEY } from '../../../seed/albertslund/followup-2015';
import { PLAN_2016_KEY } from '../../../seed/albertslund/plan-2016';
import type { SeedGoal } from '../../../seed/types';
import { goalsOf, municipality } from './seedLookup';

const m = municipality('albertslund');
const source = comparableSource('albertslund2016');

/** A seed text as one lower-case line, the way the comparable source reads. */
function flat(text: string): string {
  return verbatimPieces(text).join(' ').toLocaleLowerCase('da');
}

function evidenceText(goal: SeedGoal): string {
  return flat(goal.evidence.map((e) => e.text).join('\n'));
}

/** The source between two headings, with list markers glued to their item ("-DIF") removed. */
function segment(from: string, to: string): string {
  const start = source.indexOf(from);
  const end = source.indexOf(to, start);
  if (start < 0 || end < 0) {
    throw new Error(`Segment ${from} .. ${to} not found`);
  }
  return source.slice(start + from.length, end).replace(/(^|\s)-(?=\S)/g, '$1');
}

describe('seed completeness: Albertslund follow-up of 2015 (002)', () => {
  const goals = goalsOf(m, FOLLOWUP_2015_KEY);
  const chunks = segment('opfølgning på økonomi og stabs mål 2015', 'om virksomhedsplanen')
    .split(/\bmål: /)
    .slice(1)
    .map((chunk) => {
      const [goalPart, rest] = chunk.split(/\bdokumentation: ?/);
      const [evidencePart, notePart] = rest.split(/\bopfølgning: ?/);
      return { goalPart: goalPart.trim(), evidencePart: evidencePart.trim(), notePart: notePart.trim() };
    });

  it('finds the 28 goals in the source', () => {
    expect(chunks).toHaveLength(28);
    expect(goals).toHaveLength(28);
  });

  it.each(goals.map((g, i) => [g.key, i] as const))('%s: goal text, whole evidence and note', (_key, i) => {
    const goal = goals[i];
    const chunk = chunks[i];
    expect(chunk.goalPart).toBe(flat(goal.goalStatement ?? goal.title));
    expect(chunk.evidencePart).toBe(evidenceText(goal));
    expect(chunk.notePart.startsWith(flat(goal.outcomeNote ?? ''))).toBe(true);
    // What follows the note is at most the next group's heading.
    const rest = chunk.notePart.slice(flat(goal.outcomeNote ?? '').length).trim();
    expect([
      '',
      'læring i den netværksbaserede organisation',
      'fokus på kvalitet/effekt af vores indsats',
      'ny lokalforankret lønadministration i albertslund kommune'
    ]).toContain(rest);
  });
});

describe('seed completeness: Albertslund virksomhedsplan 2016-2017 (002)', () => {
  const goals = goalsOf(m, PLAN_2016_KEY);
  const plan = segment('på de kommende sider gennemgås de 4 indsatsområder med hver deres underliggende mål.', 'opfølgning på økonomi og stabs mål 2015');

  it.each(goals.map((g) => [g.key, g] as const))('%s: the whole "Dokumentation" block is carried', (_key, goal) => {
    const text = evidenceText(goal);
    const at = plan.indexOf(text);
    expect(at).toBeGreaterThan(0);
    expect(plan.slice(0, at).trimEnd().endsWith('dokumentation:')).toBe(true);
    const after = plan.slice(at + text.length).trimStart();
    expect(after === '' || /^(mål|dokumentation:|[234]\. )/.test(after)).toBe(true);
  });
});
