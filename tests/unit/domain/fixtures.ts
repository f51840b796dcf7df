// Small builders for domain tests: a valid goal and agreement that each test changes one thing in.
import type { NewAgreement, NewGoal, Strategy } from '../../../src/domain';

export function aGoal(overrides: Partial<NewGoal> = {}): NewGoal {
  return {
    agreementId: 1,
    departmentId: 10,
    year: 2023,
    number: 1,
    title: 'Sygefravær i staben',
    purpose: 'Sygefravær indebærer, at der er opgaver, som ikke bliver løst.',
    activities: 'Der tilbydes influenzavaccine til de ansatte.',
    followUpMethod: 'Der følges løbende op på sygefraværet i LMU.',
    citizenImpact: 'Et lavere sygefravær vil medføre større produktivitet.',
    sharedWithDepartmentIds: [],
    trackIds: [],
    policies: [],
    requirementIds: [],
    stage: 'draft',
    evidence: [],
    ...overrides
  };
}

export function anAgreement(overrides: Partial<NewAgreement> = {}): NewAgreement {
  return {
    departmentId: 10,
    year: 2020,
    title: 'Udviklingsaftale 2020',
    policies: ['Den økonomiske politik'],
    milestones: [{ title: 'Opstart LMU og ledergruppen', date: '2019-08-27' }],
    stage: 'draft',
    ...overrides
  };
}

export const DUS_2022: Pick<Strategy, 'year' | 'minimumGoalContent'> = {
  year: 2022,
  minimumGoalContent: ['purpose', 'activities', 'followUpMethod']
};

export const DUS_2023: Pick<Strategy, 'year' | 'minimumGoalContent'> = {
  year: 2023,
  minimumGoalContent: ['purpose', 'activities', 'followUpMethod', 'citizenImpact']
};
