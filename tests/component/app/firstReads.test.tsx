import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { loadLocale } from '../../helpers/locales';
import { fixtureServices, sample } from '../fixtures/services';
import type { SiteSetup } from '../../../src/services/AppServices';
import { fixtureApprovals } from '../fixtures/approvals';
import { ALBERTSLUND_STAGES } from '../../../src/domain';
import { DataError } from '../../../src/data/errors/DataError';
import { startFirstReads } from '../../../src/webparts/udviklingsaftaler/firstReads';
import { parseRoute } from '../../../src/webparts/udviklingsaftaler/routing/route';
import type { AppServices, DepartmentViewData } from '../../../src/services/AppServices';
import { clearCachedViews, departmentViewKey, writeCachedView } from '../../../src/webparts/udviklingsaftaler/components/common/viewCache';

/** What the hosts do at boot (the web part's onInit, the dev host's main.tsx). */
const booted = (services: AppServices): AppServices => startFirstReads(services, parseRoute(window.location.hash)).services;

const da = loadLocale('da-dk');

describe('the first reads start at boot, side by side (issue 21)', () => {
  it('asks for the view before the site check answers, and uses that read once', async () => {
    window.location.hash = '#/afdeling/10/2020';
    let answerSetup: (setup: SiteSetup) => void = () => undefined;
    const base = fixtureServices(sample);
    const calls: string[] = [];
    const setupCalls: string[] = [];
    const services = booted(
      fixtureServices(sample, {
        siteSetup: () => {
          setupCalls.push('setup');
          return new Promise<SiteSetup>((resolve) => (answerSetup = resolve));
        },
        loadDepartmentView: (id, year) => {
          calls.push(`${id}/${year}`);
          return base.loadDepartmentView(id, year);
        }
      })
    );
    expect(calls).toEqual(['10/2020']); // at boot, before the app has rendered
    expect(setupCalls).toEqual(['setup']);
    render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    expect(setupCalls).toEqual(['setup']); // the app asked for the site check started at boot
    answerSetup({ missingLists: [], canProvision: false });
    expect(await screen.findByTestId('track-matrix')).toBeInTheDocument();
    expect(calls).toEqual(['10/2020']); // the view used the prefetched read
  });

  it("starts the view's read before the site check and the site's configuration", () => {
    const base = fixtureServices(sample);
    const order: string[] = [];
    startFirstReads(
      fixtureServices(sample, {
        siteConfiguration: () => {
          order.push('configuration');
          return base.siteConfiguration();
        },
        siteSetup: () => {
          order.push('setup');
          return base.siteSetup();
        },
        loadDepartmentView: (id, year) => {
          order.push('view');
          return base.loadDepartmentView(id, year);
        }
      }),
      parseRoute('#/afdeling/10/2020')
    );
    // Its $batch leaves one timer after its parts: the other reads start while it is on its way.
    expect(order).toEqual(['view', 'configuration', 'setup']);
  });

  it('renders the view hidden while the site check travels, and shows it when the check answers', async () => {
    window.location.hash = '#/afdeling/10/2020';
    let answerSetup: (setup: SiteSetup) => void = () => undefined;
    const services = booted(fixtureServices(sample, { siteSetup: () => new Promise<SiteSetup>((resolve) => (answerSetup = resolve)) }));
    render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    // Mounted, with its data, before the check has answered: nothing of it can be seen or used.
    const matrix = await screen.findByTestId('track-matrix');
    expect(matrix).not.toBeVisible();
    expect(screen.getByTestId('app-views')).not.toBeVisible();
    answerSetup({ missingLists: [], canProvision: false });
    await waitFor(() => expect(screen.getByTestId('track-matrix')).toBeVisible());
  });

  it("shows the site set-up, not the read's error, when the lists are missing", async () => {
    window.location.hash = '#/afdeling/10/2020';
    const services = booted(
      fixtureServices(sample, {
        siteSetup: async () => ({ missingLists: ['Udviklingsmål'], canProvision: false }),
        loadDepartmentView: async () => {
          throw new DataError('notFound', { detail: 'list does not exist' });
        }
      })
    );
    render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    expect(await screen.findByText(da.Setup.Title)).toBeInTheDocument();
  });
});

describe('the first mount on a revisit (issue 21)', () => {
  it('paints at once on a revisit: the browser keeps a copy of the view', async () => {
    const services = fixtureServices(sample, { loadDepartmentView: () => new Promise<DepartmentViewData>(() => undefined) });
    writeCachedView(services.storageScope, departmentViewKey(10, 2020), { kept: true });
    try {
      const { onTheWire } = startFirstReads(services, parseRoute('#/afdeling/10/2020'), new Promise<void>(() => undefined));
      await expect(onTheWire).resolves.toBeUndefined();
      // Another department's year has no copy: that one waits for its batch.
      const other = startFirstReads(services, parseRoute('#/afdeling/11/2020'), new Promise<void>(() => undefined));
      let wired = false;
      void other.onTheWire.then(() => (wired = true));
      await Promise.resolve();
      expect(wired).toBe(false);
    } finally {
      clearCachedViews();
    }
  });
});

describe("the host's own answer about the browser's copy (issue 21)", () => {
  it('is taken as given: the index of copies is read once per page', async () => {
    const services = fixtureServices(sample, { loadDepartmentView: () => new Promise<DepartmentViewData>(() => undefined) });
    const neverSent = new Promise<void>(() => undefined);
    // No copy kept, but the host found one (it asked first): the page paints at once.
    await expect(startFirstReads(services, parseRoute('#/afdeling/10/2020'), neverSent, true).onTheWire).resolves.toBeUndefined();
    // A copy kept, but the host found none: the mount waits for the batch.
    writeCachedView(services.storageScope, departmentViewKey(10, 2020), { kept: true });
    try {
      let wired = false;
      void startFirstReads(services, parseRoute('#/afdeling/10/2020'), neverSent, false).onTheWire.then(() => (wired = true));
      await Promise.resolve();
      expect(wired).toBe(false);
    } finally {
      clearCachedViews();
    }
  });
});

describe("a routed view's first paint (issue 21)", () => {
  it("reads the pickers' data (departments, years, the user) only once the view is on screen", async () => {
    window.location.hash = '#/afdeling/10/2020';
    const base = fixtureServices(sample);
    let answerView: () => void = () => undefined;
    const asked: string[] = [];
    const services = fixtureServices(sample, {
      loadDepartmentView: (id, year) => new Promise((resolve) => (answerView = () => resolve(base.loadDepartmentView(id, year)))),
      listDepartments: () => {
        asked.push('departments');
        return base.listDepartments();
      },
      listYears: () => {
        asked.push('years');
        return base.listYears();
      }
    });
    render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    await screen.findByTestId('department-view');
    expect(asked).toEqual([]);
    answerView();
    expect(await screen.findByTestId('track-matrix')).toBeVisible();
    expect(await screen.findByRole('combobox', { name: (name) => name.startsWith(da.Department.DepartmentLabel) })).toBeInTheDocument();
    expect(asked.sort()).toEqual(['departments', 'years']);
  });
});

describe('the first paint waits for no group membership (issue 21)', () => {
  it('shows the matrix while the membership (groups, Graph, site users) has not answered', async () => {
    window.location.hash = '#/afdeling/10/2020';
    // workflow() carries the membership's problems, three round trips with Graph among them: the
    // view must not wait for it, only for the site's stage configuration.
    const approvals = { ...fixtureApprovals(), workflow: () => new Promise<never>(() => undefined) };
    render(<App strings={da} host="sharePoint" services={fixtureServices(sample, { approvals })} startView="afdeling" />);
    expect(await screen.findByTestId('track-matrix')).toBeInTheDocument();
  });
});

describe("the site's own stage configuration", () => {
  it("replaces the property pane's for the whole app", async () => {
    window.location.hash = '#/afdeling/10/2020';
    const approvals = { ...fixtureApprovals(), workflow: async () => ({ config: ALBERTSLUND_STAGES, problems: [], notificationsEnabled: true }) };
    const loads: string[] = [];
    const base = fixtureServices(sample);
    const services = booted(
      fixtureServices(sample, {
        approvals,
        siteConfiguration: async () => ALBERTSLUND_STAGES,
        loadDepartmentView: (id, year) => {
          loads.push(`${id}/${year}`);
          return base.loadDepartmentView(id, year);
        }
      })
    );
    render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    await screen.findByTestId('track-matrix');
    fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${da.Department.FilterStage}`) }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toContain('Til godkendelse');
    expect(options).not.toContain('Ledergruppe');
    // The read started at boot under the pane's configuration was not used: the view read again under the site's.
    expect(loads).toEqual(['10/2020', '10/2020']);
  });
});

describe('the site check and configuration in before the mount (issue 21)', () => {
  it('shows the views in the first commit and does not ask for the site check again', async () => {
    window.location.hash = '#/afdeling/10/2020';
    let checks = 0;
    const base = fixtureServices(sample);
    const withReads = booted(
      fixtureServices(sample, {
        siteSetup: () => {
          checks++;
          return base.siteSetup();
        }
      })
    );
    // Both answers are in before the host mounts the app (it waited for them: readyToMount).
    await new Promise((resolve) => setTimeout(resolve, 0));
    let asked = 0;
    const services: AppServices = {
      ...withReads,
      siteSetup: () => {
        asked++;
        return withReads.siteSetup();
      }
    };
    render(<App strings={da} host="sharePoint" services={services} startView="afdeling" />);
    // The first commit, before anything is awaited: no hidden views with a shimmer beside them.
    const views = screen.getByTestId('app-views');
    expect(views.style.display).not.toBe('none');
    expect(views).toBeVisible();
    expect(views.previousElementSibling?.getAttribute('role')).not.toBe('progressbar');
    expect(asked).toBe(0); // the app took the answers in, it did not ask for the check
    expect(checks).toBe(1); // the one started at boot
    expect(await screen.findByTestId('track-matrix')).toBeVisible();
    expect(checks).toBe(1);
  });
});
