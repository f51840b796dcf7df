import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { PartialTheme } from '@fluentui/react';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'UdviklingsaftalerWebPartStrings';
import { App } from './components/App/App';
import { isViewKey, startView, type HostKind } from './hostKind';
import { parseRoute } from './routing/route';
import { buildPropertyPane, resolveTeamsAppId, validateDataSiteUrl, type IUdviklingsaftalerWebPartProps } from './propertyPane';
import { teamsThemeToFluent } from './teamsTheme';
import { startFirstReads } from './firstReads';
import { createSp } from '../../data/pnp';
import { createMsGraphClient } from '../../data/graph/msGraphClient';
import { createAppServices } from '../../services/createAppServices';
import type { AppServices } from '../../services/AppServices';
import { DEFAULT_STAGE_CONFIGURATIONS, SKANDERBORG_STAGES } from '../../domain/stageConfigurations';

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
  private theme: PartialTheme | undefined;
  private services: AppServices | undefined;
  private mounted = false;
  private disposed = false;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = (await teams.teamsJs.app.getContext()) as unknown as TeamsContextShape;
      this.host = context.page?.frameContext === 'content' && !context.channel && !context.chat && !context.team ? 'teamsPersonalApp' : 'teamsTab';
      this.theme = teamsThemeToFluent(context.app?.theme);
      // A Teams deep link (e-mails about a decision) carries the route as its subEntityId.
      const sub = context.page?.subPageId;
      if (sub && parseRoute(`#/${sub}`) !== undefined) window.location.hash = `#/${sub}`;
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.theme = teamsThemeToFluent(name);
        this.render();
      });
    }
    this.services = startFirstReads(this.buildServices(), parseRoute(window.location.hash));
  }

  /** The first mount is deferred by one task (below): SPFx is told when it has rendered. */
  protected get isRenderAsync(): boolean {
    return true;
  }

  public render(): void {
    if (this.mounted) {
      this.mount();
      return;
    }
    // PnPjs sends every request from a timer (Queryable.execute's setTimeout): mounting React in
    // this task would hold back the first reads started in onInit until the whole tree has
    // rendered. One task later they are on their way, and React mounts while they travel (issue 21).
    setTimeout(() => {
      if (this.disposed) return;
      this.mounted = true;
      this.mount();
    }, 0);
  }

  private mount(): void {
    const configuredView = isViewKey(this.properties.defaultView) ? this.properties.defaultView : undefined;
    const departmentId = Number(this.properties.defaultDepartmentId);
    ReactDom.render(
      React.createElement(App, {
        strings,
        host: this.host,
        services: this.services,
        startView: startView(this.host, configuredView),
        configuredDepartmentId: Number.isInteger(departmentId) && departmentId > 0 ? departmentId : undefined,
        theme: this.theme
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

  private buildServices(): AppServices {
    const stageConfiguration = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === this.properties.stageConfigurationKey) ?? SKANDERBORG_STAGES;
    const sp = createSp(spfi(this.dataSiteUrl()).using(SPFx(this.context)));
    // E-mails link to this page, or in Teams to the personal app (its entity opens Mine opgaver)
    // under the id the app has in the organisation's catalog (property pane; else the manifest id).
    const inTeams = this.host === 'teamsTab' || this.host === 'teamsPersonalApp';
    const teams = inTeams ? { appId: resolveTeamsAppId(this.properties.teamsAppId, this.manifest.id), entityId: 'opgaver' } : undefined;
    return createAppServices(sp, {
      stageConfiguration,
      approvalLinks: { pageUrl: window.location.href, teams },
      storageScope: `${this.dataSiteUrl()}|${this.context.pageContext.user.loginName}`,
      graph: createMsGraphClient(() => this.context.msGraphClientFactory.getClient('3'))
    });
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
