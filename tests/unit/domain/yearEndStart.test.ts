import { outcomeFromStatus, yearEndStart } from '../../../src/domain/yearEndStart';
import type { CheckIn } from '../../../src/domain';

const target = { value: 2.8, unit: '%', direction: 'atMost' as const };
const ci = (id: number, status: CheckIn['status'], createdAt: string, value?: number, at?: string): CheckIn => ({
  id,
  goalId: 7,
  departmentId: 1,
  year: 2023,
  status,
  createdAt,
  measuredValue: value,
  measuredAt: at
});

describe('yearEndStart', () => {
  it('suggests the outcome of the latest status and the last measured value', () => {
    const start = yearEndStart({ id: 7, target }, [ci(1, 'onTrack', '2023-03-01T00:00:00Z', 2.7, '2023-02-28'), ci(2, 'behind', '2023-11-01T00:00:00Z')]);
    expect(start).toEqual({ outcome: 'notAchieved', actual: 2.7, status: 'behind', statusAt: '2023-11-01T00:00:00Z', measuredAt: '2023-02-28' });
  });

  it('never replaces what is saved', () => {
    const list = [ci(1, 'achieved', '2023-03-01T00:00:00Z', 2.5, '2023-02-28')];
    expect(yearEndStart({ id: 7, target: { ...target, actual: 3 }, outcome: 'partlyAchieved' }, list)).toBeUndefined();
    expect(yearEndStart({ id: 7, target: { ...target, actual: 3 } }, list)).toMatchObject({ outcome: 'achieved', actual: undefined, measuredAt: undefined });
    expect(yearEndStart({ id: 7, target, outcome: 'dropped' }, list)).toMatchObject({ outcome: undefined, actual: 2.5 });
  });

  it("has nothing for a goal without check-ins, another goal's check-ins, or a paused goal without values", () => {
    expect(yearEndStart({ id: 7, target }, [])).toBeUndefined();
    expect(yearEndStart({ id: 8, target }, [ci(1, 'onTrack', '2023-03-01T00:00:00Z', 2.7, '2023-02-28')])).toBeUndefined();
    expect(yearEndStart({ id: 7 }, [ci(1, 'paused', '2023-03-01T00:00:00Z')])).toBeUndefined();
  });

  it('maps every status', () => {
    expect(['onTrack', 'challenged', 'behind', 'achieved', 'paused'].map((st) => outcomeFromStatus(st as CheckIn['status']))).toEqual([
      'achieved',
      'partlyAchieved',
      'notAchieved',
      'achieved',
      undefined
    ]);
  });
});
