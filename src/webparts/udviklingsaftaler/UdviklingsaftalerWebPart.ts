import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'UdviklingsaftalerWebPartStrings';
import type * as AppChunkModule from './appChunk';
import { isViewKey, startView, type HostKind } from './hostKind';
import { parseRoute } from './routing/route';
import { buildPropertyPane, resolveTeamsAppId, validateDataSiteUrl, type IUdviklingsaftalerWebPartProps } from './propertyPane';
import { paintsFromCopy, sendWatch, startFirstReads } from './firstReads';
import { paintScreenCopy, removeScreenCopy, screenCopier, screenCopyKey } from './screenCopy';
import { createSp } from '../../data/pnp';
import { createMsGraphClient } from '../../data/graph/msGraphClient';
import { createAppServices } from '../../services/createAppServices';
import type { AppServices } from '../../services/AppServices';
import { DEFAULT_STAGE_CONFIGURATIONS, SKANDERBORG_STAGES } from '../../domain/stageConfigurations';

type AppChunk = typeof AppChunkModule;

interface TeamsContextShape {
  app?: { theme?: string };
  page?: { frameContext?: string; subPageId?: string };
  channel?: unknown;
  chat?: unknown;
  team?: unknown;
}

/**
 * Thin on purpose: detect the host, build the services over the data site, start the first
 * screen's reads, render the one root component. Everything that talks to SharePoint is built
 * here and handed down.
 */
export default class UdviklingsaftalerWebPart extends BaseClientSideWebPart<IUdviklingsaftalerWebPartProps> {
  private host: HostKind = 'sharePoint';
  /** The theme Teams names ('default', 'dark', 'contrast'); undefined outside Teams. */
  private teamsTheme: string | undefined;
  /** The app's chunk (its root component, the Teams theme), loaded once the first reads are on the
   * wire (mountFirst). */
  private app: AppChunk | undefined;
  /** The app's chunk asked for at onInit's start (a revisit painted from the browser's copy). */
  private appChunk: Promise<AppChunk> | undefined;
  private services: AppServices | undefined;
  private mounting = false;
  /** Settles when the first screen's reads have left (firstReads.ts): the first mount waits for it. */
  private onTheWire: Promise<void> = Promise.resolve();
  /** The first reads' readyToMount (firstReads.ts): the first mount waits for it once the app is in. */
  private readyToMount: () => Promise<void> = () => Promise.resolve();
  private disposed = false;
  /** Keeps a copy of the screen for the next visit's first paint (screenCopy.ts). */
  private keepScreen: ((departmentId: number, year: number) => void) | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = (await teams.teamsJs.app.getContext()) as unknown as TeamsContextShape;
      this.host = context.page?.frameContext === 'content' && !context.channel && !context.chat && !context.team ? 'teamsPersonalApp' : 'teamsTab';
      // Turned into a Fluent theme when the app's chunk is in (Fluent UI's code is part of it).
      this.teamsTheme = context.app?.theme;
      // A Teams deep link (e-mails about a decision) carries the route as its subEntityId.
      const sub = context.page?.subPageId;
      if (sub && parseRoute(`#/${sub}`) !== undefined) window.location.hash = `#/${sub}`;
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.teamsTheme = name;
        this.render();
      });
    }
    const route = parseRoute(window.location.hash);
    this.keepScreen = screenCopier(
      this.domElement,
      () => this.storageScope(),
      () => this.screenVariant()
    );
    // A revisit paints the browser's copy of the view: the app's chunk is asked for before the
    // services are built, so its files come from the browser's cache while the reads start.
    const fromCopy = paintsFromCopy(this.storageScope(), route);
    if (fromCopy) {
      // The screen as the user saw it last, inert until the app replaces it (screenCopy.ts).
      paintScreenCopy(this.domElement, this.storageScope(), screenCopyKey(route, this.screenVariant()));
      this.appChunk = this.loadApp();
      this.appChunk.catch(() => undefined); // not unhandled: mountFirst awaits it and reports
    }
    const watch = sendWatch();
    const first = startFirstReads(this.buildServices(watch.onSend), route, watch.batchSent, fromCopy);
    this.services = first.services;
    this.onTheWire = first.onTheWire;
    this.readyToMount = first.readyToMount;
  }

  /** The first mount waits for the first reads to leave (below): SPFx is told when it has rendered. */
  protected get isRenderAsync(): boolean {
    return true;
  }

  public render(): void {
    if (this.app) {
      this.mount(this.app);
      return;
    }
    if (this.mounting) return;
    this.mounting = true;
    void this.mountFirst();
  }

  /**
   * PnPjs sends every request from a timer (Queryable.execute's setTimeout), and a $batch one timer
   * after its parts: evaluating and mounting the app before then would hold the first reads started
   * in onInit back until the whole tree has rendered. So the app (React components, Fluent UI: most
   * of the code) is a chunk of its own, asked for once the reads are on the wire: the main file the
   * browser compiles and runs before the first request is only the boot, the data layer and the
   * services, and the chunk loads and React mounts while the reads travel (issue 21).
   */
  private async mountFirst(): Promise<void> {
    try {
      await this.onTheWire;
      const app = await (this.appChunk ?? this.loadApp());
      // The view's data about to come is the first thing rendered, not its loading state first.
      await this.readyToMount();
      if (this.disposed) return;
      this.app = app;
      this.mount(app);
    } catch (e) {
      // SPFx shows the web part's error in its place instead of waiting for a render forever.
      removeScreenCopy(this.domElement);
      this.renderCompleted(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private loadApp(): Promise<AppChunk> {
    return import(/* webpackChunkName: 'app' */ './appChunk');
  }

  private mount({ App, teamsThemeToFluent }: AppChunk): void {
    const configuredView = isViewKey(this.properties.defaultView) ? this.properties.defaultView : undefined;
    const departmentId = Number(this.properties.defaultDepartmentId);
    ReactDom.render(
      React.createElement(App, {
        strings,
        host: this.host,
        services: this.services,
        startView: startView(this.host, configuredView),
        configuredDepartmentId: Number.isInteger(departmentId) && departmentId > 0 ? departmentId : undefined,
        theme: this.host === 'sharePoint' ? undefined : teamsThemeToFluent(this.teamsTheme),
        onScreenSettled: this.keepScreen
      }),
      this.domElement,
      () => this.renderCompleted()
    );
  }

  protected onDispose(): void {
    this.disposed = true;
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    // A new data site or approval process means new services; the rest only re-renders.
    if (propertyPath === 'dataSiteUrl' || propertyPath === 'stageConfigurationKey' || propertyPath === 'teamsAppId') this.services = this.buildServices();
  }

  private buildServices(onSend?: (url: string) => void): AppServices {
    const stageConfiguration = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === this.properties.stageConfigurationKey) ?? SKANDERBORG_STAGES;
    const sp = createSp(spfi(this.dataSiteUrl()).using(SPFx(this.context)), { onSend });
    // E-mails link to this page, or in Teams to the personal app (its entity opens Mine opgaver)
    // under the id the app has in the organisation's catalog (property pane; else the manifest id).
    const inTeams = this.host === 'teamsTab' || this.host === 'teamsPersonalApp';
    const teams = inTeams ? { appId: resolveTeamsAppId(this.properties.teamsAppId, this.manifest.id), entityId: 'opgaver' } : undefined;
    return createAppServices(sp, {
      stageConfiguration,
      approvalLinks: { pageUrl: window.location.href, teams },
      storageScope: this.storageScope(),
      graph: createMsGraphClient(() => this.context.msGraphClientFactory.getClient('3'))
    });
  }

  /** What changes the screen besides the data: the language, the host (Teams and its theme) and the
   * app's version. A screen's copy is painted only for the same (screenCopy.ts). */
  private screenVariant(): string {
    return [this.context.pageContext.cultureInfo.currentUICultureName, this.host, this.teamsTheme ?? '', this.manifest.version].join('|');
  }

  /** What the browser's copies of views are kept under (viewCache.ts): the data site and the user. */
  private storageScope(): string {
    return `${this.dataSiteUrl()}|${this.context.pageContext.user.loginName}`;
  }

  /** A Teams personal app loads in the tenant root site, so the configured site wins over the current one. */
  private dataSiteUrl(): string {
    const configured = (this.properties.dataSiteUrl ?? '').trim();
    if (configured !== '' && validateDataSiteUrl(configured, strings) === '') {
      return configured.replace(/\/+$/, '');
    }
    return this.context.pageContext.web.absoluteUrl;
  }
}
