// The state of anything a view loads: loading, failed (with the error) or ready. One hook for every
// view, so a stale answer (the user moved on) is dropped everywhere the same way.
import * as React from 'react';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

type Action<T> = { type: 'start' } | { type: 'done'; value: T } | { type: 'fail'; error: unknown };

function reducer<T>(_state: Loadable<T>, action: Action<T>): Loadable<T> {
  switch (action.type) {
    case 'start':
      return { status: 'loading' };
    case 'done':
      return { status: 'ready', value: action.value };
    case 'fail':
      return { status: 'error', error: action.error };
  }
}

/** Runs `load` when its inputs change; a stale response (the user moved on) is dropped. */
export function useLoadable<T>(load: (() => Promise<T>) | undefined, deps: React.DependencyList): [Loadable<T>, () => void] {
  const [state, dispatch] = React.useReducer(reducer as (s: Loadable<T>, a: Action<T>) => Loadable<T>, { status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (!load) return undefined;
    let current = true;
    dispatch({ type: 'start' });
    load().then(
      (value) => current && dispatch({ type: 'done', value }),
      (error: unknown) => current && dispatch({ type: 'fail', error })
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the load function's inputs
  }, [...deps, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}
