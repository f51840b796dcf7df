import { SKANDERBORG_STAGES, type Department } from '../../../src/domain';
import { currentStatusRound, isStatusRound, planStatusRoundReminders } from '../../../src/domain/statusRounds';

const strategy = {
  year: 2023,
  deadlines: [
    { title: 'Afleveres til direktionen', date: '2023-01-31' },
    { title: 'Status august/september', date: '2023-09-01' },
    { title: 'Status i december', date: '2023-12-01' },
    { title: 'Status uden dato' }
  ]
};
const dept = (id: number, email?: string, active = true): Department => ({
  id,
  title: `Afdeling ${id}`,
  kind: 'staff',
  editors: [],
  active,
  leader: email === undefined ? undefined : { email }
});

describe('status rounds', () => {
  it('knows a status date by its title', () => {
    expect(isStatusRound({ title: ' Status  august/september' })).toBe(true);
    expect(isStatusRound({ title: 'Opfølgning på aftalen' })).toBe(false);
  });

  it('is current from 14 days before its date until the next comes near, counting check-ins since the previous', () => {
    expect(currentStatusRound(strategy, '2023-08-17')).toBeUndefined();
    expect(currentStatusRound(strategy, '2023-08-18')).toEqual({ title: 'Status august/september', date: '2023-09-01', since: '2023-01-01' });
    expect(currentStatusRound(strategy, '2023-10-15')).toMatchObject({ date: '2023-09-01' });
    expect(currentStatusRound(strategy, '2023-11-20')).toEqual({ title: 'Status i december', date: '2023-12-01', since: '2023-09-01' });
  });

  it('reminds the leaders of approved agreements with a goal without a check-in since the round began', () => {
    const plan = planStatusRoundReminders({
      config: SKANDERBORG_STAGES,
      strategy,
      departments: [
        dept(1, 'Leder1@kommune.local'),
        dept(2, 'leder2@kommune.local'),
        dept(3),
        dept(4, 'leder4@kommune.local', false),
        dept(5, 'leder5@kommune.local')
      ],
      agreements: [
        { id: 11, departmentId: 1, stage: 'approved' },
        { id: 12, departmentId: 2, stage: 'followUp' },
        { id: 13, departmentId: 3, stage: 'approved' },
        { id: 14, departmentId: 4, stage: 'approved' },
        { id: 15, departmentId: 5, stage: 'draft' }
      ],
      goals: [
        { id: 101, title: 'A', agreementId: 11 },
        { id: 102, title: 'B', agreementId: 11 },
        { id: 201, title: 'C', agreementId: 12 },
        { id: 301, title: 'D', agreementId: 13 },
        { id: 401, title: 'E', agreementId: 14 },
        { id: 501, title: 'F', agreementId: 15 }
      ],
      checkIns: [
        { goalId: 101, createdAt: '2023-06-01T10:00:00Z' },
        { goalId: 201, createdAt: '2023-05-01T10:00:00Z' },
        { goalId: 102, createdAt: '2022-12-31T10:00:00Z' }
      ],
      today: '2023-08-25'
    });
    expect(plan.due.map((d) => [d.recipient, d.goals.map((g) => g.title)])).toEqual([['leder1@kommune.local', ['B']]]);
    expect(plan.withoutLeader.map((d) => d.id)).toEqual([3]);
  });
});
