// Source 004 (Udviklingsaftale 2019 for Byråds- og Direktionssekretariatet) and source 003
// (Direktionens UdviklingsSpor 2022): titles, goals, tracks, requirements and minimum content.
import { AGREEMENT_2019_KEY } from '../../../seed/skanderborg/agreement-2019';
import { agreementOf, departmentTitle, goalsOf, linesAfter, municipality, sourceLines, strategyOf } from './seedLookup';

const m = municipality('skanderborg');

describe('seed: Udviklingsaftale 2019 for Byråds- og Direktionssekretariatet (004)', () => {
  const agreement = agreementOf(m, AGREEMENT_2019_KEY);
  const goals = goalsOf(m, AGREEMENT_2019_KEY);
  const lines = sourceLines('skanderborg2019');

  it('is the 2019 agreement of the secretariat, with the document title', () => {
    expect(agreement.title).toBe(lines[0]);
    expect(agreement.year).toBe(2019);
    expect(departmentTitle(m, agreement.departmentKey)).toBe('Byråds- og Direktionssekretariatet');
  });

  it('has the three goals under "Udviklingsmål:" in order, titled by their quoted headings', () => {
    const headings = lines.filter((l) => /^”[^”]+”$/.test(l)).map((l) => l.slice(1, -1));
    expect(goals.map((g) => g.title)).toEqual(headings);
    expect(goals.map((g) => g.title)).toEqual(['Visionen i Centrum', 'Udvikling med fokus på visionen', 'Udvikling med afsæt i virkningen']);
  });

  it('fills purpose, activities and follow-up of every goal, one follow-up per document section', () => {
    expect(lines.filter((l) => l === 'Opfølgning på udviklingsmålet:')).toHaveLength(goals.length);
    for (const g of goals) {
      expect([g.purpose, g.activities, g.followUpMethod].every((t) => (t ?? '').length > 50)).toBe(true);
    }
  });

  it('seeds no DUS for 2019 and no track marks, since the document gives neither', () => {
    expect(m.strategies.some((s) => s.year === 2019)).toBe(false);
    expect(goals.every((g) => g.trackRefs.length === 0 && g.requirementRefs.length === 0)).toBe(true);
  });

  it("keeps the three relations as the headings of goal 2's activities", () => {
    const activities = goals[1].activities ?? '';
    for (const heading of ['Vores relationer til folkestyret:', 'Vores relationer til borgerne:', 'Vores relationer til hinanden:']) {
      expect(activities.split('\n')).toContain(heading);
    }
  });
});

describe('seed: Direktionens UdviklingsSpor 2022 (003)', () => {
  const dus = strategyOf(m, 2022);
  const lines = sourceLines('skanderborgDus2022');

  it('is titled as the document and requires purpose, activities and follow-up', () => {
    expect(dus.title).toBe('Direktionens UdviklingsSpor 2022');
    expect(dus.source).toBe('skanderborgDus2022');
    expect(dus.minimumGoalContent).toEqual(['purpose', 'activities', 'followUpMethod']);
    expect(lines).toContain(
      'Der er følgende minimumskrav til udviklingsmålene i kontrakter og aftaler. De skal indeholde formål, beskrivelse af hvilke aktiviteter der igangsættes, og hvordan der følges op på virkningerne.'
    );
  });

  it('has the three tracks of "De tre udviklingsspor er:", each with its SPOR text', () => {
    const listed = linesAfter(lines, 'De tre udviklingsspor er:', (l) => !/^\d\. /.test(l)).map((l) => l.replace(/\.$/, ''));
    expect(dus.tracks.map((t) => `${t.number}. ${t.title}`)).toEqual(listed);
    expect(dus.tracks.every((t) => t.kind === 'track' && (t.description ?? '').length > 500)).toBe(true);
  });

  it('has the five requirements of "Opsamlende skal kontrakterne:", all on the agreement', () => {
    const listed = linesAfter(lines, 'Opsamlende skal kontrakterne:', (l) => l.startsWith('Der er følgende minimumskrav'));
    expect(listed).toHaveLength(5);
    expect(dus.requirements.map((r) => r.title)).toEqual(listed);
    expect(dus.requirements.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(dus.requirements.every((r) => r.appliesTo === 'agreement')).toBe(true);
    expect(dus.requirements[3].title).toBe('Opstille lokale mål for sygefravær.');
  });

  it('leaves the deadlines empty: the DUS gives no dates', () => {
    expect(dus.deadlines).toEqual([]);
  });
});
