// Source 001, Udviklingsaftale 2023, Staben Økonomi, Digitalisering og Indkøb: the seven goals,
// DUS 2023's two tracks and six requirements with the product's coverage, shared goal 7, the
// sick-leave target, and the two climate goals with every annex field, SDGs and effects.
import { requirementCoverage, validateGoal } from '../../../src/domain';
import { materialise } from '../../../seed/materialise';
import { AGREEMENT_2023_KEY } from '../../../seed/skanderborg/agreement-2023';
import type { SeedGoal } from '../../../seed/types';
import { agreementOf, departmentTitle, goalsOf, linesAfter, municipality, rawLines, sourceLines, strategyOf } from './seedLookup';

const m = municipality('skanderborg');
const agreement = agreementOf(m, AGREEMENT_2023_KEY);
const goals = goalsOf(m, AGREEMENT_2023_KEY);
const numbered = goals.filter((g) => g.climate === undefined);
const climate = goals.filter((g) => g.climate !== undefined);
const lines = sourceLines('skanderborg2023');
const raw = rawLines('skanderborg2023');

function climateGoal(title: string): SeedGoal {
  const goal = climate.find((g) => g.title === title);
  if (!goal) {
    throw new Error(`No climate goal ${title}`);
  }
  return goal;
}

/** The 1-5 cell with the X in the source's n-th "Vurdering af effekt" row, or undefined. */
function sourceResourceEffect(n: number): number | undefined {
  const row = raw.filter((l) => l.startsWith('Vurdering af effekt'))[n];
  const cells = row.split('\t').slice(1);
  const index = cells.findIndex((c) => c.trim() === 'X');
  return index < 0 ? undefined : index + 1;
}

describe('seed: Udviklingsaftale 2023, Staben Økonomi, Digitalisering og Indkøb (001)', () => {
  it('is the approved 2023 agreement ("Aftale indgået med Direktionen") without an invented date', () => {
    expect(agreement.title).toBe('Udviklingsaftale 2023 for Staben Økonomi, Digitalisering og Indkøb');
    expect(agreement.year).toBe(2023);
    expect(agreement.stage).toBe('approved');
    expect(departmentTitle(m, agreement.departmentKey)).toBe('Staben Økonomi, Digitalisering og Indkøb');
    expect(agreement.milestones).toEqual([]);
  });

  it('has the seven numbered goals with the titles of their headings, and two climate goals', () => {
    const headings = lines
      .map((l) => /^([1-7])\. (?:Udviklingsmål: )?(.+)$/.exec(l))
      .filter((x): x is RegExpExecArray => x !== null)
      .filter((x) => !lines.slice(0, lines.indexOf('1. Forslag til noget vi skal holde op med at gøre')).includes(x[0]))
      .map((x) => `${x[1]}. ${x[2]}`);
    expect(numbered.map((g) => `${g.number}. ${g.title}`)).toEqual(headings);
    expect(numbered).toHaveLength(7);
    expect(climate.map((g) => g.title)).toEqual([
      'Indkøb med omtanke – videreførelsen af strategisporet ”Fokus på bæredygtige indkøb”',
      'Bæredygtige Pc-anskaffelser'
    ]);
  });

  it('seeds DUS 2023 with the two tracks and six requirements the agreement quotes', () => {
    const dus = strategyOf(m, 2023);
    const tracks = linesAfter(lines, 'De to udviklingsspor er:', (l) => !/^\d\. /.test(l));
    expect(dus.tracks.map((t) => `${t.number}. ${t.title}`)).toEqual(tracks);
    expect(dus.tracks.every((t) => t.kind === 'track')).toBe(true);
    const requirements = linesAfter(lines, 'Følgende skal fremgå af kontrakter og aftaler for 2023:', (l) => !/^\d\. /.test(l));
    expect(requirements).toHaveLength(6);
    expect(dus.requirements.map((r) => `${r.number}. ${r.title}`)).toEqual(requirements);
    expect(dus.minimumGoalContent).toEqual(['purpose', 'activities', 'followUpMethod', 'citizenImpact']);
  });

  it('covers each requirement with the goal of the same number (product coverage)', () => {
    const data = materialise(m);
    const strategy = data.strategies.find((s) => s.year === 2023);
    const requirements = data.requirements.filter((r) => r.strategyId === strategy?.id);
    const agreementId = data.ids.agreements.get(AGREEMENT_2023_KEY);
    const coverage = requirementCoverage(
      requirements,
      data.goals.filter((g) => g.agreementId === agreementId)
    );
    expect(coverage.missing).toEqual([]);
    expect(coverage.coveredCount).toBe(6);
    expect(coverage.rows.map((r) => r.coveringGoals.map((g) => g.number))).toEqual([[1], [2], [3], [4], [5], [6]]);
  });

  it('meets the 2023 minimum content in every goal, as the product validates it', () => {
    const data = materialise(m);
    const dus = data.strategies.find((s) => s.year === 2023);
    const agreementId = data.ids.agreements.get(AGREEMENT_2023_KEY);
    const messages = data.goals
      .filter((g) => g.agreementId === agreementId)
      .flatMap((g) => validateGoal(g, dus).problems.map((x) => `${g.title}: ${x.field} ${x.code}`));
    expect(messages).toEqual([]);
    for (const g of numbered) {
      expect((g.citizenImpact ?? '').length).toBeGreaterThan(20);
      expect((g.goalStatement ?? '').length).toBeGreaterThan(20);
    }
  });

  it('shares goal 7 with Byrådssekretariatet and HR, multi-year', () => {
    const goal7 = numbered[6];
    expect(goal7.title).toBe('Dataunderstøttelse af "Fastholdelse og rekruttering"');
    expect(goal7.heading).toBe('Fællesmål med Byrådssekretariatet og HR');
    expect(goal7.sharedWithDepartmentKeys.map((k) => departmentTitle(m, k))).toEqual(['Byrådssekretariatet', 'HR staben']);
    expect(goal7.horizon).toBe('multiYear');
    expect(lines[lines.indexOf('Tidsperspektiv:') + 1]).toBe('Flerårigt');
    expect(numbered.slice(0, 6).every((g) => g.horizon === undefined && g.sharedWithDepartmentKeys.length === 0)).toBe(true);
  });

  it('structures the 2.8 % sick-leave goal as a target (at most 2.8 %, baseline 2021)', () => {
    const goal3 = numbered[2];
    expect(goal3.title).toBe('Sygefravær i staben');
    expect(goal3.target).toEqual({
      value: 2.8,
      unit: '%',
      direction: 'atMost',
      baseline: 2.8,
      baselineYear: 2021,
      note: 'Det er målet, at der max. må være et sygefravær på 2,8 pct., svarende til niveauet for staben i 2021.'
    });
    expect(numbered.filter((g) => g.target !== undefined)).toHaveLength(1);
  });

  it('shares both climate goals with Klimaafdelingen and fills every annex row the document fills', () => {
    for (const g of climate) {
      expect(g.sharedWithDepartmentKeys.map((k) => departmentTitle(m, k))).toEqual(['Klimaafdelingen']);
    }
    const purchasing = climateGoal('Indkøb med omtanke – videreførelsen af strategisporet ”Fokus på bæredygtige indkøb”');
    const annex = purchasing.climate;
    const rows = [
      annex?.strategyTrack,
      annex?.description,
      annex?.deliverable,
      annex?.subGoals,
      annex?.responsible,
      annex?.timeline,
      annex?.funding,
      annex?.addedValues,
      annex?.distribution,
      annex?.barriers,
      annex?.sdgNote,
      annex?.co2Effect
    ];
    expect(rows.every((r) => r !== undefined && r.length > 0)).toBe(true);
    expect(annex?.responsible).toBe('Indkøb & Udbud i samarbejde med de decentrale indkøbsdisponenter.');
    expect(annex?.subGoals).toBe('Skanderborg kommune skal være CO2-neutral i 2025.');

    const pcs = climateGoal('Bæredygtige Pc-anskaffelser').climate;
    expect(pcs?.responsible).toBe('IT/Digitalisering og Forretningsudvikling');
    expect(pcs?.barriers).toBe('Ikke relevant.');
    expect(pcs?.deliverable).toContain("500 reproducerede Pc'er i 2026.");
    // Left blank in the document.
    expect(pcs?.co2Effect).toBeUndefined();
    expect(pcs?.resourceEffect).toBeUndefined();
  });

  it('takes the SDGs from the "Verdensmål" cells by number', () => {
    const cells = raw.filter((l) => l.startsWith('Verdensmål\t'));
    expect(cells).toHaveLength(2);
    const marked = (cell: string) => [...cell.matchAll(/>\s*(\d{1,2})\.? [A-ZÆØÅ]/g)].map((x) => Number(x[1]));
    expect(climate.map((g) => g.climate?.sdgs)).toEqual([marked(cells[0]), marked(cells[1])]);
    expect(climate.map((g) => g.climate?.sdgs)).toEqual([
      [7, 13],
      [12, 13]
    ]);
  });

  it('reads the resource effect from the X on the 1-5 scale', () => {
    expect(climate.map((g) => g.climate?.resourceEffect)).toEqual([sourceResourceEffect(0), sourceResourceEffect(1)]);
    expect(climate[0].climate?.resourceEffect).toBe(4);
  });

  it('notes where a goal carries on from 2022 without inventing a 2022 goal', () => {
    expect(numbered[1].continuesFromNote).toContain('Den opgave videreføres i 2023');
    expect(numbered[4].continuesFromNote).toContain('I 2023 er det fortsat målet');
    expect(goals.every((g) => g.continuesFromKey === undefined)).toBe(true);
  });
});
