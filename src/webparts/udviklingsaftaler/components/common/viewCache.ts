// The last data each view showed, kept in the browser so that a revisit paints at once (issue 21).
// Only what the user was allowed to read is kept, and only for one site and user at a time: the
// first write under another scope (another data site, another signed-in user on a shared PC)
// removes everything the previous scope left. The entries are bounded in total size (oldest out
// first), and a full or blocked storage only costs the instant revisit, never the view.
// What is shown from here is marked as being refreshed and cannot be acted on (useLoadable).

const PREFIX = 'udviklingsaftaler:view:';
const INDEX = `${PREFIX}index`;
/** Bytes of JSON (UTF-16 code units, as browsers count their ~5 MB quota) kept at most. */
export const VIEW_CACHE_MAX_CHARS = 1_500_000;

interface CacheIndex {
  scope: string;
  /** Oldest first. */
  entries: Array<{ key: string; chars: number }>;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function readIndex(store: Storage): CacheIndex | undefined {
  try {
    const value = JSON.parse(store.getItem(INDEX) ?? 'null') as CacheIndex | null;
    return value && typeof value.scope === 'string' && Array.isArray(value.entries) ? value : undefined;
  } catch {
    return undefined;
  }
}

function dropAll(store: Storage, index: CacheIndex | undefined): void {
  for (const entry of index?.entries ?? []) store.removeItem(PREFIX + entry.key);
  store.removeItem(INDEX);
}

/** The department view's key: the dashboard keeps it, the hosts' boot asks whether it is there. */
export function departmentViewKey(departmentId: number, year: number): string {
  return `department:${departmentId}:${year}`;
}

/** Whether a value is kept for `key` under `scope`, without reading it. */
export function hasCachedView(scope: string, key: string): boolean {
  const store = storage();
  const index = store ? readIndex(store) : undefined;
  return index !== undefined && index.scope === scope && index.entries.some((e) => e.key === key);
}

/** The value kept for `key` under `scope` (site and user), if any. */
export function readCachedView<T>(scope: string, key: string): T | undefined {
  const store = storage();
  if (!store) return undefined;
  const index = readIndex(store);
  if (!index || index.scope !== scope || !index.entries.some((e) => e.key === key)) return undefined;
  try {
    const raw = store.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

/** Keeps `value` for `key`; another scope's entries are removed first, the oldest entries when
 * the total would pass the bound. A value larger than the bound is not kept. */
export function writeCachedView(scope: string, key: string, value: unknown, maxChars: number = VIEW_CACHE_MAX_CHARS): void {
  const store = storage();
  if (!store) return;
  let index = readIndex(store);
  if (index && index.scope !== scope) {
    dropAll(store, index);
    index = undefined;
  }
  const entries = (index?.entries ?? []).filter((e) => e.key !== key);
  const raw = JSON.stringify(value);
  if (raw.length > maxChars) {
    store.removeItem(PREFIX + key);
    store.setItem(INDEX, JSON.stringify({ scope, entries }));
    return;
  }
  let total = entries.reduce((sum, e) => sum + e.chars, 0) + raw.length;
  while (total > maxChars && entries.length > 0) {
    const oldest = entries.shift();
    if (oldest) {
      store.removeItem(PREFIX + oldest.key);
      total -= oldest.chars;
    }
  }
  try {
    store.setItem(PREFIX + key, raw);
    entries.push({ key, chars: raw.length });
    store.setItem(INDEX, JSON.stringify({ scope, entries }));
  } catch {
    // The browser's quota is full (other apps on the same origin): give up the cache, not the view.
    dropAll(store, { scope, entries });
  }
}

/** Removes everything kept (a sign-out, or data the server now refuses to this user). */
export function clearCachedViews(): void {
  const store = storage();
  if (store) dropAll(store, readIndex(store));
}
