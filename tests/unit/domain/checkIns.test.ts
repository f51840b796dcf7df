import { describe, expect, it } from '@jest/globals';
import { checkInProblems, daysSince, latestByGoal, measurements, timeline } from '../../../src/domain';

const c = (id: number, goalId: number, createdAt: string, measuredValue?: number, measuredAt?: string) => ({
  id,
  goalId,
  createdAt,
  measuredValue,
  measuredAt
});

describe('check-in rules', () => {
  it('orders the timeline newest first, ties by id', () => {
    const list = [c(1, 1, '2023-01-02T10:00:00Z'), c(3, 1, '2023-03-01T10:00:00Z'), c(2, 1, '2023-03-01T10:00:00Z')];
    expect(timeline(list).map((x) => x.id)).toEqual([3, 2, 1]);
  });

  it('finds the latest check-in per goal', () => {
    const latest = latestByGoal([c(1, 7, '2023-01-02T10:00:00Z'), c(2, 7, '2023-05-02T10:00:00Z'), c(3, 8, '2023-02-02T10:00:00Z')]);
    expect([latest.get(7)?.id, latest.get(8)?.id, latest.get(9)]).toEqual([2, 3, undefined]);
  });

  it('lists measured values by measuring date, oldest first, skipping check-ins without a value', () => {
    const list = [c(1, 1, 'x', 3.1, '2023-02-28'), c(2, 1, 'x'), c(3, 1, 'x', 2.9, '2023-01-31')];
    expect(measurements(list)).toEqual([
      { date: '2023-01-31', value: 2.9 },
      { date: '2023-02-28', value: 3.1 }
    ]);
  });

  it('asks for a target before a value, a date with a value, and no future date', () => {
    expect(checkInProblems({ measuredValue: 2.8 }, false, '2023-06-01')).toEqual(['valueWithoutTarget', 'valueWithoutDate']);
    expect(checkInProblems({ measuredAt: '2023-05-01' }, true, '2023-06-01')).toEqual(['dateWithoutValue']);
    expect(checkInProblems({ measuredValue: 2.8, measuredAt: '2023-02-30' }, true, '2023-06-01')).toEqual(['badDate']);
    expect(checkInProblems({ measuredValue: 2.8, measuredAt: '2023-07-01' }, true, '2023-06-01')).toEqual(['dateInFuture']);
    expect(checkInProblems({ measuredValue: 2.8, measuredAt: '2023-05-31' }, true, '2023-06-01')).toEqual([]);
  });

  it('counts whole days since a timestamp, never negative', () => {
    expect(daysSince('2023-05-01T23:30:00Z', '2023-05-31')).toBe(30);
    expect(daysSince('2023-06-02', '2023-06-01')).toBe(0);
  });
});

describe('Danish dates', () => {
  it('reads the ways Danes type a date, and refuses a day that does not exist', async () => {
    const { parseDanishDate } = await import('../../../src/domain');
    expect(['31.01.2023', '31-1-2023', '31/1 2023', '2023-01-31', ' 31.1.2023 '].map((t) => parseDanishDate(t))).toEqual(
      Array(5).fill({ ok: true, value: '2023-01-31' })
    );
    expect(parseDanishDate('')).toEqual({ ok: true, value: undefined });
    expect(parseDanishDate('30.02.2023')).toEqual({ ok: false });
    expect(parseDanishDate('januar')).toEqual({ ok: false });
  });
});

describe('check-ins in Overblik', () => {
  it("counts each department's goals by their latest status, and lists goals without a check-in for N days", async () => {
    const { checkInOverview } = await import('../../../src/domain');
    const goals = [
      { id: 1, departmentId: 10, title: 'A' },
      { id: 2, departmentId: 10, title: 'B' },
      { id: 3, departmentId: 20, title: 'C' },
      { id: 4, departmentId: 20, title: 'D' }
    ];
    const checkIns = [
      { id: 1, goalId: 1, createdAt: '2023-01-01T10:00:00Z', status: 'behind' as const },
      { id: 2, goalId: 1, createdAt: '2023-05-25T10:00:00Z', status: 'onTrack' as const },
      { id: 3, goalId: 3, createdAt: '2023-03-01T10:00:00Z', status: 'challenged' as const },
      { id: 4, goalId: 4, createdAt: '2023-01-01T10:00:00Z', status: 'achieved' as const }
    ];
    const result = checkInOverview(goals, checkIns, '2023-06-01', 30);
    expect(result.departments).toEqual([
      { departmentId: 10, counts: { onTrack: 1, challenged: 0, behind: 0, achieved: 0, paused: 0, none: 1 } },
      { departmentId: 20, counts: { onTrack: 0, challenged: 1, behind: 0, achieved: 1, paused: 0, none: 0 } }
    ]);
    // B never had one; C's is 92 days old; A's is 7 days old; D is achieved.
    expect(result.stale.map((s) => [s.goal.title, s.days])).toEqual([
      ['B', undefined],
      ['C', 92]
    ]);
    expect(checkInOverview(goals, checkIns, '2023-06-01', 5).stale.map((s) => s.goal.title)).toEqual(['B', 'C', 'A']);
  });
});
