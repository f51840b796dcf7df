import { describe, expect, it } from '@jest/globals';
import { checksOf, parseStageConfiguration, sendProblems, SKANDERBORG_STAGES, resubmission } from '../../../src/domain';

// Issue #17.4: what is checked before an agreement is sent on, and where it blocks or warns.
const requirements = [
  { id: 1, strategyId: 1, number: 1, title: 'Noget vi holder op med', appliesTo: 'agreement' as const },
  { id: 3, strategyId: 1, number: 3, title: 'Lokale mål for sygefravær', appliesTo: 'agreement' as const }
];

describe('sendProblems', () => {
  it('names uncovered requirements, goals missing the minimum content and goals still returned', () => {
    const goals = [
      { id: 10, title: 'Digital ledelse', requirementIds: [1], purpose: 'Formål', activities: '', followUpMethod: undefined },
      { id: 11, title: 'Sygefravær', requirementIds: [], purpose: 'x', activities: 'y', followUpMethod: 'z' }
    ];
    expect(sendProblems({ requirements, goals, minimumGoalContent: ['purpose', 'activities', 'followUpMethod'], returnedGoalIds: new Set([11]) })).toEqual([
      { code: 'requirementUncovered', params: { requirement: '3. Lokale mål for sygefravær' } },
      { code: 'goalMissingContent', params: { goal: 'Digital ledelse', fields: ['activities', 'followUpMethod'] } },
      { code: 'goalReturned', params: { goal: 'Sygefravær' } }
    ]);
  });

  it('finds nothing in a complete agreement', () => {
    const goals = [{ id: 10, title: 'A', requirementIds: [1, 3], purpose: 'x', activities: 'y', followUpMethod: 'z' }];
    expect(sendProblems({ requirements, goals, minimumGoalContent: ['purpose', 'activities', 'followUpMethod'], returnedGoalIds: new Set() })).toEqual([]);
  });
});

describe('the stage configuration says per move whether checks block or warn', () => {
  it('Skanderborg: warn when sent to the leader group, block when sent to the board (also "Send igen" there)', () => {
    const move = (from: string, to: string) => SKANDERBORG_STAGES.transitions.find((t) => t.from === from && t.to === to)!;
    expect(checksOf(SKANDERBORG_STAGES, move('draft', 'leaderGroup'))).toBe('warn');
    expect(checksOf(SKANDERBORG_STAGES, move('lmuHearing', 'boardApproval'))).toBe('block');
    expect(checksOf(SKANDERBORG_STAGES, resubmission('draft', 'boardApproval', 'Til godkendelse i direktionen', ['editors']))).toBe('block');
    expect(checksOf(SKANDERBORG_STAGES, move('boardApproval', 'draft'))).toBeUndefined();
  });

  it('the JSON setting is "checks": "block" | "warn"; anything else is refused with a Danish problem', () => {
    const json = JSON.parse(JSON.stringify(SKANDERBORG_STAGES)) as { transitions: Array<Record<string, unknown>> };
    expect(parseStageConfiguration(JSON.stringify(json))).toEqual({ ok: true, config: SKANDERBORG_STAGES });
    json.transitions[0].checks = 'stop';
    const parsed = parseStageConfiguration(JSON.stringify(json));
    expect(parsed.ok ? [] : parsed.problems).toEqual([{ code: 'transitionChecks', params: { row: 1, label: 'Send til ledergruppen' } }]);
  });
});
