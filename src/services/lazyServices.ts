// A family of use cases whose implementation loads on first use into its own chunk (approvals,
// documents, year end, the DUS administration). The proxy forwards every method to the loaded
// implementation, so a new method is written once, in the implementation and its interface.
import { onFirstUse } from './onFirstUse';

/** Only asynchronous methods can wait for a chunk to load. */
export type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never };

export function lazyServices<T extends AsyncMethods<T>>(load: () => Promise<T>): T {
  const services = onFirstUse(load);
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy({} as T, {
    get(_target, key) {
      // Not a thenable: `await lazy` must give the proxy itself, never call into the chunk.
      if (typeof key === 'symbol' || key === 'then') return undefined;
      let method = methods.get(key);
      if (method === undefined) {
        method = async (...args: unknown[]) => {
          const loaded = (await services()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
          return loaded[key](...args);
        };
        methods.set(key, method);
      }
      return method;
    }
  });
}
