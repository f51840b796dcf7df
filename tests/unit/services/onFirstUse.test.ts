import { onFirstUse } from '../../../src/services/onFirstUse';

describe('onFirstUse', () => {
  it('loads once and shares the result between calls', async () => {
    let loads = 0;
    const get = onFirstUse(async () => ++loads);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it('asks again after a failed load (a chunk lost to a dropped connection)', async () => {
    let loads = 0;
    const get = onFirstUse(async () => {
      loads += 1;
      if (loads === 1) throw new Error('ChunkLoadError');
      return 'loaded';
    });
    await expect(get()).rejects.toThrow('ChunkLoadError');
    await expect(get()).resolves.toBe('loaded');
    await expect(get()).resolves.toBe('loaded');
    expect(loads).toBe(2);
  });
});
