import { describe, expect, it } from '@jest/globals';
import { assertThresholdSafe, ListQuery } from '../../../src/data/repositories/paging';

const base: ListQuery = { indexedField: 'Year', filter: 'Year eq 2023', select: ['Id'], lookupCount: 0 };

describe('assertThresholdSafe', () => {
  it('accepts a query whose first clause is on its indexed column', () => {
    expect(() => assertThresholdSafe(base)).not.toThrow();
    expect(() => assertThresholdSafe({ ...base, indexedField: 'DepartmentId', filter: '(DepartmentId eq 4) and (Year eq 2023)' })).not.toThrow();
    expect(() => assertThresholdSafe({ ...base, filter: undefined, indexedField: 'ID', orderBy: { field: 'ID', ascending: true } })).not.toThrow();
  });

  it('rejects a query that starts on another column', () => {
    expect(() => assertThresholdSafe({ ...base, filter: "(Title eq 'x') and (Year eq 2023)" })).toThrow(expect.objectContaining({ kind: 'threshold' }));
  });

  it('rejects pages over 5,000 rows and more than 12 lookups', () => {
    expect(() => assertThresholdSafe({ ...base, pageSize: 5001 })).toThrow(expect.objectContaining({ kind: 'threshold' }));
    expect(() => assertThresholdSafe({ ...base, lookupCount: 13 })).toThrow(expect.objectContaining({ kind: 'threshold' }));
    expect(() => assertThresholdSafe({ ...base, lookupCount: 12, pageSize: 5000 })).not.toThrow();
  });
});
