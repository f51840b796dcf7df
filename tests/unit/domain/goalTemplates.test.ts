import { GOAL_TEMPLATES, goalTemplateFor, sectionLabel, sectionsInOrder } from '../../../src/domain';
import { skanderborgStrategies } from '../../../seed/skanderborg/strategies';

const SKANDERBORG_STRATEGY_2020 = skanderborgStrategies.find((s) => s.year === 2020)!;
const SKANDERBORG_STRATEGY_2023 = skanderborgStrategies.find((s) => s.year === 2023)!;

describe('goal templates: the year decides the headings', () => {
  it('2020 asks the questions of the seed table', () => {
    const template = goalTemplateFor(SKANDERBORG_STRATEGY_2020);
    expect(template.key).toBe('questions');
    expect(sectionLabel(template, 'purpose')).toBe('Hvilken forandring vil vi opnå?');
    expect(sectionLabel(template, 'activities')).toBe('Hvordan gør vi det?');
  });

  it('2023 writes sections with the citizen impact', () => {
    const template = goalTemplateFor(SKANDERBORG_STRATEGY_2023);
    expect(sectionLabel(template, 'purpose')).toBe('Baggrund og formål');
    expect(sectionLabel(template, 'citizenImpact')).toBe('Forventede virkninger for borgeren');
  });

  it('derives a template for strategies that name none', () => {
    expect(goalTemplateFor({ minimumGoalContent: [] }, [{ kind: 'focusArea' }]).key).toBe('evidence');
    expect(goalTemplateFor({ minimumGoalContent: ['citizenImpact'] }, [{ kind: 'track' }]).key).toBe('sections');
    expect(goalTemplateFor({ minimumGoalContent: [] }, [{ kind: 'track' }, { kind: 'theme' }]).key).toBe('questions');
    expect(goalTemplateFor(undefined).key).toBe('sections');
  });

  it('keeps every field reachable: printed sections first, the rest after', () => {
    for (const template of Object.values(GOAL_TEMPLATES)) {
      const { printed, others } = sectionsInOrder(template);
      expect(new Set([...printed, ...others]).size).toBe(7);
    }
    expect(sectionLabel(GOAL_TEMPLATES.evidence, 'activities')).toBe('Aktiviteter');
  });
});
