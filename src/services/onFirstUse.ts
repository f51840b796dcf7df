// Use cases that load on first use into their own chunk (approvals, documents, year end, the DUS
// administration): the chunk is asked for once and shared by every call; a chunk that failed to
// load (a dropped connection) is asked for again on the next call instead of failing for good.
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (loading === undefined) {
      const attempt = load();
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = undefined;
      });
    }
    return loading;
  };
}
