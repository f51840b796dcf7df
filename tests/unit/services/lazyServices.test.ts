import { lazyServices } from '../../../src/services/lazyServices';

interface Greeter {
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

function implementation(): Greeter {
  let n = 0;
  return { greet: async (name) => `hej ${name}`, count: async () => ++n };
}

describe('lazyServices', () => {
  it('loads the implementation once, on the first call, and forwards every method with its arguments', async () => {
    const load = jest.fn(async () => implementation());
    const lazy = lazyServices<Greeter>(load);
    expect(load).not.toHaveBeenCalled();
    await expect(lazy.greet('Mette')).resolves.toBe('hej Mette');
    await expect(lazy.count()).resolves.toBe(1);
    await expect(lazy.count()).resolves.toBe(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for a chunk that failed to load again on the next call', async () => {
    const load = jest.fn<Promise<Greeter>, []>().mockRejectedValueOnce(new Error('ChunkLoadError')).mockResolvedValue(implementation());
    const lazy = lazyServices<Greeter>(load);
    await expect(lazy.greet('A')).rejects.toThrow('ChunkLoadError');
    await expect(lazy.greet('B')).resolves.toBe('hej B');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('is not a thenable, so awaiting it neither loads the chunk nor hangs', async () => {
    const load = jest.fn(async () => implementation());
    const lazy = lazyServices<Greeter>(load);
    const awaited = await lazy;
    expect(awaited).toBe(lazy);
    expect(load).not.toHaveBeenCalled();
  });
});
