import * as React from 'react';

/** Re-reads the count on "Mine opgaver" (issue #17.6): a decision anywhere on the page (Mine
 * opgaver, the stage actions) calls it, so the badge never says 1 next to an empty list. */
export const TaskCountRefresh = React.createContext<() => void>(() => undefined);
