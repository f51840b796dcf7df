import { describe, expect, it } from '@jest/globals';
import { checkInMapping, dateOnly, dateOnlyValue } from '../../../src/data/repositories/mappers/followUpMappers';

describe('date-only values', () => {
  it("reads the day meant from midnight in the site's time zone, east or west of UTC, and from a value kept as written", () => {
    expect(dateOnly({ D: '2023-03-30T22:00:00Z' }, 'D')).toBe('2023-03-31'); // Copenhagen, summer time
    expect(dateOnly({ D: '2023-03-31T05:00:00Z' }, 'D')).toBe('2023-03-31'); // New York
    expect(dateOnly({ D: '2023-03-31T00:00:00Z' }, 'D')).toBe('2023-03-31'); // UTC
    expect(dateOnly({ D: '2023-03-31T12:00:00Z' }, 'D')).toBe('2023-03-31'); // as written
    expect(dateOnly({ D: '2023-03-31' }, 'D')).toBe('2023-03-31');
    expect(dateOnly({}, 'D')).toBeUndefined();
  });

  it('writes noon UTC, and null for no date', () => {
    expect(dateOnlyValue('2023-03-31')).toBe('2023-03-31T12:00:00Z');
    expect(dateOnlyValue(undefined)).toBeNull();
  });
});

describe('check-in mapping', () => {
  it('writes the status as its literal (the Danish label as Title) and a cleared value as null (a patch stays a patch)', () => {
    expect(checkInMapping.toFields({ status: 'behind', measuredValue: undefined })).toEqual({ Title: 'Bagud', Status: 'behind', MeasuredValue: null });
    expect(checkInMapping.toFields({ note: 'x' })).toEqual({ Note: 'x' });
  });

  it('reads an unknown status label as challenged, never as on track', () => {
    const read = checkInMapping.fromItem({ Id: 1, GoalId: 2, DepartmentId: 3, Year: 2023, Status: 'Fint', Created: '2023-01-01T00:00:00Z' });
    expect(read.status).toBe('challenged');
  });

  it('reads a status stored before schema version 2 (the Danish label) and the literal alike', () => {
    const read = (Status: string): string =>
      checkInMapping.fromItem({ Id: 1, GoalId: 2, DepartmentId: 3, Year: 2023, Status, Created: '2023-01-01T00:00:00Z' }).status;
    expect(read('Bagud')).toBe('behind');
    expect(read('behind')).toBe('behind');
  });
});
