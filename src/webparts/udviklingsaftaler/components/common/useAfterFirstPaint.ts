import * as React from 'react';

/**
 * False on a component's first render, true one task after it has been committed: a view paints
 * what the user looks at first (the agreement's header and track matrix) and renders what lies
 * below it (the goal list with its filters, the history) right after, instead of holding the first
 * paint until the whole page has rendered (issue 21). A timer, not requestAnimationFrame: a tab in
 * the background still gets the rest.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = React.useState(false);
  React.useEffect(() => {
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return painted;
}
