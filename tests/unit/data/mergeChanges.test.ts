import { describe, expect, it } from '@jest/globals';
import { mergeChanges, sameValue } from '../../../src/data/repositories/mergeChanges';

describe('mergeChanges', () => {
  const base = { Title: 'Sygefravær', Purpose: 'Før', Activities: 'A', TracksId: [1, 2] };

  it('applies fields only I changed', () => {
    const theirs = { ...base, Activities: 'B' };
    const result = mergeChanges(base, { Purpose: 'Efter' }, theirs);
    expect(result).toEqual({ apply: { Purpose: 'Efter' }, conflicts: [] });
  });

  it('reports both values where both changed the same field differently', () => {
    const theirs = { ...base, Purpose: 'Deres' };
    const result = mergeChanges(base, { Purpose: 'Min', Title: 'Ny titel' }, theirs);
    expect(result.apply).toEqual({ Title: 'Ny titel' });
    expect(result.conflicts).toEqual([{ field: 'Purpose', base: 'Før', mine: 'Min', theirs: 'Deres' }]);
  });

  it('treats the same change on both sides as no conflict', () => {
    const theirs = { ...base, TracksId: [2, 3] };
    expect(mergeChanges(base, { TracksId: [2, 3] }, theirs)).toEqual({ apply: {}, conflicts: [] });
  });

  it('ignores fields I sent unchanged', () => {
    const theirs = { ...base, Title: 'Ændret af en anden' };
    expect(mergeChanges(base, { Title: 'Sygefravær' }, theirs)).toEqual({ apply: {}, conflicts: [] });
  });

  it('sees empty values as one', () => {
    expect(sameValue(null, '')).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue('', 'x')).toBe(false);
    expect(sameValue({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
  });
});
