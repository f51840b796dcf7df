import * as React from 'react';

/** Whether the page's main content has rendered. Secondary reads (the task count, permissions for
 * the action buttons) wait for it: SharePoint sees at most six of our requests at once, and the
 * main view's reads must not queue behind what only decorates the page. */
export interface PrimaryView {
  ready: boolean;
  markReady(): void;
}

const PrimaryViewContext = React.createContext<PrimaryView>({ ready: true, markReady: () => undefined });

export const PrimaryViewProvider: React.FC = ({ children }) => {
  const [ready, setReady] = React.useState(false);
  const markReady = React.useCallback(() => setReady(true), []);
  const value = React.useMemo(() => ({ ready, markReady }), [ready, markReady]);
  return <PrimaryViewContext.Provider value={value}>{children}</PrimaryViewContext.Provider>;
};

export function usePrimaryView(): PrimaryView {
  return React.useContext(PrimaryViewContext);
}

/** For views whose own reads are the main content: marks the page ready once `done` is true. */
export function useMarkPrimaryReady(done: boolean): void {
  const { ready, markReady } = usePrimaryView();
  React.useEffect(() => {
    if (done && !ready) markReady();
  }, [done, ready, markReady]);
}
