import { describe, expect, it } from '@jest/globals';
import { planReminders, selectReminderHolders, SKANDERBORG_STAGES, type Department } from '../../../src/domain';

// Issue #17.7: only agreement holders that are behind are reminded; everyone behind and not
// reminded is named with why. The rule is its own module so other reminder kinds reuse it.
const unit = (id: number, kind: Department['kind'], leader?: { email: string; title?: string }, active = true): Department => ({
  id,
  title: `Enhed ${id}`,
  kind,
  editors: [],
  active,
  leader
});

describe('selectReminderHolders', () => {
  const units = [
    unit(1, 'department', { email: 'Leder1@Kommune.local' }),
    unit(2, 'team', { email: 'team@kommune.local' }),
    unit(3, 'staff'),
    unit(4, 'institution', { email: ' ', title: 'Ida' }),
    unit(5, 'department', { email: 'gone@kommune.local' }, false),
    unit(6, 'secretariat', { email: 's@kommune.local' })
  ];

  it('reminds holders behind through their leader, and says why each other unit behind is not reminded', () => {
    const selection = selectReminderHolders(units, (d) => (d.id === 6 ? undefined : `bagud ${d.id}`));
    expect(selection.due.map((d) => [d.department.id, d.recipient, d.detail])).toEqual([[1, 'leder1@kommune.local', 'bagud 1']]);
    expect(selection.skipped.map((s) => [s.department.id, s.reason])).toEqual([
      [2, 'notHolder'],
      [3, 'noLeader'],
      [4, 'noLeaderAddress']
    ]);
  });

  it('lists nobody who is not behind, and never an inactive unit', () => {
    expect(selectReminderHolders(units, () => undefined)).toEqual({ due: [], skipped: [] });
    expect(selectReminderHolders(units, () => true).skipped.some((s) => s.department.id === 5)).toBe(false);
  });
});

describe("planReminders reminds no team inside its unit's agreement", () => {
  it('a team without an agreement of its own is skipped, named, and not mailed', () => {
    const plan = planReminders({
      config: SKANDERBORG_STAGES,
      strategy: { deadlines: [{ title: 'Afleveres til direktionen', date: '2023-12-03' }] },
      today: '2023-12-01',
      departments: [unit(1, 'department', { email: 'a@kommune.local' }), unit(2, 'team', { email: 'team@kommune.local' })],
      agreements: [{ departmentId: 1, stage: 'draft' }]
    });
    expect(plan.due.map((d) => d.department.id)).toEqual([1]);
    expect(plan.skipped.map((s) => [s.department.id, s.reason])).toEqual([[2, 'notHolder']]);
  });
});
