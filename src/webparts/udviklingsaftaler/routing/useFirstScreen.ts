import * as React from 'react';
import type { AppServices } from '../../../services/AppServices';
import type { Department } from '../../../domain';
import { isEmptyHash, type Route } from './route';
import { readLastDepartment } from './lastDepartment';

/** 'deciding' while the first screen is being found, the departments when the user must choose. */
export type FirstScreenState = 'deciding' | 'done' | Department[];

/**
 * Opened without a route on the department view (the default start view), the user lands on their
 * own work (domain/firstScreen.ts); a deep link always wins, and so does a click made meanwhile.
 */
export function useFirstScreen(
  services: AppServices,
  startsOnDepartment: boolean,
  configuredDepartmentId: number | undefined,
  navigate: (route: Route, replace: boolean) => void
): FirstScreenState {
  const [state, setState] = React.useState<FirstScreenState>(() => (startsOnDepartment && isEmptyHash(window.location.hash) ? 'deciding' : 'done'));
  React.useEffect(() => {
    if (state !== 'deciding') return;
    let live = true;
    // A route the user went to meanwhile (a click, Back to a route) ends the decision.
    const stop = (): void => {
      if (isEmptyHash(window.location.hash)) return;
      live = false;
      setState('done');
    };
    window.addEventListener('hashchange', stop);
    services.firstScreen.decide({ configuredDepartmentId, lastViewedDepartmentId: readLastDepartment(services.storageScope) }).then(
      (first) => {
        if (!live) return;
        if (first.view === 'chooser') return setState(first.departments);
        navigate(first.view === 'afdeling' ? { view: 'afdeling', departmentId: first.departmentId, year: first.year } : { view: first.view }, true);
        setState('done');
      },
      () => live && setState('done') // the department view's own defaults
    );
    return () => {
      live = false;
      window.removeEventListener('hashchange', stop);
    };
    // Decided once per page view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
