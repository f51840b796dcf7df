// The first screen's reads start at boot, before React mounts: the requests travel while the page
// renders its frame, and the view paints when its data is in (issue 21). Started together: the
// site check, the site's stage configuration and, when the route names them, the department and
// year to show. The host mounts React once they are on the wire (onTheWire). If the lists turn out
// to be missing, the view read's failure is simply never shown.
// No React here: the web part's main bundle (and the dev host's boot) import this.
import type { AppServices, SiteCheck } from '../../services/AppServices';
import type { StageConfiguration } from '../../domain/workflowTypes';
import { routedView, type Route } from './routing/route';
import { departmentViewKey, hasCachedView } from './components/common/viewCache';

/** A read started once (startedOnce): asking gets the started read the first time, a new read after. */
export interface StartedRead<T> {
  (): Promise<T>;
  /** The started read's value when it has come and was not yet asked for; taking it counts as the
   * first ask. Undefined while it travels, after it failed, or once asked for. */
  take(): T | undefined;
}

/** Starts `read` now (or takes the read already `started`); the first ask gets that read, every
 * later ask (a retry, a reload) reads anew. */
export function startedOnce<T>(read: () => Promise<T>, started: Promise<T> = read()): StartedRead<T> {
  let pending: Promise<T> | undefined = started;
  let arrived: { value: T } | undefined;
  // Also keeps it from being unhandled: the caller asks for it, or never needs it.
  started.then(
    (value) => (arrived = { value }),
    () => undefined
  );
  const ask = (): Promise<T> => {
    const first = pending;
    pending = undefined;
    return first ?? read();
  };
  const take = (): T | undefined => {
    if (pending === undefined || arrived === undefined) return undefined;
    pending = undefined;
    return arrived.value;
  };
  return Object.assign(ask, { take });
}

/** Watches the data layer's requests leave (`ThrottlingOptions.onSend`): the host mounts React
 * once the first screen's `$batch` is on the wire (see `FirstReads.onTheWire`). */
export interface SendWatch {
  onSend(url: string): void;
  /** Settles when the first `$batch` has left for the server. */
  batchSent: Promise<void>;
}

export function sendWatch(): SendWatch {
  let sent: () => void = () => undefined;
  const batchSent = new Promise<void>((resolve) => (sent = resolve));
  return {
    onSend: (url) => {
      if (/\/_api\/\$batch/i.test(url)) sent();
    },
    batchSent
  };
}

/** Longest the first mount waits for the view's `$batch` to leave (a digest round trip first, a
 * host without the watch): mounting then costs the batch no more than it did before (issue 21). */
export const MOUNT_WAIT_MS = 100;

/** Longest the first mount waits for the routed view's data once the app's code is in (readyToMount).
 * Data that comes within it is the first thing the view renders and paints; later, the view's
 * loading state paints first and the data replaces it. */
export const DATA_WAIT_MS = 150;

export interface FirstReads {
  /** The services with the first screen's reads under way; the app asks for them as usual. */
  services: AppServices;
  /** Settles once the reads are on the wire: the view's `$batch` has left (or its read settled, or
   * MOUNT_WAIT_MS passed); at once when the route names no department view, or the browser keeps a
   * copy of it (viewCache: a revisit paints that at once). PnPjs sends each read
   * from a timer, and a batch one timer after its parts are in: a React mount in between (tens of
   * ms of one task) holds the batch back until the whole tree has rendered. */
  onTheWire: Promise<void>;
  /** Asked once the app's code is in: settles when the app should mount. At once when the route
   * names no department view or the browser keeps a copy of it (a revisit paints that); else when
   * the view's read and the site check have settled (either way; one failing is enough), or
   * DATA_WAIT_MS after the ask. Mounting as soon as the code was in rendered and painted the view's
   * loading state, then the data a moment later: on a slow machine the data had often come back
   * already, its answer waiting behind that render and paint (issue 21, decision 0014). */
  readyToMount(): Promise<void>;
}

/** Whether the browser keeps a copy of the routed department view for this site and user: the first
 * paint is then that copy (a revisit). A host asks for its UI before it builds its services, so
 * the UI's files come from the browser's cache while the boot starts the reads. */
export function paintsFromCopy(storageScope: string, route: Route | undefined): boolean {
  const view = routedView(route);
  return view !== undefined && hasCachedView(storageScope, departmentViewKey(view.departmentId, view.year));
}

/** Settles when `done` does (which never rejects), or `ms` later at the latest; the timer goes with
 * it, so no wait is left behind in the page once the reads are in. */
function settledOrAfter(done: Promise<void>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    void done.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** `fromCopy`: the host's own `paintsFromCopy` answer, when it has asked already (the browser's
 * index of copies is then read once per page, not twice). */
export function startFirstReads(services: AppServices, route: Route | undefined, batchSent?: Promise<void>, fromCopy?: boolean): FirstReads {
  // The view's read first: its $batch leaves one timer after its parts, and the work of starting
  // the other reads then runs while the batch is on its way, not before it.
  const named = routedView(route);
  const routed = named ? { ...named, booted: services.loadDepartmentView(named.departmentId, named.year) } : undefined;
  // The site's configuration is read once per page view (createAppServices): asking now starts it.
  const configuration = services.siteConfiguration();
  // Settled either way (a site whose configuration cannot be read keeps the property pane's), and
  // so not unhandled: AppContent asks for it again.
  let configured: { value: StageConfiguration | undefined } | undefined;
  configuration.then(
    (value) => (configured = { value }),
    () => (configured = { value: undefined })
  );
  const checked = services.siteSetup();
  const siteSetup = startedOnce(() => services.siteSetup(), checked);
  const takeFirstSiteCheck = (): SiteCheck | undefined => {
    const stageConfiguration = configured?.value;
    const site = configured ? siteSetup.take() : undefined;
    return site && { ...site, stageConfiguration };
  };
  const atOnce = (): Promise<void> => Promise.resolve();
  if (!routed) return { services: { ...services, siteSetup, takeFirstSiteCheck }, onTheWire: Promise.resolve(), readyToMount: atOnce };
  const { departmentId, year, booted } = routed;
  // After the first ask, startedOnce reads anew: the same as asking the services.
  const view = startedOnce(() => services.loadDepartmentView(departmentId, year), booted);
  const settled = booted.then(
    () => undefined,
    () => undefined
  );
  // What the first mount renders besides the view: the site check shows the views (AppContent).
  const allSettled = Promise.all([booted, checked, configuration]).then(
    () => undefined,
    () => undefined
  );
  const withReads: FirstReads['services'] = {
    ...services,
    siteSetup,
    takeFirstSiteCheck,
    loadDepartmentView: (id, y) => (id === departmentId && y === year ? view() : services.loadDepartmentView(id, y)),
    takeFirstDepartmentView: (id, y) => (id === departmentId && y === year ? view.take() : undefined)
  };
  // With the browser's copy of the view (a revisit), the page paints it at once: the fresh read
  // leaves a few milliseconds later, and nothing can be acted on until it is in (useLoadable).
  if (fromCopy ?? paintsFromCopy(services.storageScope, route)) return { services: withReads, onTheWire: Promise.resolve(), readyToMount: atOnce };
  return {
    services: withReads,
    onTheWire: settledOrAfter(Promise.race([...(batchSent ? [batchSent] : []), settled]), MOUNT_WAIT_MS),
    readyToMount: () => settledOrAfter(allSettled, DATA_WAIT_MS)
  };
}
